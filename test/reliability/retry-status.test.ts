// Retries driven by the answer's status and Retry-After, against a real server. Time is fake:
// the server stamps each request with (fake) Date.now(), so gaps are measured, not slept.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, VersoriError } from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { connector, CONNECTOR, ORG, update } from "../support/fake-fetch.js";
import { json, startLoopback, type SeenRequest } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
// What stepping fake time may add on top of a wait while bytes cross the loopback.
const SLACK = 300;
const gaps = (requests: SeenRequest[]) => requests.slice(1).map((r, i) => r.at - requests[i]!.at);

/** Answers the scripted statuses in turn, then 200 with the connector. */
async function scripted(script: { status: number; headers?: (now: number) => Record<string, string> }[]) {
  return startLoopback((seen, res) => {
    const step = script[seen.n - 1];
    if (!step) return json(res, 200, connector());
    json(res, step.status, { code: `s${step.status}`, message: "scripted" }, step.headers?.(Date.now()));
  });
}

describe("retried statuses", () => {
  test("503 then 200: resolves after 2 attempts with the same body bytes, after a 0.375–0.5 s backoff", async () => {
    useFakeClock();
    const server = await scripted([{ status: 503 }]);
    const connect = createConnectClient({ baseUrl: server.url, token: "t" });
    const outcome = await settle(connect.updateConnector({ ...ids, body: update() }));
    expect(outcome).toMatchObject({ ok: true, value: { id: CONNECTOR } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => r.method)).toEqual(["PUT", "PUT"]);
    expect(server.requests[1]!.body.equals(server.requests[0]!.body)).toBe(true);
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual(update());
    const [gap] = gaps(server.requests);
    expect(gap).toBeGreaterThanOrEqual(375);
    expect(gap).toBeLessThan(500 + SLACK);
  });

  test("the backoff doubles, and the last answer is the rejection after maxRetries + 1 attempts", async () => {
    useFakeClock();
    const server = await scripted([{ status: 503 }, { status: 502 }, { status: 504 }, { status: 500 }]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url, maxRetries: 2 }).getConnector(ids));
    expect(outcome.ok).toBe(false);
    const error = (outcome as { error: VersoriApiError }).error;
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toBeInstanceOf(VersoriError);
    expect(error.status).toBe(504);
    expect(server.requests).toHaveLength(3);
    const [first, second] = gaps(server.requests);
    expect(first).toBeGreaterThanOrEqual(375);
    expect(second).toBeGreaterThanOrEqual(750);
    expect(second).toBeLessThan(1000 + SLACK);
  });

  test.each([400, 401, 403, 404, 409, 422, 501])("%s is not retried", async (status) => {
    const server = await scripted([{ status }]);
    await expect(createConnectClient({ baseUrl: server.url }).getConnector(ids)).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });
});

describe("Retry-After", () => {
  test("429 with Retry-After: 1 waits 1 s (not the 0.5 s backoff), 2 attempts", async () => {
    useFakeClock();
    const server = await scripted([{ status: 429, headers: () => ({ "Retry-After": "1" }) }]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url }).getConnector(ids));
    expect(outcome.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    const [gap] = gaps(server.requests);
    expect(gap).toBeGreaterThanOrEqual(1000);
    expect(gap).toBeLessThan(1000 + SLACK);
  });

  test("429 with Retry-After as an HTTP date waits until then", async () => {
    useFakeClock();
    const server = await scripted([
      { status: 429, headers: (now) => ({ "Retry-After": new Date(now + 2000).toUTCString() }) },
    ]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url }).getConnector(ids));
    expect(outcome.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    const [gap] = gaps(server.requests);
    expect(gap).toBeGreaterThanOrEqual(2000);
    expect(gap).toBeLessThan(2000 + SLACK);
  });

  test("Retry-After of 60 s is still waited for", async () => {
    useFakeClock();
    const server = await scripted([{ status: 503, headers: () => ({ "Retry-After": "60" }) }]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url }).getConnector(ids), { stepMs: 250 });
    expect(outcome.ok).toBe(true);
    expect(gaps(server.requests)[0]).toBeGreaterThanOrEqual(60_000);
  });

  test.each(["61", "3600"])("Retry-After: %s (over 60 s) ends the retries at once", async (seconds) => {
    useFakeClock();
    const server = await scripted([{ status: 429, headers: () => ({ "Retry-After": seconds }) }]);
    // Well under the 61 s asked: a client that waited would still be waiting.
    const outcome = await settle(createConnectClient({ baseUrl: server.url, maxRetries: 5 }).getConnector(ids), { limitMs: 5000 });
    const error = (outcome as { error?: unknown }).error;
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  test("a far HTTP date ends the retries too", async () => {
    useFakeClock();
    const server = await scripted([
      { status: 503, headers: (now) => ({ "Retry-After": new Date(now + 3_600_000).toUTCString() }) },
    ]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url }).getConnector(ids), { limitMs: 5000 });
    expect(outcome).toMatchObject({ ok: false, error: { status: 503 } });
    expect(server.requests).toHaveLength(1);
  });
});

describe("Retry-After that asks for no wait", () => {
  // The backoff's own floor for retries 1, 2, 3: 0.5, 1 and 2 s less the most jitter can take (25 %).
  const FLOORS = [375, 750, 1500];

  test.each([
    ["Retry-After: 0", () => ({ "Retry-After": "0" })],
    ["a date in the past", (now: number) => ({ "Retry-After": new Date(now - 3_600_000).toUTCString() })],
    ["the current date", (now: number) => ({ "Retry-After": new Date(now).toUTCString() })],
  ])("%s still waits the backoff, even with a large maxRetries", async (_, headers) => {
    useFakeClock();
    const server = await scripted([
      { status: 503, headers },
      { status: 429, headers },
      { status: 503, headers },
    ]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url, maxRetries: 50 }).getConnector(ids));
    expect(outcome.ok).toBe(true);
    expect(server.requests).toHaveLength(4);
    gaps(server.requests).forEach((gap, i) => expect(gap, `wait before retry ${i + 1}`).toBeGreaterThanOrEqual(FLOORS[i]!));
  });

  test("a Retry-After shorter than the backoff does not shorten it; a longer one lengthens it", async () => {
    useFakeClock();
    const server = await scripted([
      { status: 503 },
      { status: 503 },
      { status: 503, headers: () => ({ "Retry-After": "1" }) }, // less than the third backoff (1.5–2 s)
      { status: 503, headers: () => ({ "Retry-After": "9" }) }, // more than the fourth (3–4 s)
    ]);
    const outcome = await settle(createConnectClient({ baseUrl: server.url, maxRetries: 4 }).getConnector(ids));
    expect(outcome.ok).toBe(true);
    const waits = gaps(server.requests);
    expect(waits[2]).toBeGreaterThanOrEqual(1500);
    expect(waits[3]).toBeGreaterThanOrEqual(9000);
    expect(waits[3]).toBeLessThan(9000 + SLACK);
  });
});
