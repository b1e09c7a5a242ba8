// A server that never answers: each attempt ends after timeoutMs with a VersoriTimeoutError,
// and the call gives up after maxRetries + 1 attempts. Fake time is moved only once the server
// has seen the attempt, so every attempt is known to have reached it.
import { expect, onTestFinished, test, vi } from "vitest";
import { createConnectClient, VersoriError, VersoriTimeoutError } from "../../src/index.js";
import { useFakeClock } from "../support/clock.js";
import { CONNECTOR, ORG } from "../support/fake-fetch.js";
import { startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

test("never answering: VersoriTimeoutError with timeoutMs 200 after maxRetries + 1 attempts", async () => {
  useFakeClock();
  // No jitter: backoffs are exactly 500 then 1000 ms, so each advance below ends right as the
  // next attempt starts, well before its own deadline.
  vi.spyOn(Math, "random").mockReturnValue(0);
  onTestFinished(() => {
    vi.restoreAllMocks();
  });
  const server = await startLoopback(() => {}); // holds every request open
  const connect = createConnectClient({ baseUrl: server.url, token: "t", timeoutMs: 200, maxRetries: 2 });
  let outcome: unknown;
  const call = connect.getConnector(ids).catch((e: unknown) => e);
  void call.then((e) => (outcome = e));

  await server.seen(1);
  await vi.advanceTimersByTimeAsync(199);
  expect(outcome).toBeUndefined(); // not before its time
  // Deadline of attempt 1, then 0.5 s of backoff.
  await vi.advanceTimersByTimeAsync(1 + 500);
  await server.seen(2);
  // Deadline of attempt 2, then 1 s of backoff.
  await vi.advanceTimersByTimeAsync(200 + 1000);
  await server.seen(3);
  expect(outcome).toBeUndefined();
  await vi.advanceTimersByTimeAsync(200);

  const error = await call;
  expect(error).toBeInstanceOf(VersoriTimeoutError);
  expect(error).toBeInstanceOf(VersoriError);
  expect(error).toMatchObject({ name: "VersoriTimeoutError", timeoutMs: 200, request: { method: "GET" } });
  expect((error as Error).message).toContain("200 ms");
  expect(server.requests).toHaveLength(3);
});

test("a per-call timeoutMs overrides the client's", async () => {
  useFakeClock();
  const server = await startLoopback(() => {});
  const connect = createConnectClient({ baseUrl: server.url, timeoutMs: 60_000, maxRetries: 0 });
  const call = connect.getConnector({ ...ids, timeoutMs: 50 }).catch((e: unknown) => e);
  await server.seen(1);
  await vi.advanceTimersByTimeAsync(50);
  await expect(call).resolves.toMatchObject({ name: "VersoriTimeoutError", timeoutMs: 50 });
});

test("timeoutMs: 0 means no deadline", async () => {
  useFakeClock();
  const server = await startLoopback((seen, res) => {
    // Answers only once an hour of fake time has passed.
    const answer = () => (Date.now() - seen.at >= 3_600_000 ? res.end("{}") : setImmediate(answer));
    answer();
  });
  const connect = createConnectClient({ baseUrl: server.url, timeoutMs: 0, maxRetries: 0 });
  const call = connect.getConnector(ids);
  await server.seen(1);
  await vi.advanceTimersByTimeAsync(3_600_000);
  await expect(call).resolves.toEqual({});
});

// Node keeps timers in a signed 32-bit field: a longer delay fires after 1 ms. Such a value is
// refused before any request rather than turned into a 1 ms deadline.
test.each([2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER])("timeoutMs %s is refused with a TypeError, per client and per call", async (timeoutMs) => {
  const server = await startLoopback((_, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
  expect(() => createConnectClient({ baseUrl: server.url, timeoutMs })).toThrow(TypeError);
  const connect = createConnectClient({ baseUrl: server.url, maxRetries: 0 });
  const error = await connect.getConnector({ ...ids, timeoutMs }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as Error).message).toMatch(/timeoutMs/);
  expect(server.requests).toHaveLength(0);
});

test("the largest timer Node keeps, 2^31 - 1 ms, is accepted and does not fire early", async () => {
  const server = await startLoopback((_, res) => {
    // Answers only after a few turns of the event loop: a 1 ms deadline would have fired.
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end("{}"), 20);
  });
  const connect = createConnectClient({ baseUrl: server.url, timeoutMs: 2 ** 31 - 1, maxRetries: 0 });
  await expect(connect.getConnector(ids)).resolves.toEqual({});
});
