// Runs the exactOptionalPropertyTypes type test (exact-optional.test-d.ts) with the setting on;
// vitest's own typecheck runs it with the setting off (tsconfig.json).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "vitest";

test("the package's options compile under exactOptionalPropertyTypes", () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "-p", join(import.meta.dirname, "tsconfig.exact.json")], { encoding: "utf8" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout);
  }
  expect(output).toBe("");
}, 120_000);
