// Lints every spec with Redocly (rules in redocly.yaml). Exit code is Redocly's.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { specs } from "./specs.mjs";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
export function lintSpecs() {
  const run = spawnSync(process.execPath, [cli, "lint", ...specs.map((s) => s.file), "--format=stylish"], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return run.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(lintSpecs());
