// Rebuilds dist/ (npm run build) when it is missing or older than any file in src/ or
// generated/, so size and bench never measure a stale build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export function ensureBuild() {
  const stamp = "dist/cjs/package.json"; // written last by scripts/build.mjs
  const inputs = ["src", "generated", "tsconfig.json", "tsconfig.build.json", "tsconfig.build.cjs.json"];
  const newestInput = Math.max(...inputs.map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs)));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput) return;
  console.log("dist/ is missing or stale: npm run build");
  const run = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
