// Query values are strings, numbers or booleans (or arrays of them). Anything else is refused
// by this client, before any request, with a message that names the parameter.
import { expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

async function server() {
  return startLoopback((_, res) => json(res, 200, { connectors: [], totalCount: 0 }));
}

test.each([
  ["a Date", new Date("2030-01-01T00:00:00Z")],
  ["an object", { after: "x" }],
  ["a function", () => "x"],
  ["a symbol", Symbol("x")],
  ["a bigint", 10n],
  ["an array holding a Date", [new Date(0)]],
])("%s as a query value is a TypeError from this client, before any request", async (_, value) => {
  const srv = await server();
  const connect = createConnectClient({ baseUrl: srv.url });
  const error = await connect.listConnectors({ organisationId: ORG, query: { first: value } as never }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  const message = (error as Error).message;
  expect(message).toContain("query.first");
  expect(message).not.toMatch(/querySerializer|openapi-fetch/);
  expect(srv.requests).toHaveLength(0);
});

test("strings, numbers, booleans and their arrays are sent; undefined and null are left out", async () => {
  const srv = await server();
  const connect = createConnectClient({ baseUrl: srv.url });
  await connect.listConnectors({ organisationId: ORG, query: { first: 5, name: "a b", x: true, tags: ["t1", "t2"], gone: undefined, none: null } as never });
  expect(srv.requests[0]!.url).toBe(`/o/${ORG}/connectors?first=5&name=a%20b&x=true&tags=t1&tags=t2`);
});
