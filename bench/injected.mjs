// Bench (a): the same UpdateConnector call per contender, each given the same injected fetch
// that answers at once with a prepared ~2 kB connector, so only client-side work is timed.
// Contenders are interleaved (their order rotates every round), warmed up, and timed over
// several rounds; each round gives one ops/s figure per contender.
//
// The two fetches (bare and fetch-like) are described in fetches.mjs.
import { Bench } from "tinybench";
import { BASE_URL, CONNECTOR_JSON } from "./fixture.mjs";
import { checkSame, contenders, fmt, median, RATIOS, table } from "./contenders.mjs";
import { fetches } from "./fetches.mjs";

const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 3 : 8;
const TIME_MS = quick ? 200 : 500;

for (const [fetchName, fetchImpl] of Object.entries(fetches)) {
  const list = contenders(BASE_URL, fetchImpl);
  await checkSame(list, CONNECTOR_JSON);
  const names = Object.keys(list);
  const perRound = Object.fromEntries(names.map((n) => [n, []]));
  // ops/s from the median call (1000 / latency p50): robust to bursts of noise from other
  // processes, but blind to GC pauses, which the mean (1000 / period) includes.
  const perRoundP50 = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: TIME_MS, warmup: true, warmupTime: 150, iterations: 200, throws: true });
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) bench.add(name, list[name]);
    await bench.run();
    for (const task of bench.tasks) {
      perRound[task.name].push(1000 / task.result.period);
      perRoundP50[task.name].push(1000 / task.result.latency.p50);
    }
  }

  console.log(`\n(a) injected fetch: ${fetchName}  (${ROUNDS} rounds x ${TIME_MS} ms per contender, interleaved)`);
  table(
    ["contender", "median ops/s", "min–max ops/s", "µs/call", "ops/s at p50 call"],
    names.map((n) => {
      const xs = perRound[n];
      return [n, fmt(median(xs)), `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`, fmt(1e6 / median(xs), 1), fmt(median(perRoundP50[n]))];
    }),
  );
  for (const [ours, base, target] of RATIOS) {
    const paired = perRound[ours].map((x, i) => x / perRound[base][i]);
    const ratio = median(perRound[ours]) / median(perRound[base]);
    const ratioP50 = median(perRoundP50[ours]) / median(perRoundP50[base]);
    const verdict = target === undefined ? "(reference, no target)" : `target >= ${target}x: ${ratio >= target ? "met" : "BELOW"}`;
    console.log(
      `  ${ours}/${base}: ${ratio.toFixed(3)}x (per-round ${Math.min(...paired).toFixed(3)}–${Math.max(...paired).toFixed(3)}; at p50 call ${ratioP50.toFixed(3)}x), ${verdict}`,
    );
  }
}
