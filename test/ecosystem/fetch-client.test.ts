// createConnectFetchClient: openapi-fetch's own client on our core. Same auth, retries,
// timeouts and path safety as the named methods; HTTP errors come back as { error, response },
// connection failures and timeouts reject with our errors.
import { describe, expect, inject, test } from "vitest";
import {
  createConnectFetchClient,
  createEmbeddedFetchClient,
  VersoriConnectionError,
  VersoriTimeoutError,
  type Middleware,
} from "../../src/index.js";
import { responseExample, specOperation } from "../contract/spec.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";

const one = "/o/{organisation_id}/connectors/{connector_id}" as const;
const path = { organisation_id: ORG, connector_id: CONNECTOR };

describe("against the mock", () => {
  test("GET resolves typed data from the spec's example, with the token sent", async () => {
    const client = createConnectFetchClient({ baseUrl: inject("prismUrl"), token: "demo-api-key" });
    const { data, error, response } = await client.GET(one, { params: { path } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample(specOperation("GetConnector"), 200));
    expect(response.headers.get("sl-violations")).toBeNull();
  });

  test("a 404 comes back as { error, response }, not thrown", async () => {
    const client = createConnectFetchClient({ baseUrl: inject("prismUrl"), token: "demo-api-key" });
    const { data, error, response } = await client.GET(one, { params: { path }, headers: { Prefer: "code=404" } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ code: "not_found" });
  });

  test("every API has one (Embedded here)", async () => {
    const client = createEmbeddedFetchClient({ baseUrl: inject("prismUrls").embedded, token: "demo-api-key" });
    const { data, response } = await client.GET("/healthz");
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
  });
});

describe("on loopback servers", () => {
  test("a 503 is retried with the same body: the request body is buffered once", async () => {
    const server = await startLoopback((seen, res) => (seen.n === 1 ? json(res, 503, { code: "busy", message: "busy" }) : json(res, 200, connector())));
    const client = createConnectFetchClient({ baseUrl: server.url, token: "k" });
    const body = { id: CONNECTOR, organisationId: ORG, name: "Shopify", protocol: "http" as const, baseUrl: "https://x.test" };
    const { data } = await client.PUT(one, { params: { path }, body });
    expect(data?.id).toBe(CONNECTOR);
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => JSON.parse(r.body.toString()))).toEqual([body, body]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer k", "Bearer k"]);
  });

  test("a refused connection rejects with VersoriConnectionError", async () => {
    const client = createConnectFetchClient({ baseUrl: `http://127.0.0.1:${await refusedPort()}`, maxRetries: 0 });
    await expect(client.GET(one, { params: { path } })).rejects.toBeInstanceOf(VersoriConnectionError);
  });

  test("a per-call timeoutMs in the init applies, and rejects with VersoriTimeoutError", async () => {
    const server = await startLoopback(() => undefined); // never answers
    const client = createConnectFetchClient({ baseUrl: server.url, maxRetries: 0 });
    await expect(client.GET(one, { params: { path }, timeoutMs: 50 })).rejects.toBeInstanceOf(VersoriTimeoutError);
  });

  test.each([".", ".."])("path parameter %j is a TypeError before any request", async (id) => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const client = createConnectFetchClient({ baseUrl: server.url });
    await expect(client.GET(one, { params: { path: { organisation_id: ORG, connector_id: id } } })).rejects.toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    ["a/b", "a%2Fb"],
    ["../../admin", "..%2F..%2Fadmin"],
  ])("path parameter %j stays one encoded segment of the intended path", async (id, segment) => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const client = createConnectFetchClient({ baseUrl: server.url });
    await client.GET(one, { params: { path: { organisation_id: ORG, connector_id: id } } });
    expect(server.requests.map((r) => r.url)).toEqual([`/o/${ORG}/connectors/${segment}`]);
  });

  test("middleware given as an option runs on this surface", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const tag: Middleware = { onRequest: ({ request }) => void request.headers.set("x-trace", "t-1") };
    const client = createConnectFetchClient({ baseUrl: server.url, middleware: [tag] });
    await client.GET(one, { params: { path } });
    expect(server.requests[0]?.headers["x-trace"]).toBe("t-1");
  });

  // Client headers are merged where openapi-fetch merges its own (its `headers` option): they are
  // on the Request every middleware sees, and a per-call `null` removes them.
  test("client headers are on the request middleware sees, and it may remove them", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const seen: (string | null)[] = [];
    const strip: Middleware = {
      onRequest({ request }) {
        seen.push(request.headers.get("x-team"));
        request.headers.delete("x-team");
      },
    };
    const client = createConnectFetchClient({ baseUrl: server.url, headers: { "X-Team": "blue", "x-keep": "1" }, middleware: [strip] });
    await client.GET(one, { params: { path } });
    expect(seen).toEqual(["blue"]);
    expect(server.requests[0]?.headers["x-team"]).toBeUndefined();
    expect(server.requests[0]?.headers["x-keep"]).toBe("1");
  });

  test("a per-call header of null removes the client's, as in openapi-fetch", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const client = createConnectFetchClient({ baseUrl: server.url, headers: { "x-team": "blue" } });
    await client.GET(one, { params: { path }, headers: { "x-team": null } });
    await client.GET(one, { params: { path }, headers: { "x-team": "red" } });
    expect(server.requests.map((r) => r.headers["x-team"])).toEqual([undefined, "red"]);
  });

  // Per-call options belong to the call, not to the Request object: a middleware that returns a
  // new Request keeps them, and nothing of them goes on the wire.
  describe("per-call options survive a middleware that returns a new Request", () => {
    const fresh: Middleware = { onRequest: ({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), "x-new": "1" } }) };
    const sentHeaders = (server: { requests: { headers: Record<string, unknown> }[] }) => Object.keys(server.requests[0]!.headers).sort();

    test("timeoutMs", async () => {
      const server = await startLoopback(() => undefined); // never answers
      const client = createConnectFetchClient({ baseUrl: server.url, maxRetries: 0, timeoutMs: 5000, middleware: [fresh] });
      const error = await client.GET(one, { params: { path }, timeoutMs: 50 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersoriTimeoutError);
      expect((error as VersoriTimeoutError).timeoutMs).toBe(50);
    });

    test("maxRetries", async () => {
      const server = await startLoopback((_, res) => json(res, 503, { code: "busy", message: "busy" }));
      const client = createConnectFetchClient({ baseUrl: server.url, maxRetries: 2, middleware: [fresh] });
      const { response } = await client.GET(one, { params: { path }, maxRetries: 0 });
      expect(response.status).toBe(503);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.headers["x-new"]).toBe("1");
    });

    test("idempotent", async () => {
      const server = await startLoopback((seen, res) => (seen.n === 1 ? json(res, 503, { code: "busy", message: "busy" }) : json(res, 200, connector())));
      const client = createConnectFetchClient({ baseUrl: server.url, middleware: [fresh] });
      const body = { name: "Shopify", baseUrl: "https://x.test", authSchemeConfigs: [], connections: [] };
      const { response } = await client.POST("/o/{organisation_id}/protocols/http/connectors", {
        params: { path: { organisation_id: ORG } },
        body,
        idempotent: true,
      });
      expect(response.status).toBe(200);
      expect(server.requests).toHaveLength(2);
      expect(sentHeaders(server)).toEqual(sentHeaders({ requests: [server.requests[1]!] }));
      expect(sentHeaders(server).filter((h) => h.includes("versori") || h.includes("idempotent") || h.includes("retr"))).toEqual([]);
    });
  });
});

