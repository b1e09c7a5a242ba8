// openapi-react-query on createConnectFetchClient: the query options it builds run through our
// core (auth, retries, errors) and resolve with typed data. No React rendering: fetchQuery runs
// a query the way a component would, against the Prism mock and a loopback server.
import { QueryClient } from "@tanstack/react-query";
import createQueryClient from "openapi-react-query";
import { afterEach, describe, expect, expectTypeOf, inject, test } from "vitest";
import { createConnectFetchClient, type Connector } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";
import { responseExample, specOperation } from "../contract/spec.js";

const path = "/o/{organisation_id}/connectors/{connector_id}" as const;
const params = { path: { organisation_id: ORG, connector_id: CONNECTOR } };
// No retries of react-query's own: the client's core does them.
let queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
afterEach(() => {
  queryClient.clear();
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

describe("openapi-react-query over createConnectFetchClient", () => {
  test("a query resolves with the typed data the mock serves", async () => {
    const $api = createQueryClient(createConnectFetchClient({ baseUrl: inject("prismUrl"), token: "demo-api-key" }));
    const data = await queryClient.fetchQuery($api.queryOptions("get", path, { params }));
    // openapi-fetch's own typing of the same schema (readOnly-aware), not `unknown`.
    expectTypeOf(data.id).toEqualTypeOf<Connector["id"]>();
    expectTypeOf(data.protocol).toEqualTypeOf<Connector["protocol"]>();
    expect(data).toEqual(responseExample(specOperation("GetConnector"), 200));
  });

  test("a 503 is retried by the core, and the query resolves with the second answer", async () => {
    const server = await startLoopback((seen, res) =>
      seen.n === 1 ? json(res, 503, { code: "unavailable", message: "try again" }, { "retry-after": "0" }) : json(res, 200, connector()),
    );
    const $api = createQueryClient(createConnectFetchClient({ baseUrl: server.url, token: "k" }));
    const data = await queryClient.fetchQuery($api.queryOptions("get", path, { params }));
    expect(data.id).toBe(CONNECTOR);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer k", "Bearer k"]);
  });

  test("a 404 rejects the query with the platform's error body", async () => {
    const $api = createQueryClient(createConnectFetchClient({ baseUrl: inject("prismUrl"), token: "demo-api-key", headers: { Prefer: "code=404" } }));
    await expect(queryClient.fetchQuery($api.queryOptions("get", path, { params }))).rejects.toMatchObject({ code: "not_found" });
  });
});
