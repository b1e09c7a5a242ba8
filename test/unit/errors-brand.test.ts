// `instanceof` holds across two copies of the package (its ES module and CommonJS builds both
// loaded in one program): the classes recognise each other's errors by a shared brand, and
// still tell the subclasses apart. A second copy of src/errors.ts stands in for the other build
// here; test/package/consumer.test.ts checks the real pair from the packed tarball.
import { describe, expect, test } from "vitest";
import * as ours from "../../src/errors.js";

const request = { method: "GET", url: "https://api.test/o/x", headers: {} };

async function otherCopy(): Promise<typeof ours> {
  // A different module id: a separate evaluation with classes of its own.
  const specifier = "../../src/errors.js?copy=2";
  const copy = (await import(specifier)) as typeof ours;
  expect(copy.VersoriError).not.toBe(ours.VersoriError);
  return copy;
}

function samples(m: typeof ours) {
  return {
    VersoriApiError: new m.VersoriApiError({ status: 404, code: "not_found", message: "no", body: {}, response: new Response(null, { status: 404 }), request }),
    VersoriConnectionError: new m.VersoriConnectionError(request, new TypeError("fetch failed")),
    VersoriTimeoutError: new m.VersoriTimeoutError(request, 5),
  };
}

const SUBCLASSES = ["VersoriApiError", "VersoriConnectionError", "VersoriTimeoutError"] as const;

describe.each([
  ["the other copy's errors against our classes", false],
  ["our errors against the other copy's classes", true],
])("%s", (_, reverse) => {
  test("each is instanceof VersoriError, its own class and Error, and of no sibling class", async () => {
    const copy = await otherCopy();
    const [made, classes] = reverse ? [samples(ours), copy] : [samples(copy), ours];
    for (const name of SUBCLASSES) {
      const error = made[name];
      expect(error instanceof classes.VersoriError, `${name} instanceof VersoriError`).toBe(true);
      expect(error instanceof classes[name], `${name} instanceof ${name}`).toBe(true);
      expect(error instanceof Error).toBe(true);
      for (const other of SUBCLASSES.filter((n) => n !== name)) {
        expect(error instanceof classes[other], `${name} instanceof ${other}`).toBe(false);
      }
    }
  });
});

test("the brand does not make plain objects, other errors or look-alikes pass", async () => {
  const { VersoriError, VersoriApiError } = ours;
  for (const value of [null, undefined, 1, "VersoriError", {}, new Error("x"), { name: "VersoriApiError" }, Object.create(null)]) {
    expect(value instanceof VersoriError).toBe(false);
    expect(value instanceof VersoriApiError).toBe(false);
  }
});

test("a caller's own subclass keeps ordinary instanceof", () => {
  class MyError extends ours.VersoriApiError {}
  const mine = new MyError({ status: 400, code: "x", message: "m", body: {}, response: new Response(null, { status: 400 }), request });
  const plain = samples(ours).VersoriApiError;
  expect(mine instanceof MyError).toBe(true);
  expect(mine instanceof ours.VersoriApiError).toBe(true);
  expect(mine instanceof ours.VersoriError).toBe(true);
  expect(plain instanceof MyError).toBe(false);
});
