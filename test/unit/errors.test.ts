// The error family itself: one base class to catch, distinct names, small enumerable surface.
import { describe, expect, test } from "vitest";
import { VersoriApiError, VersoriConnectionError, VersoriError, VersoriTimeoutError } from "../../src/index.js";

const request = { method: "GET", url: "https://api.test/o/x", headers: { authorization: "[redacted]" } };

const api = () =>
  new VersoriApiError({ status: 409, code: "conflict", message: "taken", body: {}, response: new Response(null, { status: 409 }), request });
const connection = () =>
  new VersoriConnectionError(request, new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) }));
const timeout = () => new VersoriTimeoutError(request, 200);

describe.each([
  ["VersoriApiError", api],
  ["VersoriConnectionError", connection],
  ["VersoriTimeoutError", timeout],
] as const)("%s", (name, make) => {
  test("is a VersoriError and an Error, with its own name", () => {
    const error = make();
    expect(error).toBeInstanceOf(VersoriError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  test("keeps the request off the enumerable surface but in toJSON", () => {
    const error = make();
    expect(Object.keys(error)).not.toContain("request");
    expect(Object.keys(error)).not.toContain("response");
    expect(error.request).toEqual(request);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, request });
  });
});

test("the classes are told apart", () => {
  expect(api()).not.toBeInstanceOf(VersoriConnectionError);
  expect(connection()).not.toBeInstanceOf(VersoriTimeoutError);
  expect(timeout()).not.toBeInstanceOf(VersoriApiError);
});

test("VersoriConnectionError names the system error code and keeps the cause", () => {
  const error = connection();
  expect(error.message).toContain("fetch failed (ECONNRESET)");
  expect(error.cause).toBeInstanceOf(TypeError);
});

test("messages: the platform's own for VersoriApiError, method, URL and limit for a timeout", () => {
  expect(api().message).toBe("taken");
  expect(timeout().message).toBe("GET https://api.test/o/x timed out after 200 ms");
});
