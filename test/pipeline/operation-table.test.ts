// The generated descriptors must be what the generator described from the spec, with uploads
// carrying the multipart converter in place of a flag; the whole table, built at load from rows
// of its own (table(...)), must hold descriptors equal to the named ones (its type says they
// are theirs).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { describeOperations } from "../../scripts/render-operations.mjs";
import { specs } from "../../scripts/specs.mjs";
import { asMultipart } from "../../src/core/multipart.js";

const tables: Record<string, () => Promise<Record<string, unknown>>> = {
  "platform-v2": () => import("../../generated/platform-v2.operations.js"),
  "connect-v1": () => import("../../generated/connect-v1.operations.js"),
  "embedded-v1": () => import("../../generated/embedded-v1.operations.js"),
  "organisations-v1": () => import("../../generated/organisations-v1.operations.js"),
};

describe.each(specs.map((spec) => [spec.name, spec] as const))("%s", (name, spec) => {
  const described = describeOperations(parse(readFileSync(spec.file, "utf8")));

  test("every descriptor is the operation the generator described", async () => {
    const module = await tables[name]!();
    for (const { multipart, ...op } of described) {
      expect(module[op.operationId]).toStrictEqual(multipart ? { ...op, form: asMultipart } : op);
    }
  });

  test("the whole table holds them all (equal, from its own rows) under their method names, in the spec's order", async () => {
    const module = await tables[name]!();
    const table = module[`${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Operations`] as Record<string, unknown>;
    expect(Object.keys(table)).toEqual(described.map((op) => op.operationId[0]!.toLowerCase() + op.operationId.slice(1)));
    for (const op of described) expect(table[op.operationId[0]!.toLowerCase() + op.operationId.slice(1)]).toStrictEqual(module[op.operationId]);
  });
});
