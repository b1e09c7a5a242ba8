// The caller's signal wins at once, whatever the client is doing: the call rejects with the
// signal's reason (an AbortError), never with a VersoriError, and nothing is sent afterwards.
import { expect, test, vi } from "vitest";
import { createConnectClient, VersoriError } from "../../src/index.js";
import { useFakeClock, waitReal } from "../support/clock.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

function expectAbortError(error: unknown) {
  expect(error).toMatchObject({ name: "AbortError" });
  expect(error).not.toBeInstanceOf(VersoriError);
}

test("aborting during the backoff rejects at once with AbortError, and no retry is sent", async () => {
  useFakeClock();
  const server = await startLoopback((_, res) => json(res, 503, { code: "unavailable", message: "later" }));
  // Hands over answers already read in full, so once one is handed over only promise work is
  // left before the client starts its (fake, frozen) backoff sleep.
  let delivered = 0;
  const fetch = async (url: string, init: RequestInit) => {
    const res = await globalThis.fetch(url, init);
    const body = await res.arrayBuffer();
    delivered++;
    return new Response(body, { status: res.status, headers: res.headers });
  };
  const controller = new AbortController();
  let settled = false;
  const call = createConnectClient({ baseUrl: server.url, fetch, timeoutMs: 0 })
    .getConnector({ ...ids, signal: controller.signal })
    .catch((e: unknown) => e)
    .finally(() => (settled = true));
  await waitReal(() => delivered === 1);
  await new Promise((resolve) => setImmediate(resolve));
  expect(settled).toBe(false); // sleeping: fake time does not move

  controller.abort();
  // Fake time stays frozen, so only the abort itself can settle the call (bounded, so a
  // regression fails here rather than at the test timeout).
  await waitReal(() => settled);
  expectAbortError(await call);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(server.requests).toHaveLength(1);
});

test("aborting during a request rejects at once with AbortError, not a VersoriTimeoutError", async () => {
  useFakeClock();
  const server = await startLoopback(() => {}); // never answers
  const controller = new AbortController();
  let settled = false;
  const call = createConnectClient({ baseUrl: server.url, timeoutMs: 200 })
    .getConnector({ ...ids, signal: controller.signal })
    .catch((e: unknown) => e)
    .finally(() => (settled = true));
  await server.seen(1);
  controller.abort();
  // Fake time is frozen: the 200 ms deadline cannot be what settles it.
  await waitReal(() => settled);
  expectAbortError(await call);
  await vi.advanceTimersByTimeAsync(10_000);
  expect(server.requests).toHaveLength(1);
});

test("the signal's own reason is passed through", async () => {
  const server = await startLoopback(() => {});
  const controller = new AbortController();
  const reason = new Error("user navigated away");
  const call = createConnectClient({ baseUrl: server.url }).getConnector({ ...ids, signal: controller.signal });
  await server.seen(1);
  controller.abort(reason);
  await expect(call).rejects.toBe(reason);
});

test("an already aborted signal sends nothing", async () => {
  const server = await startLoopback((_, res) => json(res, 200, connector()));
  const call = createConnectClient({ baseUrl: server.url }).getConnector({ ...ids, signal: AbortSignal.abort() });
  expectAbortError(await call.catch((e: unknown) => e));
  expect(server.requests).toHaveLength(0);
});
