// Answers larger than `maxResponseBytes` end the call with a VersoriResponseTooLargeError as
// soon as the limit is passed (at once when Content-Length says so), and are never downloaded
// again: a complete answer is not retried because of its size or how it decodes.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriError, VersoriResponseTooLargeError } from "../../src/index.js";
import { CONNECTOR, ORG } from "../support/fake-fetch.js";
import { startLoopback, streamBytes as stream } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const MB = 1024 * 1024;

async function tooLarge(promise: Promise<unknown>): Promise<VersoriResponseTooLargeError> {
  const error = await promise.then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "VersoriResponseTooLargeError" });
  expect(error).toBeInstanceOf(VersoriResponseTooLargeError);
  expect(error).toBeInstanceOf(VersoriError);
  return error as VersoriResponseTooLargeError;
}

describe("maxResponseBytes", () => {
  const body = JSON.stringify({ id: CONNECTOR, name: "x".repeat(5000) });

  test.each([
    ["with Content-Length", true],
    ["chunked, without Content-Length", false],
  ])("an answer over the limit (%s) fails and is not retried", async (_, withLength) => {
    const srv = await startLoopback((_seen, res) => {
      res.writeHead(200, { "content-type": "application/json", ...(withLength ? { "content-length": Buffer.byteLength(body) } : {}) });
      // In pieces, so the limit is crossed part way through the reading.
      for (let i = 0; i < body.length; i += 1000) res.write(body.slice(i, i + 1000));
      res.end();
    });
    const connect = createConnectClient({ baseUrl: srv.url, maxResponseBytes: 1000, maxRetries: 2 });
    const error = await tooLarge(connect.getConnector(ids));
    expect(error.maxResponseBytes).toBe(1000);
    expect(error.status).toBe(200);
    expect(error.message).toContain("1000");
    expect(error.request).toMatchObject({ method: "GET" });
    expect(srv.requests).toHaveLength(1);
  });

  test("an error answer over the limit fails the same way, also when its status is retryable", async () => {
    const srv = await startLoopback((_seen, res) => {
      res.writeHead(503, { "content-type": "text/html" });
      res.end("<html>".padEnd(4000, "x"));
    });
    const connect = createConnectClient({ baseUrl: srv.url, maxResponseBytes: 1000 });
    const error = await tooLarge(connect.getConnector(ids));
    expect(error.status).toBe(503);
    expect(srv.requests).toHaveLength(1);
  });

  test("an answer of exactly the limit, in many pieces and with characters split between them, is read whole", async () => {
    const text = JSON.stringify({ id: CONNECTOR, name: "Größe ✓ 🚀".repeat(40) });
    const bytes = Buffer.from(text);
    const srv = await startLoopback(async (_seen, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      // 7-byte pieces cut through multi-byte characters.
      for (let i = 0; i < bytes.length; i += 7) {
        res.write(bytes.subarray(i, i + 7));
        await new Promise((resolve) => setImmediate(resolve));
      }
      res.end();
    });
    const connect = createConnectClient({ baseUrl: srv.url, maxResponseBytes: bytes.length });
    await expect(connect.getConnector(ids)).resolves.toEqual(JSON.parse(text));
  });

  // A browser's cross-origin answer (type "cors") shows Content-Length, the size on the wire, and
  // hides Content-Encoding: the length cannot be trusted as the decoded size. test/browser/ has
  // the same in Chromium; here a Response of that type, as a browser's fetch would hand it over.
  test("an answer whose headers the browser filtered is measured as it decodes, whatever Content-Length says", async () => {
    const filtered = () => {
      const response = new Response(body, { headers: { "content-type": "application/json", "content-length": "100" } });
      Object.defineProperty(response, "type", { value: "cors" });
      return response;
    };
    const connect = createConnectClient({ baseUrl: "http://api.test", fetch: async () => filtered(), maxResponseBytes: 1000 });
    const error = await tooLarge(connect.getConnector(ids));
    expect(error.maxResponseBytes).toBe(1000);
  });

  test.each([0, -1, 1.5, Number.NaN, 2 ** 29 + 1, Infinity])("maxResponseBytes %s is refused at creation", (n) => {
    expect(() => createConnectClient({ baseUrl: "http://127.0.0.1:9", maxResponseBytes: n })).toThrow(TypeError);
  });
});

describe("the default limit", () => {
  test("a declared Content-Length exactly at the limit is read, as the same bytes chunked are", async () => {
    const exact = JSON.stringify({ id: CONNECTOR, name: "y".repeat(300) });
    const limit = Buffer.byteLength(exact);
    for (const declared of [true, false]) {
      const srv = await startLoopback((_seen, res) => {
        res.writeHead(200, { "content-type": "application/json", ...(declared ? { "content-length": limit } : {}) });
        res.end(exact);
      });
      const connect = createConnectClient({ baseUrl: srv.url, maxResponseBytes: limit, maxRetries: 0 });
      await expect(connect.getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR, name: "y".repeat(300) });
      // One byte less is over.
      await tooLarge(createConnectClient({ baseUrl: srv.url, maxResponseBytes: limit - 1, maxRetries: 0 }).getConnector(ids));
    }
  });

  test("a 600 MB answer announced by Content-Length fails at once, without downloading it", { timeout: 60_000 }, async () => {
    let sent = () => 0;
    const srv = await startLoopback((_seen, res) => {
      sent = stream(res, 600 * MB, { "content-length": 600 * MB });
    });
    const error = await tooLarge(createConnectClient({ baseUrl: srv.url }).getConnector(ids));
    expect(error.maxResponseBytes).toBe(64 * MB);
    expect(srv.requests).toHaveLength(1);
    expect(sent()).toBeLessThan(100 * MB);
  });

  test("a 600 MB chunked answer stops soon after the limit, once", { timeout: 60_000 }, async () => {
    let sent = () => 0;
    const srv = await startLoopback((_seen, res) => {
      sent = stream(res, 600 * MB, {});
    });
    const error = await tooLarge(createConnectClient({ baseUrl: srv.url }).getConnector(ids));
    expect(error.maxResponseBytes).toBe(64 * MB);
    expect(srv.requests).toHaveLength(1);
    expect(sent()).toBeLessThan(200 * MB);
  });
});
