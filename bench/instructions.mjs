// Bench (d), on demand (`npm run bench -- instructions`): CPU instructions per call, counted by
// valgrind (callgrind), for the contenders of bench (a). A count does not depend on what else the
// machine is doing, so the ratios repeat within a few per cent where the timed ones move by tens
// on a shared machine. Each contender runs twice in its own process, FEW and MANY calls; the
// difference divided by MANY - FEW is the cost of one warm call (start-up and warm-up cancel out).
// GC and promise jobs are counted; waiting is not, so loopback is left to bench (b).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { RATIOS, table, fmt } from "./contenders.mjs";

const quick = process.argv.includes("--quick");
const FEW = quick ? 1000 : 2000;
const MANY = quick ? 3000 : 6000;
const PARALLEL = 2;
const NAMES = ["raw", "raw+signal", "openapi-fetch", "ours", "ours (call)", "ours (no deadline)"];
const FETCHES = ["bare", "fetch-like"];
const child = fileURLToPath(new URL("./instructions-child.mjs", import.meta.url));

if (spawnSync("valgrind", ["--version"]).status !== 0) {
  console.error("\n(d) instructions: valgrind is not installed (Debian: apt-get install valgrind); skipped");
  process.exit(1);
}

/** Instructions valgrind counted for one child run. */
function count(name, fetchName, calls) {
  return new Promise((resolve, reject) => {
    const args = ["--tool=callgrind", "--callgrind-out-file=/dev/null", process.execPath, child, name, fetchName, String(calls)];
    const run = spawn("valgrind", args, { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    run.stderr.on("data", (chunk) => (log += chunk));
    run.on("error", reject);
    run.on("close", (code) => {
      const found = /Collected : (\d+)/.exec(log);
      if (code === 0 && found) resolve(Number(found[1]));
      else reject(new Error(`valgrind ${name} ${fetchName} ${calls}: exit ${code}\n${log.slice(-800)}`));
    });
  });
}

const jobs = FETCHES.flatMap((f) => NAMES.flatMap((n) => [FEW, MANY].map((calls) => ({ f, n, calls }))));
const counted = new Map();
let next = 0;
const worker = async () => {
  while (next < jobs.length) {
    const job = jobs[next++];
    counted.set(`${job.f}|${job.n}|${job.calls}`, await count(job.n, job.f, job.calls));
  }
};
await Promise.all(Array.from({ length: PARALLEL }, worker));

for (const f of FETCHES) {
  const perCall = Object.fromEntries(NAMES.map((n) => [n, (counted.get(`${f}|${n}|${MANY}`) - counted.get(`${f}|${n}|${FEW}`)) / (MANY - FEW)]));
  console.log(`\n(d) instructions per warm call, injected fetch: ${f}  (valgrind, ${MANY} - ${FEW} calls)`);
  table(["contender", "instructions/call", "vs raw"], NAMES.map((n) => [n, fmt(perCall[n]), `${(perCall[n] / perCall.raw).toFixed(3)}x`]));
  // Speed as instructions allow it: base's count over ours (higher is faster, like the timed ratios).
  for (const [ours, base, target] of RATIOS) {
    if (!(ours in perCall) || !(base in perCall)) continue;
    const ratio = perCall[base] / perCall[ours];
    const verdict = target === undefined ? "(reference, no target)" : `target >= ${target}x: ${ratio >= target ? "met" : "BELOW"}`;
    console.log(`  ${ours}/${base}: ${ratio.toFixed(3)}x, ${verdict}`);
  }
}
