// guides/testing.md lists the operations the fake platform answers with the contract's example,
// and that list is the fake's own: computed from the rules the engine runs (fakeCoverage), so a
// rule added for an operation, or an operation added to a contract, fails here until
// `node scripts/fake-examples.mjs` rewrites the guide.
import { expect, test } from "vitest";
import { END, GUIDE, renderSection, START, withSection } from "../../scripts/fake-examples.mjs";
import { fakeCoverage } from "../../src/testing/fake/coverage.js";
import { docs } from "../support/docs.js";

test("the guide's list of example-answered operations is the one the fake's rules give", () => {
  const guide = docs.find((d) => d.file === GUIDE)!.text;
  expect(guide).toContain(START);
  expect(guide).toContain(END);
  expect(guide, "run node scripts/fake-examples.mjs").toBe(withSection(guide, renderSection(fakeCoverage())));
});

test("the coverage names every operation of both contracts once, and the list follows it", () => {
  const coverage = fakeCoverage();
  expect(new Set(coverage.map((o) => `${o.api}:${o.operationId}`)).size).toBe(coverage.length);
  expect(coverage.filter((o) => o.api === "platform").length).toBeGreaterThan(100);
  // A rule for an example-answered operation takes it off the list.
  const one = coverage.find((o) => o.answeredBy === "example")!;
  const listed = renderSection(coverage);
  expect(listed).toContain(`\`${one.operationId}\``);
  expect(renderSection(coverage.map((o) => (o === one ? { ...o, answeredBy: "rule" as const } : o)))).not.toContain(`\`${one.operationId}\``);
});
