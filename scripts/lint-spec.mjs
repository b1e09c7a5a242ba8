// Lints every spec with Redocly (rules in redocly.yaml), then checks every example with Ajv
// against closed schemas (check-examples.mjs), which Redocly misses for allOf-built examples.
// Both always run, so one pass shows every problem; the status is 1 if either fails.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { checkExamples } from "./check-examples.mjs";
import { specs } from "./specs.mjs";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
export function lintSpecs() {
  const run = spawnSync(process.execPath, [cli, "lint", ...specs.map((s) => s.file), "--format=stylish"], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const examples = checkExamples();
  return (run.status ?? 1) !== 0 || examples !== 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(lintSpecs());
