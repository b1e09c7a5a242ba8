// npm run release:check [-- --tag vX.Y.Z] [-- --previous REF] [-- --changelog]
// What the release workflow checks before it publishes, as one local command:
//   - the tag (when given, or GITHUB_REF_NAME on a tag push) names package.json's version;
//   - the breaking-change report of every spec against the previous release tag (the highest
//     v* tag below this version; none for a first release);
//   - a breaking change needs a version that npm's caret range of the previous one does not reach
//     (1.4.2 -> 2.0.0; below 1.0.0 a minor bump is that step: 0.1.3 -> 0.2.0), else it fails.
// Writes the release notes to .cache/release/notes.md: CHANGELOG.md's section for this version
// (or its Unreleased section) with the contract report in it.
//   --changelog  also writes the report into CHANGELOG.md's Unreleased section (between markers)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { compareWithRef } from "./spec-diff.mjs";
import { compareDocuments } from "./spec-diff/compare.mjs";
import { loadSource } from "./spec-diff/load.mjs";
import { highest, markdown, text } from "./spec-diff/report.mjs";
import { specs } from "./specs.mjs";

const START = "<!-- contract:start (npm run release:check -- --changelog writes this part) -->";
const END = "<!-- contract:end -->";
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const parseVersion = (v) => /^v?(\d+)\.(\d+)\.(\d+)$/.exec(v ?? "")?.slice(1, 4).map(Number) ?? null;
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
// Whether `^previous` (what users' package.json files hold) would pick `next` up by itself.
const caretReaches = ([M, m, p], [M2, m2, p2]) => (M > 0 ? M2 === M : m > 0 ? M2 === 0 && m2 === m : M2 === 0 && m2 === 0 && p2 === p);

function fail(message) {
  console.error(`release:check: ${message}`);
  process.exit(1);
}

const version = JSON.parse(readFileSync("package.json", "utf8")).version;
const current = parseVersion(version) ?? fail(`package.json version ${version} is not X.Y.Z`);
const tag = option("--tag") ?? (process.env.GITHUB_REF_TYPE === "tag" ? process.env.GITHUB_REF_NAME : undefined);
if (tag && tag !== `v${version}`) fail(`tag ${tag} does not match package.json's version ${version} (expected v${version})`);

const tags = execFileSync("git", ["tag", "--list", "v*"], { encoding: "utf8" }).split("\n").filter((t) => parseVersion(t));
const below = tags.filter((t) => compare(parseVersion(t), current) < 0).sort((a, b) => compare(parseVersion(b), parseVersion(a)));
const previous = option("--previous") ?? below[0];

let items;
if (previous) items = compareWithRef(previous);
else {
  // A first release: every operation is new.
  const empty = { openapi: "3.1.0", paths: {} };
  items = specs.map((s) => ({ name: s.name, from: "(nothing)", to: s.file, result: compareDocuments(empty, loadSource({ ref: null, path: s.file })) }));
}
const report = markdown(items);
const needed = highest(items.map((i) => i.result.semver));
const since = previous ? `since ${previous}` : "first release";
console.log(text(items));
console.log(`release:check: v${version}, contract changes ${since}: ${needed}`);

if (needed === "major" && previous) {
  const before = parseVersion(previous);
  if (before && caretReaches(before, current)) {
    const [M, m] = before;
    const next = M > 0 ? `${M + 1}.0.0` : `0.${m + 1}.0`;
    fail(`the contract has breaking changes ${since}, but ${previous} -> v${version} is not a breaking version bump (at least ${next})`);
  }
}

// CHANGELOG.md: the section of this version, else Unreleased; the contract block holds the report.
const block = `${START}\n### Contract changes (${since})\n\n${report}\n${END}`;
const changelog = existsSync("CHANGELOG.md") ? readFileSync("CHANGELOG.md", "utf8") : "";
const section = (name) => {
  const at = changelog.search(new RegExp(`^## \\[${name.replace(/\./g, "\\.")}\\]`, "m"));
  if (at < 0) return null;
  const next = changelog.slice(at + 1).search(/^## /m);
  return changelog.slice(at, next < 0 ? undefined : at + 1 + next);
};
const withBlock = (text) => {
  const [from, to] = [text.indexOf(START), text.indexOf(END)];
  return from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + END.length) : `${text.trimEnd()}\n\n${block}\n`;
};
const own = section(version) ?? section("Unreleased") ?? `## [${version}]\n`;
const notes = withBlock(own).replace(/^## .*\n+/, "").replace(START, "").replace(END, "").trim();
mkdirSync(".cache/release", { recursive: true });
writeFileSync(".cache/release/notes.md", `${notes}\n`);
console.log("release:check: release notes in .cache/release/notes.md");

if (args.includes("--changelog")) {
  const unreleased = section("Unreleased");
  if (!unreleased) fail("CHANGELOG.md has no ## [Unreleased] section to write the report into");
  writeFileSync("CHANGELOG.md", changelog.replace(unreleased, () => `${withBlock(unreleased).trimEnd()}\n\n`));
  console.log("release:check: CHANGELOG.md's Unreleased section now holds the contract report");
}
