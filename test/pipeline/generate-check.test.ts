// The drift check really fails on a spec change that was not regenerated, names the stale
// file, and passes again after `generate`. Runs on a copy of the repo's pipeline files.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "versori-drift-"));
  for (const entry of ["openapi", "generated", "scripts", "guides", "redocly.yaml", "package.json"]) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = () => spawnSync(process.execPath, ["scripts/check-generated.mjs"], { cwd: dir, encoding: "utf8" });

test("generate:check passes on the committed tree", () => {
  const run = check();
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

test("a changed field without regenerating fails, naming the stale file; regenerating fixes it", () => {
  const spec = join(dir, "openapi/connect-v1.yaml");
  const text = readFileSync(spec, "utf8");
  // Rename one property of the error body: the types must change.
  const changed = text.replace(/^(\s+)details:\n(\s+)description: Extra detail/m, "$1hint:\n$2description: Extra detail");
  expect(changed).not.toBe(text);
  writeFileSync(spec, changed);

  const stale = check();
  expect(stale.status).toBe(1);
  expect(stale.stderr).toContain("generated/connect-v1.ts is stale");

  execFileSync(process.execPath, ["scripts/generate.mjs", "--no-lint"], { cwd: dir, encoding: "utf8" });
  expect(readFileSync(join(dir, "generated/connect-v1.ts"), "utf8")).toContain("hint?: string");
  const fresh = check();
  expect(fresh.status).toBe(0);
}, 60_000);
