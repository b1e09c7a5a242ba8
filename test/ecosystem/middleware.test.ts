// Middleware in openapi-fetch's shape on the named methods: once per call around the whole
// exchange (retries included), in openapi-fetch's order; onRequest may change or answer the
// request, onResponse may replace the answer, onError may recover. One middleware object
// serves both surfaces.
import { describe, expect, test } from "vitest";
import {
  createConnectClient,
  createConnectFetchClient,
  VersoriApiError,
  VersoriConnectionError,
  type Middleware,
} from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

describe("middleware on the named methods", () => {
  test("runs once per call around the retries; sees the schema path, params and final answer", async () => {
    const server = await startLoopback((seen, res) => (seen.n === 1 ? json(res, 503, { code: "busy", message: "busy" }) : json(res, 200, connector())));
    const log: string[] = [];
    const trace: Middleware = {
      onRequest({ request, schemaPath, params }) {
        log.push(`request ${request.method} ${schemaPath} ${JSON.stringify(params.path)}`);
        request.headers.set("x-trace", "t-1");
      },
      onResponse({ response }) {
        log.push(`response ${response.status}`);
      },
    };
    const connect = createConnectClient({ baseUrl: server.url, token: "k", middleware: [trace] });
    const got = await connect.getConnector(ids);
    expect(got.id).toBe(CONNECTOR);
    expect(log).toEqual([
      `request GET /o/{organisation_id}/connectors/{connector_id} ${JSON.stringify({ organisation_id: ORG, connector_id: CONNECTOR })}`,
      "response 200",
    ]);
    expect(server.requests.map((r) => [r.headers["x-trace"], r.headers.authorization])).toEqual([
      ["t-1", "Bearer k"],
      ["t-1", "Bearer k"],
    ]);
  });

  test("onRequest runs in order, onResponse from last to first, as in openapi-fetch", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const order: string[] = [];
    const named = (n: string): Middleware => ({ onRequest: () => void order.push(`req ${n}`), onResponse: () => void order.push(`res ${n}`) });
    await createConnectClient({ baseUrl: server.url, middleware: [named("a"), named("b")] }).getConnector(ids);
    expect(order).toEqual(["req a", "req b", "res b", "res a"]);
  });

  test("a Response from onRequest answers the call without a request", async () => {
    const server = await startLoopback((_, res) => json(res, 500, {}));
    const cached: Middleware = { onRequest: () => Response.json(connector("cached")) };
    const got = await createConnectClient({ baseUrl: server.url, middleware: [cached] }).getConnector(ids);
    expect(got.id).toBe("cached");
    expect(server.requests).toHaveLength(0);
  });

  test("onResponse may replace the answer: an error status still becomes a VersoriApiError", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const deny: Middleware = { onResponse: () => Response.json({ code: "denied", message: "by policy" }, { status: 403 }) };
    const error = await createConnectClient({ baseUrl: server.url, middleware: [deny] }).getConnector(ids).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 403, code: "denied" });
  });

  test("onError sees a connection failure and may recover with a Response", async () => {
    const seen: unknown[] = [];
    const fallback: Middleware = {
      onError({ error }) {
        seen.push(error);
        return Response.json(connector("fallback"));
      },
    };
    const connect = createConnectClient({ baseUrl: `http://127.0.0.1:${await refusedPort()}`, maxRetries: 0, middleware: [fallback] });
    expect((await connect.getConnector(ids)).id).toBe("fallback");
    expect(seen[0]).toBeInstanceOf(VersoriConnectionError);
  });

  test("a replaced request sends its own body", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const rewrite: Middleware = {
      async onRequest({ request }) {
        const body = (await request.json()) as Record<string, unknown>;
        return new Request(request, { body: JSON.stringify({ ...body, name: "renamed" }) });
      },
    };
    const connect = createConnectClient({ baseUrl: server.url, middleware: [rewrite] });
    const body = { id: CONNECTOR, organisationId: ORG, name: "Shopify", protocol: "http" as const, baseUrl: "https://x.test" };
    await connect.updateConnector({ ...ids, body });
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ ...body, name: "renamed" });
  });

  test("one middleware object serves both surfaces", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const statuses: number[] = [];
    const count: Middleware = { onResponse: ({ response }) => void statuses.push(response.status) };
    const options = { baseUrl: server.url, middleware: [count] };
    await createConnectClient(options).getConnector(ids);
    await createConnectFetchClient(options).GET("/o/{organisation_id}/connectors/{connector_id}", {
      params: { path: { organisation_id: ORG, connector_id: CONNECTOR } },
    });
    expect(statuses).toEqual([200, 200]);
  });

  // openapi-fetch 0.17 (dist/index.mjs, coreFetch): a Response from onRequest is the answer, with
  // no onResponse after it; a Response from onError recovers the call, and onResponse then runs.
  describe("which hooks run: the same on both surfaces, as in openapi-fetch", () => {
    const hooks = (log: string[], recover: boolean, answer: boolean): Middleware => ({
      onRequest: () => (log.push("onRequest"), answer ? Response.json(connector("cached")) : undefined),
      onResponse: ({ response }) => void log.push(`onResponse ${response.status}`),
      onError: () => (log.push("onError"), recover ? Response.json(connector("fallback")) : undefined),
    });
    const surfaces = {
      named: (options: object) => createConnectClient(options).getConnector(ids),
      path: (options: object) => createConnectFetchClient(options).GET("/o/{organisation_id}/connectors/{connector_id}", { params: { path: { organisation_id: ORG, connector_id: CONNECTOR } } }),
    };

    test.each(Object.keys(surfaces) as (keyof typeof surfaces)[])("%s: a Response from onRequest skips onResponse", async (surface) => {
      const server = await startLoopback((_, res) => json(res, 200, connector()));
      const log: string[] = [];
      await surfaces[surface]({ baseUrl: server.url, middleware: [hooks(log, false, true)] });
      expect(log).toEqual(["onRequest"]);
      expect(server.requests).toHaveLength(0);
    });

    test.each(Object.keys(surfaces) as (keyof typeof surfaces)[])("%s: onError's Response is followed by onResponse", async (surface) => {
      const log: string[] = [];
      await surfaces[surface]({ baseUrl: `http://127.0.0.1:${await refusedPort()}`, maxRetries: 0, middleware: [hooks(log, true, false)] });
      expect(log).toEqual(["onRequest", "onError", "onResponse 200"]);
    });

    test.each(Object.keys(surfaces) as (keyof typeof surfaces)[])("%s: an answer runs onResponse, not onError", async (surface) => {
      const server = await startLoopback((_, res) => json(res, 500, { code: "boom", message: "boom" }));
      const log: string[] = [];
      await surfaces[surface]({ baseUrl: server.url, maxRetries: 0, middleware: [hooks(log, true, false)] }).catch(() => undefined);
      expect(log).toEqual(["onRequest", "onResponse 500"]);
    });
  });

  test("onError runs from last to first; an Error it returns replaces the error for the next and the caller", async () => {
    const order: string[] = [];
    const wrap = (n: string): Middleware => ({
      onError({ error, request }) {
        order.push(`${n} ${request.method} ${(error as Error).message.slice(0, 9)}`);
        return new Error(`wrapped ${n}`);
      },
    });
    const connect = createConnectClient({ baseUrl: `http://127.0.0.1:${await refusedPort()}`, maxRetries: 0, middleware: [wrap("a"), wrap("b")] });
    const error = await connect.getConnector(ids).catch((e: unknown) => e);
    expect(order).toEqual(["b GET Could not", "a GET wrapped b"]);
    expect((error as Error).message).toBe("wrapped a");
  });

  test("a hook's result of another kind is a TypeError that names the hook", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const failing = (m: Middleware, baseUrl = server.url) => createConnectClient({ baseUrl, maxRetries: 0, middleware: [m] }).getConnector(ids).catch((e: unknown) => e);
    const bad = "not this" as never;
    expect(await failing({ onRequest: () => bad })).toEqual(new TypeError("middleware onRequest must return a Request, a Response or nothing"));
    expect(await failing({ onResponse: () => bad })).toEqual(new TypeError("middleware onResponse must return a Response or nothing"));
    const refused = `http://127.0.0.1:${await refusedPort()}`;
    expect(await failing({ onError: () => bad }, refused)).toEqual(new TypeError("middleware onError must return a Response, an Error or nothing"));
  });

  test("middleware that is not an array of hooks is a TypeError at creation", () => {
    expect(() => createConnectClient({ middleware: [{}] as never })).toThrow(TypeError);
  });
});

describe("withResponse", () => {
  test("resolves the data and the answer: status, headers, a readable body", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector(), { "x-request-id": "req-1", "x-ratelimit-remaining": "9" }));
    const connect = createConnectClient({ baseUrl: server.url });
    const { data, response } = await connect.withResponse.getConnector(ids);
    expect(data.id).toBe(CONNECTOR);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(response.headers.get("x-ratelimit-remaining")).toBe("9");
    expect(((await response.json()) as { id: string }).id).toBe(CONNECTOR);
    expect(server.requests).toHaveLength(1);
  });

  test("a 204 resolves data undefined with the answer", async () => {
    const server = await startLoopback((_, res) => res.writeHead(204).end());
    const { data, response } = await createConnectClient({ baseUrl: server.url }).withResponse.deleteConnector(ids);
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
  });
});

test("the light entry's core carries no middleware: it says so rather than ignoring it", async () => {
  const { createConnectCore } = await import("../../src/index.js");
  const noop: Middleware = { onRequest: () => undefined };
  expect(() => createConnectCore({ middleware: [noop] })).toThrow(/full clients/);
  expect(() => createConnectCore({ middleware: [] })).not.toThrow();
});
