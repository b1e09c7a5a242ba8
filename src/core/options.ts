// Client and per-call options, and their validation. Invalid options are programming errors:
// they throw TypeError at once, before any request, and never echo a secret value.
// Every optional property also takes `undefined`, so callers compiling with
// exactOptionalPropertyTypes can pass `process.env.X` or forward `AbortSignal | undefined`.
import type { Logger, LogLevel, TracerLike } from "./telemetry/types.js";

/**
 * The fetch the client calls, always as `fetch(url, init)` with a string URL and a plain init
 * (method, headers object, body, signal, redirect). The global `fetch` fits, and so does any wrapper.
 */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** A token, or a function that returns the current one (read before every attempt). */
export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

/** Headers as a plain object, a `Headers` (or a Map), or `[name, value]` pairs. */
export type HeadersInput = Record<string, string> | Headers | ReadonlyMap<string, string> | readonly (readonly [string, string])[];

export interface ClientOptions {
  /** Base URL of the API. Defaults to the production URL of the API in question. */
  baseUrl?: string | undefined;
  /** API key (Bearer) or signing-key JWT. Omit to send no `Authorization` header. */
  token?: TokenSource | undefined;
  /** How the token is sent: `Bearer <token>` (API keys, the default) or `JWT <token>` (signing-key JWTs). */
  authScheme?: "Bearer" | "JWT" | undefined;
  /** Headers sent with every request. An `Authorization` among them is sent instead of the token. */
  headers?: HeadersInput | undefined;
  /** The fetch implementation to use. Defaults to the global fetch. */
  fetch?: FetchFunction | undefined;
  /** Milliseconds one attempt may take, from sending to the last byte of the body. Default 60000; 0: none. */
  timeoutMs?: number | undefined;
  /** How many times a failed idempotent request is sent again. Default 2. */
  maxRetries?: number | undefined;
  /** Largest answer body read, in bytes; a larger one is a VersoriResponseTooLargeError. Default 64 MiB. */
  maxResponseBytes?: number | undefined;
  /** More header names to redact on errors, besides those that say they carry a credential. */
  redactHeaders?: readonly string[] | undefined;
  /**
   * An OpenTelemetry Tracer (`trace.getTracer("my-app")`): one CLIENT span per request sent, named
   * and described as the HTTP client conventions say (guides/tracing.md). Without one, no tracing
   * code is loaded.
   */
  tracer?: TracerLike | undefined;
  /** Send the W3C `traceparent` (and `tracestate`) header with each traced request to the base URL's origin. Default true. */
  propagateTrace?: boolean | undefined;
  /** Where log lines go: any object with debug, info, warn and error methods (console, pino, winston). Default console. */
  logger?: Logger | undefined;
  /** The least severe level logged. Default `"off"`, or in Node the `VERSORI_LOG` environment variable. */
  logLevel?: LogLevel | undefined;
}

export interface CallOptions {
  /** Aborts the call; it then rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal | undefined;
  /** Headers for this call only; they override the client's headers (and the token, for `Authorization`). */
  headers?: HeadersInput | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /** Declares a POST safe to repeat, so it is retried like GET, PUT and DELETE. */
  idempotent?: boolean | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Node keeps timer delays in a signed 32-bit field: a longer one fires after 1 ms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/** The longest string V8 makes (64-bit): a body of more UTF-8 bytes may not decode at all. */
export const MAX_RESPONSE_BYTES = 2 ** 29 - 24;

export function checkBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  // An empty query or fragment ("…/v1?") leaves search and hash empty, but would still take
  // the operation path into it: only `href` shows it.
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || /[?#]/.test(url.href)) {
    // Not echoed: a URL with credentials in it would leak them.
    throw new TypeError("baseUrl must be an absolute http(s) URL without credentials, query or fragment");
  }
  return url.href.replace(/\/+$/, "");
}

// What fetch cannot send, caught here as a TypeError before any request rather than a fetch
// failure that would be retried: control characters (tab is allowed inside a header value, as
// HTTP allows it, but never in a token) and anything above U+00FF (not a ByteString). Written as
// what may pass: tab, printable ASCII and U+0080 to U+00FF.
const BAD_HEADER_VALUE = /[^\t -~\x80-\xff]/;
export const BAD_TOKEN = /[^ -~\x80-\xff]/;
/** The end of the message for a header value or token that fails these; never the value itself. */
export const BAD_VALUE = "has a control character or one above U+00FF";
// RFC 9110 token characters (\w is A-Z, a-z, 0-9 and _).
const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
// Framing headers that fetch sets itself: undici refuses most of them (the call would fail as
// a connection error), and a Content-Length of the caller's could only contradict the body.
const MANAGED_HEADER = /^(connection|content-length|expect|keep-alive|transfer-encoding|upgrade)$/i;
const ACCEPTED = "headers must be an object, Headers, Map or [name, value] pairs of strings";

function addHeader(out: Record<string, string>, name: unknown, value: unknown): void {
  if (typeof name !== "string" || typeof value !== "string") throw new TypeError(ACCEPTED);
  const bad = !HEADER_NAME.test(name) || MANAGED_HEADER.test(name) ? "is not a valid name, or is set by fetch itself" : BAD_HEADER_VALUE.test(value) ? BAD_VALUE : "";
  // The value is never echoed: it may be a credential.
  if (bad) throw new TypeError(`header ${JSON.stringify(name)} ${bad}`);
  out[name.toLowerCase()] = value;
}

/** Checks headers given in any accepted form; returns them as an object with lowercased names. */
export function checkHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers == null) return out;
  if (typeof headers !== "object") throw new TypeError(ACCEPTED);
  if (Symbol.iterator in headers) {
    // [name, value] pairs, and what iterates as such: a Headers (names lowercased, values
    // combined, as its forEach gives them) or a Map.
    for (const pair of headers as Iterable<unknown>) {
      if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError(ACCEPTED);
      addHeader(out, pair[0], pair[1]);
    }
  } else {
    const record = headers as Record<string, unknown>;
    for (const name in record) addHeader(out, name, record[name]);
  }
  return out;
}

/** Header names to redact, lowercased, or undefined when there are none. */
export function checkRedactHeaders(names: unknown): ReadonlySet<string> | undefined {
  if (names === undefined) return undefined;
  if (!Array.isArray(names) || !names.every((n) => typeof n === "string" && HEADER_NAME.test(n))) {
    throw new TypeError("redactHeaders must be an array of header names");
  }
  return new Set(names.map((n: string) => n.toLowerCase()));
}

/** An integer from `min` to `max`, or undefined. */
export function checkInteger(value: number | undefined, name: string, min: number, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new TypeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** The `fetch` option: a function, or undefined for the global fetch. */
export function checkFetch(fetch: unknown): FetchFunction | undefined {
  if (fetch !== undefined && typeof fetch !== "function") throw new TypeError("fetch must be a function (url, init) => Promise<Response>");
  return fetch as FetchFunction | undefined;
}

export const checkTimeout = (value: number | undefined): void => checkInteger(value, "timeoutMs", 0, MAX_TIMEOUT_MS);
export const checkRetries = (value: number | undefined): void => checkInteger(value, "maxRetries", 0, Number.MAX_SAFE_INTEGER);
