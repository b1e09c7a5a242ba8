// The pure parts of the retry policy: which answers are retried, the backoff curve, reading
// Retry-After, and a sleep that gives way to the caller's signal.
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import {
  backoffMs,
  BASE_DELAY_MS,
  isIdempotent,
  isRetryableStatus,
  MAX_DELAY_MS,
  retryAfterMs,
  sleep,
} from "../../src/core/retry.js";
import { useFakeClock } from "../support/clock.js";

describe("what is retried", () => {
  test("statuses", () => {
    for (const s of [408, 429, 500, 502, 503, 504]) expect(isRetryableStatus(s), String(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 409, 422, 501, 505]) expect(isRetryableStatus(s), String(s)).toBe(false);
  });

  test("methods", () => {
    for (const m of ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]) expect(isIdempotent(m), m).toBe(true);
    for (const m of ["POST", "PATCH"]) expect(isIdempotent(m), m).toBe(false);
  });
});

describe("backoffMs", () => {
  test("doubles from 0.5 s, capped at 8 s, jitter takes off at most 25 %", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, r) => {
        const full = Math.min(BASE_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS);
        const delay = backoffMs(retry, () => r);
        expect(delay).toBeLessThanOrEqual(full);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(full * 0.75));
      }),
    );
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2030-01-01T00:00:00Z");

  test("delta-seconds", () => {
    expect(retryAfterMs("1", now)).toBe(1000);
    expect(retryAfterMs(" 120 ", now)).toBe(120_000);
    expect(retryAfterMs("0", now)).toBe(0);
  });

  test("an HTTP date (any of the three formats), in the future or the past", () => {
    expect(retryAfterMs("Tue, 01 Jan 2030 00:00:02 GMT", now)).toBe(2000);
    expect(retryAfterMs("Tuesday, 01-Jan-30 00:00:03 GMT", now)).toBe(3000);
    expect(retryAfterMs("Tue Jan  1 00:00:04 2030", Date.parse("2030-01-01T00:00:00"))).toBe(4000);
    expect(retryAfterMs("Mon, 31 Dec 2029 23:59:00 GMT", now)).toBe(0);
  });

  test("absent or unreadable", () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
    // Date.parse would read these as dates in 2001, i.e. "retry now".
    expect(retryAfterMs("-5", now)).toBeUndefined();
    expect(retryAfterMs("1.5", now)).toBeUndefined();
  });
});

describe("sleep", () => {
  test("resolves after the delay", async () => {
    useFakeClock();
    let done = false;
    const p = sleep(1000, undefined).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(done).toBe(true);
  });

  test("rejects with the signal's reason on abort, and leaves no timer", async () => {
    useFakeClock();
    const controller = new AbortController();
    const p = sleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
    expect(vi.getTimerCount()).toBe(0);
    await expect(sleep(10, controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});
