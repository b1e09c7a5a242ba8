// Every operation of every spec, called through its client against the Prism mock of that spec
// with arguments built from the spec's own examples. Nothing here names an operation: new ones
// in a spec are covered as soon as they are generated.
import { describe, expect, inject, test } from "vitest";
import { specs } from "../../scripts/specs.mjs";
import { VersoriApiError } from "../../src/index.js";
import { apis } from "./apis.js";
import { exampleArgs, loadSpec, recorder, successStatus, type SpecOperation } from "./spec.js";

type AnyMethod = (args: Record<string, unknown>) => Promise<unknown>;

describe.each(specs.map((entry) => [entry.api, entry] as const))("%s: every operation against the mock", (api, entry) => {
  const s = loadSpec(entry.file);
  const target = apis[api];
  const cases = s.specOperations.map((o) => [o.operationId, o] as const);

  function call(o: SpecOperation, extra: Record<string, unknown> = {}) {
    const rec = recorder();
    if (!target) throw new Error(`test/contract/apis.ts has no client for the ${api} API`);
    const client = target.create({ baseUrl: inject("prismUrls")[api]!, token: "demo-api-key", fetch: rec.fetch });
    const method = (client as Record<string, AnyMethod | undefined>)[o.name];
    if (typeof method !== "function") throw new Error(`the client has no method ${o.name} for ${o.operationId}`);
    return { rec, result: method({ ...exampleArgs(s, o), maxRetries: 0, ...extra }) };
  }

  test.each(cases)("%s succeeds with the spec's success example", async (_, o) => {
    const { rec, result } = call(o);
    const value = await result.catch((error: unknown) => {
      const violations = error instanceof VersoriApiError ? error.response.headers.get("sl-violations") : null;
      throw new Error(`${o.operationId} failed: ${String(error)}${violations ? `\nsl-violations: ${violations}` : ""}`, {
        cause: error,
      });
    });
    expect(rec.violations()).toEqual([]);
    expect(rec.responses.map((r) => r.status)).toEqual([Number(successStatus(o))]);
    const expected = s.resolve(o.op.responses[successStatus(o)]).content ? s.responseExample(o, successStatus(o)) : undefined;
    expect(value).toEqual(expected);
  });

  test.each(cases)("%s maps a 404 to a VersoriApiError with the example's code", async (_, o) => {
    const { rec, result } = call(o, { headers: { Prefer: "code=404" } });
    const error = await result.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).status).toBe(404);
    expect((error as VersoriApiError).code).toBe(s.responseExample(o, 404).code);
    expect(rec.violations()).toEqual([]);
  });

  test("the client has exactly one method per operation of the spec", () => {
    if (!target) throw new Error(`test/contract/apis.ts has no client for the ${api} API`);
    const client = target.create({ baseUrl: "http://127.0.0.1:1", token: "k" });
    const methods = Object.keys(client).filter((k) => k !== "paginate" && k !== "withResponse").sort();
    expect(methods).toEqual(s.specOperations.map((o) => o.name).sort());
    // The generated table is what the client is built from; it must agree as well.
    expect(Object.keys(target.table).sort()).toEqual(methods);
  });
});
