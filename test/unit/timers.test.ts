// The timers of a call are gone when it ends: the deadline's after a success, a failure and an
// abort (a timer left behind keeps Node alive up to timeoutMs after each call), and the backoff's
// when the caller aborts during the wait (which rejects at once, with the caller's reason).
import { afterEach, describe, expect, test, vi } from "vitest";
import { withDeadline } from "../../src/core/deadline.js";
import { sleep } from "../../src/core/retry.js";
import { createConnectClient } from "../../src/index.js";
import { connector, CONNECTOR, jsonResponse, ORG } from "../support/fake-fetch.js";

afterEach(() => {
  vi.useRealTimers();
});

const timeout = () => new Error("timed out");

describe("withDeadline clears its timer", () => {
  test("after a success", async () => {
    vi.useFakeTimers();
    await expect(withDeadline(60_000, undefined, timeout, async () => "done")).resolves.toBe("done");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("after a failure", async () => {
    vi.useFakeTimers();
    await expect(withDeadline(60_000, new AbortController().signal, timeout, async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(vi.getTimerCount()).toBe(0);
  });

  test("after the caller's abort, which it rejects with, aborting the work's signal", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let inner: AbortSignal | undefined;
    const pending = withDeadline(60_000, controller.signal, timeout, (signal) => {
      inner = signal;
      return new Promise<never>(() => {});
    });
    const reason = new DOMException("stop", "AbortError");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(inner?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("a whole call leaves no timer, answered or failed", async () => {
    vi.useFakeTimers();
    const ids = { organisationId: ORG, connectorId: CONNECTOR };
    const ok = createConnectClient({ baseUrl: "https://api.test", fetch: async () => jsonResponse(200, connector()) });
    await ok.getConnector(ids);
    expect(vi.getTimerCount()).toBe(0);
    const failing = createConnectClient({ baseUrl: "https://api.test", maxRetries: 0, fetch: async () => jsonResponse(404, { code: "not_found", message: "no" }) });
    await expect(failing.getConnector(ids)).rejects.toMatchObject({ status: 404 });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the backoff's wait", () => {
  test("ends at once when the caller aborts, with the caller's reason, its timer cleared", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const wait = sleep(8_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    const reason = new DOMException("stop", "AbortError");
    controller.abort(reason);
    await expect(wait).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("runs its time when nothing aborts it", async () => {
    vi.useFakeTimers();
    let done = false;
    const wait = sleep(500, new AbortController().signal).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await wait;
    expect(done).toBe(true);
  });
});
