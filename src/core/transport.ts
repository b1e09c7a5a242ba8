// The engine under every operation: prepares the request once, then runs attempts under a
// deadline, adding auth to each, follows redirects within the API's origin, maps every outcome
// to a value or a VersoriError, and retries what is safe to retry.
import { authorization, redactHeaders } from "./auth.js";
import { readText } from "./body.js";
import { withDeadline } from "./deadline.js";
import type { OperationDescriptor } from "./descriptor.js";
import {
  checkBaseUrl,
  checkHeaders,
  checkInteger,
  checkRedactHeaders,
  checkRetries,
  checkTimeout,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_RESPONSE_BYTES,
  type CallOptions,
  type ClientOptions,
  type FetchFunction,
} from "./options.js";
import { buildPath } from "./path.js";
import { redirectOf } from "./redirect.js";
import { prepare, type Prepared } from "./request.js";
import { readableCopy, toApiError, toResult } from "./response.js";
import { isIdempotent, isRetryableStatus, MAX_RETRY_AFTER_MS, retryAfterMs, retryDelayMs, sleep } from "./retry.js";
import {
  VersoriApiError,
  VersoriConnectionError,
  VersoriResponseTooLargeError,
  VersoriTimeoutError,
  type RequestSummary,
} from "../errors.js";

/** What an operation call takes: path parameters by camelCase name, query, body and call options. */
export interface InvokeArgs extends CallOptions {
  query?: object | undefined;
  body?: unknown;
  [pathParam: string]: unknown;
}

export interface Transport {
  invoke(op: OperationDescriptor, args: InvokeArgs): Promise<unknown>;
}

/** The init the client hands fetch: plain, so any fetch or wrapper takes it. */
interface Init {
  method: string;
  headers: Record<string, string>;
  body: string | FormData | undefined;
  signal: AbortSignal | undefined;
  redirect: "manual";
}

export function createTransport(options: ClientOptions, defaultBaseUrl: string): Transport {
  const baseUrl = checkBaseUrl(options.baseUrl ?? defaultBaseUrl);
  const origin = new URL(baseUrl).origin;
  const clientHeaders = checkHeaders(options.headers);
  checkTimeout(options.timeoutMs);
  checkRetries(options.maxRetries);
  checkInteger(options.maxResponseBytes, "maxResponseBytes", 1, MAX_RESPONSE_BYTES);
  const redacted = checkRedactHeaders(options.redactHeaders);
  if (options.token !== undefined && typeof options.token !== "string" && typeof options.token !== "function") {
    throw new TypeError("token must be a string or a function returning a string");
  }
  // Looked up per call, so a fetch installed after the client was made is still used.
  const fetchImpl: FetchFunction = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const clientTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clientRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  function attempt(op: OperationDescriptor, request: Prepared, signal: AbortSignal | undefined, timeoutMs: number) {
    const init: Init = { method: op.method, headers: request.headers, body: request.body, signal: undefined, redirect: "manual" };
    let url = request.url;
    // Redacted only when an error is built: a success never pays for it.
    const summary = (): RequestSummary => ({ method: init.method, url, headers: redactHeaders(init.headers, redacted) });

    return withDeadline(
      timeoutMs,
      signal,
      () => new VersoriTimeoutError(summary(), timeoutMs),
      async (attemptSignal) => {
        init.signal = attemptSignal;
        // An Authorization header of the caller's (call or client headers) wins over the token.
        if (!("authorization" in request.headers)) {
          const auth = await authorization(options);
          if (auth) init.headers = { ...request.headers, authorization: auth };
        }
        for (let redirects = 0; ; redirects++) {
          let response: Response;
          let text: string | undefined;
          try {
            response = await fetchImpl(url, init as RequestInit);
            const status = response.status;
            if (status < 200 || status >= 300 || response.redirected) {
              const next = redirectOf(response, url, init.method, origin, redirects);
              if (next) {
                response.body?.cancel().catch(() => {});
                if ("code" in next) {
                  throw new VersoriApiError({ ...next, status, body: undefined, response: readableCopy(response, null), request: summary() });
                }
                if (next.method !== init.method) {
                  // 303 (or 301/302 after a POST): a GET, without the body or its type.
                  const { "content-type": _, ...rest } = init.headers;
                  init.headers = rest;
                  init.body = undefined;
                }
                url = next.url;
                init.method = next.method;
                continue;
              }
            }
            // Read inside the deadline: a body that stalls or stops half way fails this attempt.
            text = await readText(response, maxBytes);
          } catch (cause) {
            if (attemptSignal?.aborted) throw attemptSignal.reason;
            if (cause instanceof VersoriApiError) throw cause;
            throw new VersoriConnectionError(summary(), cause);
          }
          if (text === undefined) throw new VersoriResponseTooLargeError(summary(), response.status, maxBytes);
          if (!response.ok) throw toApiError(response, text, summary());
          return toResult(op, response, text, summary);
        }
      },
    );
  }

  return {
    async invoke(op, args) {
      const path = buildPath(op.path, args);
      const callHeaders = args.headers === undefined ? undefined : checkHeaders(args.headers);
      checkTimeout(args.timeoutMs);
      checkRetries(args.maxRetries);
      const request = prepare(op, baseUrl + path, args.query, args.body, clientHeaders, callHeaders);
      const timeoutMs = args.timeoutMs ?? clientTimeout;
      const maxRetries = args.maxRetries ?? clientRetries;
      const retryable = isIdempotent(op.method) || args.idempotent === true;
      for (let retry = 0; ; retry++) {
        try {
          return await attempt(op, request, args.signal, timeoutMs);
        } catch (error) {
          if (!retryable || retry >= maxRetries || !shouldRetry(error)) throw error;
          const asked = error instanceof VersoriApiError ? retryAfterMs(error.response.headers.get("retry-after")) : undefined;
          if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) throw error;
          await sleep(retryDelayMs(retry + 1, asked), args.signal);
        }
      }
    },
  };
}

function shouldRetry(error: unknown): boolean {
  if (error instanceof VersoriApiError) return isRetryableStatus(error.status);
  return error instanceof VersoriConnectionError || error instanceof VersoriTimeoutError;
}
