// Fake timers next to real sockets. Only setTimeout/clearTimeout/Date are faked, so real I/O
// and setImmediate keep running; time moves only when a test moves it.
import { onTestFinished, vi } from "vitest";

/** Fakes the clock for this test, starting at a whole second so HTTP dates are exact. */
export function useFakeClock(start = Date.parse("2030-01-01T00:00:00Z")): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(start);
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

/**
 * Moves fake time forward `stepMs` at a time, giving real I/O a turn between steps, until
 * `done()` holds. Steps are small so that "when" is measured to within a few steps.
 */
export async function stepUntil(done: () => boolean, { stepMs = 10, limitMs = 120_000 } = {}): Promise<void> {
  for (let moved = 0; !done(); moved += stepMs) {
    if (moved > limitMs) throw new Error(`still waiting after ${limitMs} fake ms`);
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(stepMs);
  }
}

/** Settles `promise` while stepping fake time; resolves to its outcome. */
export async function settle<T>(promise: Promise<T>, options?: { stepMs?: number; limitMs?: number }) {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  promise.then(
    (value) => (outcome = { ok: true, value }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  await stepUntil(() => outcome !== undefined, options);
  return outcome!;
}

/**
 * Waits in real time, never touching fake time, until `done()` holds. (vi.waitFor moves fake
 * timers while it polls, which would let a deadline or backoff fire behind the test's back.)
 */
export async function waitReal(done: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
