// node-fetch v2 as the client's `fetch` (what cross-fetch and isomorphic-fetch use in Node, and
// how a proxy agent is often plugged in): its Response body is a Node Readable, not a web
// stream. Over real HTTP, calls resolve, errors keep their meaning, redirects and
// maxResponseBytes hold (the bytes counted as they arrive), and an answer whose body breaks
// is never taken for a connection failure.
import { Agent } from "node:http";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, VersoriConnectionError, VersoriResponseTooLargeError } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback, streamBytes } from "../support/loopback.js";

// node-fetch v2 is CommonJS without types of its own: loaded as a Node program would load it.
const nodeFetch = createRequire(import.meta.url)("node-fetch") as (url: string, init: object) => Promise<unknown>;
const agent = new Agent({ keepAlive: false });
/** The user's wrapper: node-fetch with an agent of theirs (its Response is node-fetch's own). */
const fetch = (url: string, init: RequestInit) => nodeFetch(url, { ...init, agent }) as Promise<Response>;

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const MB = 1024 * 1024;
const create = { name: "Shopify", baseUrl: "https://api.shopify.com", authSchemeConfigs: [], connections: [] };

describe("node-fetch v2 as fetch", () => {
  test("a GET resolves with the answer, sent once; withResponse keeps the headers", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector(), { "x-request-id": "req-1" }));
    const connect = createConnectClient({ baseUrl: server.url, token: "t", fetch });
    await expect(connect.getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
    const { data, response } = await connect.withResponse.getConnector(ids);
    expect(data).toMatchObject({ id: CONNECTOR });
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.headers.authorization).toBe("Bearer t");
  });

  test("a chunked answer without Content-Length, in many pieces, reads whole", async () => {
    const full = JSON.stringify({ ...connector(), name: "Zoë €10 🚀".repeat(2000) });
    const server = await startLoopback((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const bytes = Buffer.from(full);
      for (let i = 0; i < bytes.length; i += 1001) res.write(bytes.subarray(i, i + 1001));
      res.end();
    });
    const got = await createConnectClient({ baseUrl: server.url, fetch }).getConnector(ids);
    expect(got.name).toBe("Zoë €10 🚀".repeat(2000));
  });

  test("a POST answered 201 resolves, sent once", async () => {
    const server = await startLoopback((_, res) => json(res, 201, connector()));
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG, fetch, maxRetries: 3 });
    await expect(connect.createHTTPConnector({ body: create })).resolves.toMatchObject({ id: CONNECTOR });
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual(create);
  });

  test("an error status is the platform's VersoriApiError; a 503 is retried", async () => {
    const server = await startLoopback((seen, res) =>
      seen.n === 1 ? json(res, 503, { code: "unavailable", message: "later" }, { "retry-after": "0" }) : json(res, 404, { code: "not_found", message: "no such connector" }),
    );
    const error = await createConnectClient({ baseUrl: server.url, fetch }).getConnector(ids).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 404, code: "not_found", message: "no such connector" });
    await expect((error as VersoriApiError).response.json()).resolves.toEqual({ code: "not_found", message: "no such connector" });
    expect(server.requests).toHaveLength(2);
  });

  test("a redirect within the origin is followed, its body let go of", async () => {
    const server = await startLoopback((seen, res) => {
      if (seen.n === 2) return json(res, 200, connector());
      res.writeHead(307, { location: `/moved${seen.url}`, "content-type": "text/plain" });
      res.end("see elsewhere");
    });
    await expect(createConnectClient({ baseUrl: server.url, fetch }).getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
    expect(server.requests.map((r) => r.url)).toEqual([`/o/${ORG}/connectors/${CONNECTOR}`, `/moved/o/${ORG}/connectors/${CONNECTOR}`]);
  });

  test.each([
    ["announced by Content-Length", true],
    ["chunked, counted as it arrives", false],
  ])("maxResponseBytes: a 600 MB answer (%s) fails soon, once, without downloading it", { timeout: 60_000 }, async (_, declared) => {
    let sent = () => 0;
    const server = await startLoopback((_seen, res) => {
      sent = streamBytes(res, 600 * MB, declared ? { "content-length": 600 * MB } : {});
    });
    const error = await createConnectClient({ baseUrl: server.url, fetch, maxResponseBytes: MB, maxRetries: 2 })
      .getConnector(ids)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: MB });
    expect(server.requests).toHaveLength(1);
    expect(sent()).toBeLessThan(100 * MB);
  });
});

describe("an answer whose body breaks off is answered, not a connection failure", () => {
  /**
   * Answers `status` with the head of a JSON body, then destroys the socket; later requests get
   * the whole body. node-fetch v2 notices the break only in a chunked body: with Content-Length
   * its stream waits for the rest, and the attempt's deadline ends it (a VersoriTimeoutError).
   */
  const cutOff = (status: number, chunked: boolean) =>
    startLoopback((seen, res) => {
      const full = JSON.stringify(connector());
      res.writeHead(status, { "content-type": "application/json", "x-request-id": `req-${seen.n}`, ...(chunked ? {} : { "content-length": Buffer.byteLength(full) }) });
      if (seen.n > 1) return res.end(full);
      res.write(full.slice(0, 40));
      setImmediate(() => res.socket?.destroy());
    });
  const globalFetch = (url: string, init: RequestInit) => globalThis.fetch(url, init);

  test.each([
    ["node-fetch, chunked", fetch, true],
    ["the global fetch, chunked", globalFetch, true],
    ["the global fetch, with Content-Length", globalFetch, false],
  ])("a POST answered 201 whose body is cut off (%s): VersoriApiError invalid_response with the status, sent once", async (_, fetchImpl, chunked) => {
    const server = await cutOff(201, chunked);
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG, fetch: fetchImpl, maxRetries: 3 });
    const error = await connect.createHTTPConnector({ body: create }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(VersoriConnectionError);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 201, code: "invalid_response", requestId: "req-1", operationId: "CreateHTTPConnector" });
    expect((error as Error).message).toMatch(/answer \(201\) broke off/);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(1);
  });

  test("a GET whose body is cut off is read again (idempotent), through node-fetch", async () => {
    const server = await cutOff(200, true);
    await expect(createConnectClient({ baseUrl: server.url, fetch }).getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
    expect(server.requests).toHaveLength(2);
  });
});
