// npm run regenerate [-- --base REF] [-- --check] [-- --no-lint]
// What the regenerate workflow does, as one local command: `npm run generate`, then the
// breaking-change report of the specs against REF (default HEAD: your uncommitted edits), then
// whether generated/ or the table of operations (guides/operations.md) changed. The report goes to .cache/regenerate/report.md,
// the changes to .cache/regenerate/generated.diff (the workflow uploads that folder).
//   --check   exit 1 when generated/ or guides/operations.md changed (where the result cannot be committed)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { OPERATIONS_FILE } from "./operations-table.mjs";
import { compareWithRef } from "./spec-diff.mjs";
import { output, summary } from "./spec-diff/github.mjs";
import { markdown, text } from "./spec-diff/report.mjs";

const OUT = ".cache/regenerate";
const TRACKED = ["generated", OPERATIONS_FILE];
const args = process.argv.slice(2);
const baseAt = args.indexOf("--base");
const base = baseAt >= 0 ? args[baseAt + 1] : "HEAD";
const git = (...a) => spawnSync("git", a, { encoding: "utf8", maxBuffer: 64 << 20 });

const generate = spawnSync(process.execPath, ["scripts/generate.mjs", ...(args.includes("--no-lint") ? ["--no-lint"] : [])], { stdio: "inherit" });
if (generate.status !== 0) process.exit(1);
mkdirSync(OUT, { recursive: true });

console.log(`\nregenerate: the contract change against ${base}`);
let report;
try {
  const items = compareWithRef(base);
  console.log(text(items));
  report = markdown(items);
} catch (error) {
  // A push that opens a branch has no "before" commit; the report is then left out.
  report = `No report: ${error.message}`;
  console.log(`regenerate: ${report}`);
}
writeFileSync(`${OUT}/report.md`, `## Contract change against ${base}\n\n${report}\n`);
summary(`## Contract change against \`${base}\`\n\n${report}`);

// What generate changed: tracked files that differ, and new files git does not know yet.
const changed = git("status", "--porcelain", "--untracked-files=all", "--", ...TRACKED).stdout.split("\n").filter(Boolean);
let patch = git("diff", "--", ...TRACKED).stdout;
for (const line of changed.filter((l) => l.startsWith("??"))) patch += git("diff", "--no-index", "--", "/dev/null", line.slice(3)).stdout;
writeFileSync(`${OUT}/generated.diff`, patch);
output("changed", changed.length > 0);
if (!changed.length) {
  console.log("regenerate: generated/ and the table of operations already match the specs");
  process.exit(0);
}
console.log(`regenerate: changed by generate (diff in ${OUT}/generated.diff):\n${changed.map((l) => `  ${l}`).join("\n")}`);
if (args.includes("--check")) {
  console.error("regenerate: generated/ or the table of operations were stale; run `npm run regenerate` and commit the result");
  process.exit(1);
}
console.log("regenerate: commit them with the spec");
