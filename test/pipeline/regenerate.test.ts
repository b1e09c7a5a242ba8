// npm run regenerate (what the regenerate workflow runs): after a spec change it rewrites
// generated/ and the table of operations, prints the change's breaking-change report, tells the workflow
// (a GITHUB_OUTPUT file) that files changed and leaves their diff for the artifact; --check fails
// where the result cannot be committed. Runs in a temporary git copy of the pipeline.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import YAML from "yaml";
import { git } from "../support/git.js";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-regenerate-"));

beforeAll(() => {
  for (const entry of ["openapi", "generated", "scripts", "guides", "redocly.yaml", "package.json"]) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, ".gitignore"), "node_modules\n.cache/\n");
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "pipeline");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function regenerate(...args: string[]) {
  const github = { GITHUB_OUTPUT: join(dir, "output.txt"), GITHUB_STEP_SUMMARY: join(dir, "summary.md") };
  for (const file of Object.values(github)) writeFileSync(file, "");
  const run = spawnSync(process.execPath, ["scripts/regenerate.mjs", "--no-lint", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...github },
  });
  return { ...run, output: readFileSync(github.GITHUB_OUTPUT, "utf8"), summary: readFileSync(github.GITHUB_STEP_SUMMARY, "utf8") };
}

test("a removed operation: regenerated files, a breaking report, changed=true, the diff kept", () => {
  const spec = join(dir, "openapi/connect-v1.yaml");
  const doc = YAML.parse(readFileSync(spec, "utf8"));
  delete doc.paths["/categories"];
  writeFileSync(spec, YAML.stringify(doc));

  const run = regenerate();
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("- ListCategories  GET /categories\n    breaking  operation: removed, the client method goes away");
  expect(run.stdout).toContain("semver: major");
  expect(run.stdout).toMatch(/^ {2} M generated\/connect-v1\.operations\.ts$/m);
  expect(run.stdout).toMatch(/^ {2} M guides\/operations\.md$/m);
  expect(run.output).toBe("changed=true\n");
  expect(run.summary).toContain("### connect-v1: major");
  const patch = readFileSync(join(dir, ".cache/regenerate/generated.diff"), "utf8");
  expect(patch).toContain("-export const ListCategories = ");
  expect(patch).toContain("-| misc | `listCategories` |");
  expect(readFileSync(join(dir, ".cache/regenerate/report.md"), "utf8")).toContain("**ListCategories**");

  // Where the job cannot push, the same state fails.
  const check = regenerate("--check");
  expect(check.status).toBe(1);
  expect(check.stderr).toContain("generated/ or the table of operations were stale");
}, 180_000);

test("once committed, nothing changes and the report compares with a given base", () => {
  git(dir, "commit", "-q", "-am", "drop ListCategories");
  const run = regenerate("--base", "HEAD~1", "--check");
  expect(run.status).toBe(0);
  expect(run.output).toBe("changed=false\n");
  expect(run.stdout).toContain("already match the specs");
  expect(run.stdout).toContain("git:HEAD~1:openapi/connect-v1.yaml -> openapi/connect-v1.yaml");
  expect(run.stdout).toContain("- ListCategories  GET /categories");

  // A push that opens a branch has no base commit: the report is left out, the job goes on.
  const unknown = regenerate("--base", "0000000000000000000000000000000000000000");
  expect(unknown.status).toBe(0);
  expect(unknown.stdout).toContain("No report: git: 0000000000000000000000000000000000000000 is not a commit here");
}, 180_000);
