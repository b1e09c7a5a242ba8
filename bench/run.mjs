// npm run bench [-- injected|loopback|typecheck|fake] [-- --quick]
// Runs the benchmarks against the built package (dist/, rebuilt first when stale), each part
// in its own Node process so one part's JIT and heap state do not leak into the next:
//   (a) injected.mjs   client-side cost with an injected fetch (ours vs openapi-fetch vs raw)
//   (b) loopback.mjs   the same over a real keep-alive node:http server on 127.0.0.1
//   (c) typecheck.mjs  tsc --noEmit time of a small consumer of the package
//   (d) fake.mjs       the fake platform's start and calls per second, beside Prism's start
// Ratios are printed next to their targets, not asserted: timings depend on the machine.
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { ensureBuild } from "../scripts/ensure-build.mjs";

const parts = { injected: "bench/injected.mjs", loopback: "bench/loopback.mjs", typecheck: "bench/typecheck.mjs", fake: "bench/fake.mjs" };
const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const chosen = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const name of chosen) {
  if (!(name in parts)) {
    console.error(`unknown part ${name}; choose from ${Object.keys(parts).join(", ")}`);
    process.exit(2);
  }
}

ensureBuild();
console.log(`bench on Node ${process.version} (${process.platform}-${process.arch}), ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ""}`.trim());
let failed = false;
for (const name of chosen.length ? chosen : Object.keys(parts)) {
  const run = spawnSync(process.execPath, [parts[name], ...flags], { stdio: "inherit" });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
