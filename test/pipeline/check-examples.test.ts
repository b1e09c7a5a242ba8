// The example checker really fails on what Redocly lets through (an extra property in an
// allOf-built example) and on a wrong type, naming the example's JSON pointer. Plants each
// fault in a temporary copy of the spec, so the committed spec is never touched.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import YAML from "yaml";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) =>
  spawnSync(process.execPath, ["scripts/check-examples.mjs", ...args], { cwd: repo, encoding: "utf8" });

// ListConnectors' 200 example: a ConnectorPage (allOf PageInfo + connectors), whose items are
// Connectors (oneOf HTTPConnector/BigQueryConnector, each allOf ConnectorBase + its own fields).
const pointer = "/paths/~1connectors/get/responses/200/content/application~1json/example";
type Page = { totalCount: unknown; connectors: Record<string, unknown>[] };

function planted(name: string, plant: (example: Page) => void): string {
  const doc = YAML.parse(readFileSync(join(repo, "openapi/connect-v1.yaml"), "utf8"));
  plant(doc.paths["/connectors"].get.responses["200"].content["application/json"].example);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, YAML.stringify(doc));
  return file;
}

test("every spec of specs.mjs passes as committed", () => {
  const run = check();
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(/examples checked, 0 failed/);
  expect(run.status).toBe(0);
});

test("an extra property in an allOf-built example fails, at the top and inside an item", () => {
  const file = planted("extra", (example) => {
    (example as unknown as Record<string, unknown>).cursor = "abc";
    example.connectors[0]!.colour = "blue";
  });
  const run = check(file);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${file}#${pointer}: must NOT have unevaluated properties 'cursor'`);
  expect(run.stderr).toContain(`${file}#${pointer}/connectors/0: must NOT have unevaluated properties 'colour'`);
  expect(run.stdout).toMatch(/examples checked, 1 failed/);
});

test("a value of the wrong type fails", () => {
  const file = planted("type", (example) => {
    example.totalCount = "14";
  });
  const run = check(file);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${file}#${pointer}/totalCount: must be integer`);
  expect(run.stdout).toContain("1 failed");
});
