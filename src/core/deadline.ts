// Runs one attempt under a deadline and the caller's signal. Whichever comes first settles the
// attempt and aborts the work, so the timeout also covers reading the body, and a fetch that
// ignores its signal still cannot hold the caller.
import { whenAborted } from "./abort.js";

export function withDeadline<T>(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  onTimeout: () => Error,
  work: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  if (callerSignal?.aborted) return Promise.reject(callerSignal.reason);
  // Nothing can abort this attempt: fetch gets no signal, which spares it the cost of one.
  if (!(timeoutMs > 0) && !callerSignal) return work(undefined);
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const fail = (reason: unknown) => {
      controller.abort(reason);
      done();
      reject(reason);
    };
    const timer = timeoutMs > 0 ? setTimeout(() => fail(onTimeout()), timeoutMs) : undefined;
    const stopWatching = callerSignal && whenAborted(callerSignal, () => fail(callerSignal.reason));
    const done = () => {
      clearTimeout(timer);
      stopWatching?.();
    };
    work(controller.signal).finally(done).then(resolve, reject);
  });
}
