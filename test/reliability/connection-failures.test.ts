// Failures without a usable answer: a reset socket, a refused port (VersoriConnectionError), a
// body cut off half way (answered, so a VersoriApiError), each with the underlying cause and
// retried for idempotent calls.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, VersoriConnectionError, VersoriError, VersoriTimeoutError } from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { connector, CONNECTOR, ORG, update } from "../support/fake-fetch.js";
import { refusedPort, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

function rejected(outcome: { ok: true; value: unknown } | { ok: false; error: unknown }): unknown {
  expect(outcome.ok).toBe(false);
  return outcome.ok ? undefined : outcome.error;
}

describe("connection failures", () => {
  test("a reset connection: VersoriConnectionError with cause after maxRetries + 1 attempts", async () => {
    useFakeClock();
    const server = await startLoopback((_, res) => res.socket?.destroy());
    const connect = createConnectClient({ baseUrl: server.url, token: "t", maxRetries: 2 });
    const error = rejected(await settle(connect.updateConnector({ ...ids, body: update() })));
    expect(error).toBeInstanceOf(VersoriConnectionError);
    expect(error).toBeInstanceOf(VersoriError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect((error as VersoriConnectionError).request).toMatchObject({ method: "PUT" });
    expect(server.requests).toHaveLength(3);
  });

  test("a refused port: VersoriConnectionError naming ECONNREFUSED, retried", async () => {
    useFakeClock();
    const port = await refusedPort();
    let attempts = 0;
    const fetch = (url: string, init: RequestInit) => {
      attempts++;
      return globalThis.fetch(url, init);
    };
    const connect = createConnectClient({ baseUrl: `http://127.0.0.1:${port}`, fetch, maxRetries: 1 });
    const error = rejected(await settle(connect.getConnector(ids)));
    expect(error).toBeInstanceOf(VersoriConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect((error as Error).cause).toBeDefined();
    expect(attempts).toBe(2);
  });

  test("a body cut off half way (socket destroyed): retried; the last one is VersoriApiError invalid_response, not a connection failure", async () => {
    useFakeClock();
    const full = JSON.stringify(connector());
    const server = await startLoopback((seen, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(full) });
      if (seen.n > 1) return res.end(full);
      res.write(full.slice(0, 40));
      setImmediate(() => res.socket?.destroy());
    });
    const connect = createConnectClient({ baseUrl: server.url });
    const outcome = await settle(connect.getConnector(ids));
    expect(outcome).toMatchObject({ ok: true, value: { id: CONNECTOR } });
    expect(server.requests).toHaveLength(2);

    // With no retry left, the cut-off answer is the error itself.
    const lone = await startLoopback((_, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(full) });
      res.write(full.slice(0, 40));
      setImmediate(() => res.socket?.destroy());
    });
    const error = rejected(await settle(createConnectClient({ baseUrl: lone.url, maxRetries: 0 }).getConnector(ids)));
    expect(error).not.toBeInstanceOf(VersoriConnectionError);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 200, code: "invalid_response", operationId: "GetConnector" });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  test("a body that stops half way and hangs: VersoriTimeoutError per attempt, and retried", async () => {
    useFakeClock();
    const full = JSON.stringify(connector());
    const server = await startLoopback((seen, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(full) });
      if (seen.n > 1) return res.end(full);
      res.write(full.slice(0, 40)); // and nothing more
    });
    // A roomy deadline: the retry must not time out while fake time steps during its transit.
    const connect = createConnectClient({ baseUrl: server.url, timeoutMs: 1000 });
    const outcome = await settle(connect.getConnector(ids));
    expect(outcome).toMatchObject({ ok: true, value: { id: CONNECTOR } });
    expect(server.requests).toHaveLength(2);

    const lone = await startLoopback((_, res) => {
      res.writeHead(200, { "content-length": Buffer.byteLength(full) });
      res.write(full.slice(0, 40));
    });
    const error = rejected(await settle(createConnectClient({ baseUrl: lone.url, timeoutMs: 200, maxRetries: 0 }).getConnector(ids)));
    expect(error).toBeInstanceOf(VersoriTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200 });
  });
});
