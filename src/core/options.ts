// Client and per-call options, and their validation. Invalid options are programming errors:
// they throw TypeError at once, before any request, and never echo a secret value.

/**
 * The fetch the client calls, always as `fetch(url, init)` with a string URL and a plain init
 * (method, headers object, body, signal). The global `fetch` fits, and so does any wrapper.
 */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** A token, or a function that returns the current one (read before every attempt). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface ClientOptions {
  /** Base URL of the API. Defaults to the production URL of the API in question. */
  baseUrl?: string;
  /** API key (Bearer) or signing-key JWT. Omit to send no `Authorization` header. */
  token?: TokenSource;
  /** How the token is sent: `Bearer <token>` (API keys, the default) or `JWT <token>` (signing-key JWTs). */
  authScheme?: "Bearer" | "JWT";
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch implementation to use. Defaults to the global fetch. */
  fetch?: FetchFunction;
  /** Milliseconds one attempt may take, from sending to the last byte of the body. Default 60000. */
  timeoutMs?: number;
  /** How many times a failed idempotent request is sent again. Default 2. */
  maxRetries?: number;
}

export interface CallOptions {
  /** Aborts the call; it then rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
  /** Headers for this call only; they override the client's headers. */
  headers?: Record<string, string>;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** Declares a POST safe to repeat, so it is retried like GET, PUT and DELETE. */
  idempotent?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

export function checkBaseUrl(baseUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    // Not echoed: a URL with credentials in it would leak them.
    throw new TypeError("baseUrl must be an absolute http(s) URL without credentials, query or fragment");
  }
  return url.href.replace(/\/+$/, "");
}

// fetch refuses CR, LF, NUL and anything above U+00FF (not a ByteString); caught here it is a
// TypeError before any request rather than a fetch failure that would be retried.
export const BAD_HEADER_VALUE = /[\r\n\0\u0100-\uffff]/;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function checkHeaders(headers: Record<string, string> | undefined): void {
  for (const name in headers) {
    const value = headers[name];
    // The value is never echoed: it may be a credential.
    if (!HEADER_NAME.test(name) || typeof value !== "string" || BAD_HEADER_VALUE.test(value)) {
      throw new TypeError(`header ${JSON.stringify(name)}: invalid name, or a value with CR, LF, NUL or characters above U+00FF`);
    }
  }
}

export function checkNonNegativeInteger(value: number | undefined, name: string): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}
