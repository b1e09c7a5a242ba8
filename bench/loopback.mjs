// Bench (b): the contenders over a real node:http server on 127.0.0.1 (keep-alive,
// in a child process), all with the global fetch (undici, which keeps connections alive).
// Per contender and round: sequential calls (concurrency 1) for at most COUNT calls or
// TIME_MS, giving p50/p99 latency and calls/s; then CONC calls in flight at a time for
// throughput. Contenders are interleaved and rotate order every round.
import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { CONNECTOR_JSON } from "./fixture.mjs";
import { checkSame, contenders, fmt, median, RATIOS, table } from "./contenders.mjs";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 2 : 4;
const COUNT = quick ? 1000 : 3000;
const TIME_MS = quick ? 700 : 1500;
const CONC = 16;
const WARMUP = 300;

const server = fork(fileURLToPath(new URL("./server.mjs", import.meta.url)), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const [port] = await once(server.stdout, "data");
const baseUrl = `http://127.0.0.1:${String(port).trim()}`;

try {
  const list = contenders(baseUrl, undefined);
  await checkSame(list, CONNECTOR_JSON);
  const names = Object.keys(list);
  for (const name of names) for (let i = 0; i < WARMUP; i++) await list[name]();

  const seq = Object.fromEntries(names.map((n) => [n, { lat: [], rate: [] }]));
  const par = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      const fn = list[name];
      const start = performance.now();
      let n = 0;
      while (n < COUNT && performance.now() - start < TIME_MS) {
        const t0 = performance.now();
        await fn();
        seq[name].lat.push(performance.now() - t0);
        n++;
      }
      seq[name].rate.push((n * 1000) / (performance.now() - start));
    }
    for (const name of order) {
      const fn = list[name];
      const start = performance.now();
      let n = 0;
      const worker = async () => {
        while (n < COUNT && performance.now() - start < TIME_MS) {
          n++;
          await fn();
        }
      };
      await Promise.all(Array.from({ length: CONC }, worker));
      par[name].push((n * 1000) / (performance.now() - start));
    }
  }

  const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  console.log(`\n(b) loopback node:http, keep-alive, global fetch  (${ROUNDS} rounds, <= ${COUNT} calls or ${TIME_MS} ms each)`);
  const rows = names.map((n) => {
    const lat = [...seq[n].lat].sort((a, b) => a - b);
    return [
      n,
      `${fmt(pct(lat, 50) * 1000)} µs`,
      `${fmt(pct(lat, 99) * 1000)} µs`,
      fmt(median(seq[n].rate)),
      `${fmt(median(par[n]))} (${fmt(Math.min(...par[n]))}–${fmt(Math.max(...par[n]))})`,
    ];
  });
  table(["contender", "p50", "p99", "calls/s (c=1)", `calls/s (c=${CONC}, min–max)`], rows);
  for (const [ours, base, target] of RATIOS) {
    const r1 = median(seq[ours].rate) / median(seq[base].rate);
    const r16 = median(par[ours]) / median(par[base]);
    const verdict = target === undefined ? "(reference, no target)" : `target >= ${target}x: ${r1 >= target && r16 >= target ? "met" : "BELOW"}`;
    console.log(`  ${ours}/${base}: ${r1.toFixed(3)}x at c=1, ${r16.toFixed(3)}x at c=${CONC}, ${verdict}`);
  }
} finally {
  server.kill("SIGTERM");
}
