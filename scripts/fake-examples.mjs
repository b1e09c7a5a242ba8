// The list of guides/testing.md of what the fake platform answers with the contract's example,
// written from the fake's own rules (src/testing/fake/coverage.ts) between two markers, so that a
// rule added to the fake takes its operation off the list. test/docs/fake-examples.test.ts fails
// when the guide's list differs; `node scripts/fake-examples.mjs` rewrites it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export const GUIDE = "guides/testing.md";
export const START = "<!-- fake-examples: written by scripts/fake-examples.mjs from the fake's rules -->";
export const END = "<!-- /fake-examples -->";
const TITLES = { platform: "Platform API", organisations: "Organisations API" };

/** The section between the markers, from the coverage of every operation. */
export function renderSection(coverage) {
  const rows = Object.entries(TITLES).map(([api, title]) => {
    const ops = coverage.filter((o) => o.api === api);
    const count = (test) => ops.filter((o) => test(o.answeredBy)).length;
    return { title, ops, rule: count((a) => a === "rule"), shape: count((a) => a !== "rule" && a !== "example"), examples: ops.filter((o) => o.answeredBy === "example") };
  });
  return [
    "| API | operations | hand-written rules | create / list / read / update / delete by path shape | the contract's example |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.title} | ${r.ops.length} | ${r.rule} | ${r.shape} | ${r.examples.length} |`),
    "",
    ...rows.map((r) => `- ${r.title}: ${r.examples.map((o) => `\`${o.operationId}\``).join(", ") || "none"}.`),
  ].join("\n");
}

/** `text` with the section between the markers replaced; throws when the markers are missing. */
export function withSection(text, section) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE} has no ${START} ... ${END} markers`);
  return `${text.slice(0, start + START.length)}\n${section}\n${text.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { tsImport } = await import("tsx/esm/api");
  const { fakeCoverage } = await tsImport("../src/testing/fake/coverage.ts", import.meta.url);
  const file = fileURLToPath(new URL(`../${GUIDE}`, import.meta.url));
  writeFileSync(file, withSection(readFileSync(file, "utf8"), renderSection(fakeCoverage())));
  console.log(`${GUIDE}: the fake's example-answered operations rewritten`);
}
