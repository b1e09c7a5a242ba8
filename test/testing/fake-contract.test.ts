// Every operation of the Platform and Organisations contracts, called through its client against
// the fake platform with arguments from the spec's examples, after the fake was seeded with the
// spec's example of every resource: each answer's status is one the operation declares and its
// body is valid against that status's schema (Ajv, strict, objects closed). Nothing here names an
// operation: new ones in a spec are covered as soon as they are generated.
import { describe, expect, test } from "vitest";
import { closedValidator } from "../../scripts/check-examples.mjs";
import { specs } from "../../scripts/specs.mjs";
import { fakeCoverage } from "../../src/testing/fake/coverage.js";
import { createFakePlatform } from "../../src/testing/index.js";
import { apis } from "../contract/apis.js";
import { exampleArgs, loadSpec, type LoadedSpec, type SpecOperation } from "../contract/spec.js";

type AnyMethod = (args: Record<string, unknown>) => Promise<unknown>;
const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";

/**
 * The spec's example of every resource, seeded under its example path: what a GET on
 * `collection/{id}` answers, and the items of what a GET on a collection lists.
 */
function seedExamples(s: LoadedSpec, seed: (collection: string, item: object) => void): void {
  for (const o of s.specOperations) {
    if (o.method !== "GET") continue;
    const example = s.responseExample(o, 200) as unknown;
    const value = (name: string) => String(s.paramValue(o.params.find((p) => p.name === name)!));
    const concrete = (path: string) => path.replace(/\{([^}]+)\}/g, (_, name: string) => value(name));
    const last = /\/\{([^}]+)\}$/.exec(o.path);
    // Kept under the example's own id when it has one (an end user's path names its external id).
    if (last && example && typeof example === "object") seed(concrete(o.path.slice(0, last.index)), { id: value(last[1]!), ...example });
    if (last) continue;
    const items = Array.isArray(example) ? example : Object.values((example ?? {}) as object).find((v) => Array.isArray(v) && v[0]?.id);
    for (const item of (items ?? []) as { id?: unknown }[]) if (typeof item?.id === "string") seed(concrete(o.path), item);
  }
}

describe.each(specs.filter((entry) => entry.fake).map((entry) => [entry.api, entry] as const))("%s: every answer of the fake is valid", (api, entry) => {
  test("every operation, its status declared and its body valid against the contract", async () => {
    const s = loadSpec(entry.file);
    const check = closedValidator(s.spec);
    const fake = createFakePlatform({ organisationId: ORG });
    seedExamples(s, (collection, item) => fake.seed(collection, [item], api as "platform"));
    const answers: Response[] = [];
    const client = apis[api]!.create({
      token: fake.apiKey,
      maxRetries: 0,
      fetch: async (url: string, init: RequestInit) => {
        const answer = await fake.fetch(url, init);
        answers.push(answer.clone());
        return answer;
      },
    }) as Record<string, AnyMethod>;
    // Writes first, deletes last and the deepest first, so that every operation finds what it names
    // (a delete by its verb, or by its name when the contract makes it a POST: DeleteEnvironment).
    const deletes = (o: SpecOperation) => o.method === "DELETE" || o.operationId.startsWith("Delete");
    const rank = (o: SpecOperation) => (deletes(o) ? 2 : (({ PUT: 0, POST: 0 })[o.method] ?? 1)) * 100 - (deletes(o) ? o.path.split("/").length : 0);
    const order = [...s.specOperations].sort((a, b) => rank(a) - rank(b));
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    // The successes marked as the contract's example (x-versori-fake: example).
    const examples: string[] = [];
    for (const o of order) {
      answers.length = 0;
      await client[o.name]!(exampleArgs(s, o)).catch(() => undefined);
      const answer = answers[0];
      if (!answer) {
        problems.push(`${o.operationId}: the client sent nothing`);
        continue;
      }
      outcomes[o.operationId] = answer.status;
      if (answer.ok && answer.headers.get("x-versori-fake") === "example") examples.push(o.operationId);
      problems.push(...validate(s, o, answer, await answer.text(), check));
    }
    const failed = Object.entries(outcomes).filter(([, status]) => status >= 300);
    console.log(`${api}: ${order.length} operations, ${order.length - failed.length} succeeded; others: ${failed.map(([id, st]) => `${id} ${st}`).join(", ") || "none"}`);
    expect(problems).toEqual([]);
    // Seeded from the examples, nearly every operation succeeds; the rest are the contract's errors.
    expect(failed.length).toBeLessThan(order.length / 10);
    // What answered with the example is what guides/testing.md lists (fakeCoverage), for every operation that succeeded.
    const listed = fakeCoverage().filter((c) => c.api === api && c.answeredBy === "example" && (outcomes[c.operationId] ?? 500) < 300);
    expect(examples.sort()).toEqual(listed.map((c) => c.operationId).sort());
  });
});

function validate(s: LoadedSpec, o: SpecOperation, answer: Response, text: string, check: ReturnType<typeof closedValidator>): string[] {
  const declared = s.resolve(o.op.responses[String(answer.status)]);
  if (!declared) return [`${o.operationId}: status ${answer.status} is not declared (${text})`];
  const schema = declared.content?.["application/json"]?.schema;
  if (!schema) return text === "" ? [] : [`${o.operationId}: ${answer.status} has a body the contract does not declare`];
  const errors = check(schema, JSON.parse(text));
  return errors.map((e) => `${o.operationId} ${answer.status}${e.instancePath}: ${e.message} ${JSON.stringify(e.params)}`);
}
