// npm run release:check (what the release workflow runs before npm publish): the report of the
// contract since the previous version tag decides whether the version bump is big enough, and
// becomes the release notes with CHANGELOG.md's section. Runs in a temporary git repository
// holding our specs, a package.json and the changelog.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import YAML from "yaml";
import { git } from "../support/git.js";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-release-"));
const version = (v: string) => writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "fixture", version: v }));
const check = (...args: string[]) => {
  const env = { ...process.env, GITHUB_REF_TYPE: "", GITHUB_REF_NAME: "" };
  return spawnSync(process.execPath, [join(repo, "scripts/release-check.mjs"), ...args], { cwd: dir, encoding: "utf8", env });
};
const notes = () => readFileSync(join(dir, ".cache/release/notes.md"), "utf8");

beforeAll(() => {
  cpSync(join(repo, "openapi"), join(dir, "openapi"), { recursive: true });
  cpSync(join(repo, "CHANGELOG.md"), join(dir, "CHANGELOG.md"));
  writeFileSync(join(dir, ".gitignore"), ".cache/\n");
  version("1.0.0");
  git(dir, "init", "-q");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a first release (no earlier tag): every operation is new, notes from the Unreleased section", () => {
  const run = check("--tag", "v1.0.0");
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("release:check: v1.0.0, contract changes first release: minor");
  expect(notes()).toContain("### Contract changes (first release)");
  expect(notes()).toContain("- **UpdateConnector** `PUT /o/{organisation_id}/connectors/{connector_id}`: added (minor)");
  expect(notes()).toContain("### Added"); // the changelog's own words come along
});

test("a tag that does not name package.json's version fails", () => {
  const run = check("--tag", "v1.0.1");
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("tag v1.0.1 does not match package.json's version 1.0.0 (expected v1.0.0)");
});

test("a breaking change needs a breaking version bump; the report is the release notes", () => {
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "1.0.0");
  git(dir, "tag", "v1.0.0");
  git(dir, "tag", "v0.1.0");
  const spec = join(dir, "openapi/connect-v1.yaml");
  const doc = YAML.parse(readFileSync(spec, "utf8"));
  delete doc.paths["/categories"];
  writeFileSync(spec, YAML.stringify(doc));
  const removed = "- **ListCategories** `GET /categories`: removed, the client method goes away (breaking)";

  version("1.1.0");
  const minor = check();
  expect(minor.status).toBe(1);
  expect(minor.stdout).toContain("- ListCategories  GET /categories");
  expect(minor.stderr).toContain("breaking changes since v1.0.0, but v1.0.0 -> v1.1.0 is not a breaking version bump (at least 2.0.0)");

  version("2.0.0");
  const major = check("--tag", "v2.0.0");
  expect(major.status).toBe(0);
  expect(notes()).toContain("### Contract changes (since v1.0.0)");
  expect(notes()).toContain(removed);

  // Below 1.0.0 npm's caret range ends at the next minor: 0.1.0 -> 0.1.1 is not enough, 0.2.0 is.
  version("0.1.1");
  expect(check().stderr).toContain("v0.1.0 -> v0.1.1 is not a breaking version bump (at least 0.2.0)");
  version("0.2.0");
  expect(check().status).toBe(0);
}, 120_000);

test("--changelog writes the report into the Unreleased section, once", () => {
  version("2.0.0");
  expect(check("--changelog").status).toBe(0);
  const once = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
  const unreleased = once.slice(once.indexOf("## [Unreleased]"));
  expect(unreleased).toContain("### Contract changes (since v1.0.0)");
  expect(unreleased).toContain("`GET /categories`: removed");
  expect(check("--changelog").status).toBe(0);
  expect(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).toBe(once);
}, 60_000);
