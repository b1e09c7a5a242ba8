// When to send a request again, and how long to wait first.
import { whenAborted } from "./abort.js";

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"];

export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;
/** Longest `Retry-After` the client waits for; a longer one ends the retries. */
export const MAX_RETRY_AFTER_MS = 60_000;

export const isRetryableStatus = (status: number): boolean => RETRY_STATUSES.includes(status);
export const isIdempotent = (method: string): boolean => IDEMPOTENT.includes(method);

/** Exponential backoff with jitter: attempt 1 waits 0.5 s, then 1 s, 2 s... at most 8 s, less up to 25 %. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const delay = Math.min(BASE_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS);
  return Math.round(delay * (1 - 0.25 * random()));
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or an HTTP date), or undefined
 * when it is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  // An absent header reads as "", which neither form matches.
  const text = header?.trim() ?? "";
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse reads almost anything ("-5" is May 2001, so an instant retry); an HTTP date names its month.
  const date = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `retry`: the backoff, or longer when the answer's Retry-After
 * asks for longer. A Retry-After of 0 or a past date never shortens it: a server that keeps
 * answering "retry now" would otherwise be hammered without pause.
 */
export function retryDelayMs(retry: number, retryAfter: number | undefined, random?: () => number): number {
  return Math.max(backoffMs(retry, random), retryAfter ?? 0);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stopWatching = signal
      ? whenAborted(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      stopWatching?.();
      resolve();
    }, ms);
  });
}
