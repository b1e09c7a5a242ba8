// Checks every contract we write makes of its operations, shared by the per-spec pipeline tests.
import { expect } from "vitest";

type Node = Record<string, any>;

/** The shared error answers (400, 401, 403, 404, 429, 500): the platform's error body, with an example. */
export function expectSharedErrors(op: Node, resolve: (node: unknown) => any, errorSchema: Node): void {
  for (const status of ["400", "401", "403", "404", "429", "500"]) {
    const response = resolve(op.responses[status]);
    expect(response, status).toBeDefined();
    const media = response.content["application/json"];
    expect(resolve(media.schema)).toBe(errorSchema);
    expect(media.example.code, status).toEqual(expect.any(String));
    expect(media.example.message, status).toEqual(expect.any(String));
  }
}

/** An example on the success answer (unless it has no body) and on the request body. */
export function expectExamples(op: Node, resolve: (node: unknown) => any, bodiless: readonly string[]): void {
  const [, success] = Object.entries<Node>(op.responses).find(([s]) => /^2\d\d$/.test(s))!;
  const media = resolve(success).content?.["application/json"];
  if (media) expect(media.example).toBeDefined();
  else expect(Object.keys(op.responses).some((s) => bodiless.includes(s))).toBe(true);
  if (op.requestBody) expect(resolve(op.requestBody).content["application/json"].example).toBeDefined();
}
