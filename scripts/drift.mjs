// npm run drift [-- --url NAME/SOURCE=URL ...]
// What the scheduled drift workflow does, as one local command: fetches every copy of its contract
// the platform publishes for each spec (`published` in scripts/specs.mjs: the Platform API has two,
// the docs site's and the CLI's), and reports what would change for our users if our contract
// followed it (ours = OLD, published = NEW). Each difference is reported once, naming the copies
// that have it. Our specs are written in our own words, so text-only differences (patch) are
// expected; drift is a minor or major change.
// Writes .cache/drift/<name>.<source>.published.yaml, report.md and issue.md (the report cut to fit
// an issue body; the workflow files it as an issue). Exit status: 0 when the report was made
// (drift or not), 1 when a contract could not be fetched or read.
//   --url NAME/SOURCE=URL  fetches that copy from another URL (the tests serve them on loopback)
import { mkdirSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { compareDocuments } from "./spec-diff/compare.mjs";
import { output, summary } from "./spec-diff/github.mjs";
import { loadSource } from "./spec-diff/load.mjs";
import { markdown, text } from "./spec-diff/report.mjs";
import { mergeComparisons } from "./spec-diff/sources.mjs";
import { specs } from "./specs.mjs";

const OUT = ".cache/drift";
const args = process.argv.slice(2);
const urls = new Map(args.flatMap((a, i) => (args[i - 1] === "--url" ? [a.split(/=(.*)/s).slice(0, 2)] : [])));

mkdirSync(OUT, { recursive: true });
const items = [];
const notes = [];
let failed = false;
for (const spec of specs) {
  if (!spec.published.length) {
    notes.push(`${spec.name}: the platform publishes no contract for it; nothing to compare`);
    continue;
  }
  const ours = loadSource({ ref: null, path: spec.file });
  const compared = [];
  for (const { source, url: published } of spec.published) {
    const url = urls.get(`${spec.name}/${source}`) ?? published;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      writeFileSync(`${OUT}/${spec.name}.${source}.published.yaml`, body);
      compared.push({ source, url, result: compareDocuments(ours, parse(body)) });
    } catch (error) {
      notes.push(`${spec.name} (${source}): could not fetch or read ${url}: ${error.message}`);
      failed = true;
    }
  }
  if (!compared.length) continue;
  const to = compared.map((c) => `${c.source} (${c.url})`).join(", ");
  items.push({ name: spec.name, from: spec.file, to, result: mergeComparisons(compared) });
}

const drifted = items.filter((i) => i.result.semver !== "patch").map((i) => i.name);
const heading = drifted.length
  ? `Our contracts differ from the platform's published ones: ${drifted.join(", ")}`
  : "No drift: our contracts match the platform's published ones (apart from wording)";
const report = [
  `# Contract drift`,
  "",
  heading,
  "",
  "Read each change as: what would change for users of this client if our spec followed the published one.",
  "",
  ...notes.map((n) => `- ${n}`),
  "",
  items.length ? markdown(items) : "",
].join("\n");
writeFileSync(`${OUT}/report.md`, report);
// An issue body holds at most 65,536 characters; a longer report is cut, the run keeps it whole.
const cut = report.length > 60_000 ? `${report.slice(0, 60_000)}\n\n(cut here: the whole report is the run's drift artifact)\n` : report;
writeFileSync(`${OUT}/issue.md`, cut);
summary(report);
output("drift", drifted.length > 0);
for (const n of notes) console.log(`drift: ${n}`);
if (items.length) console.log(text(items));
console.log(`drift: ${heading} (report in ${OUT}/report.md)`);
process.exit(failed ? 1 : 0);
