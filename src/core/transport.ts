// The engine under every operation: prepares the request once, then runs attempts under a
// deadline, adding auth to each, maps every outcome to a value or a VersoriError, and retries
// what is safe to retry.
import { authorization, redactHeaders } from "./auth.js";
import { withDeadline } from "./deadline.js";
import type { OperationDescriptor } from "./descriptor.js";
import {
  checkBaseUrl,
  checkHeaders,
  checkNonNegativeInteger,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type CallOptions,
  type ClientOptions,
  type FetchFunction,
} from "./options.js";
import { buildPath } from "./path.js";
import { lowerCaseKeys, prepare, type Prepared } from "./request.js";
import { toApiError, toResult } from "./response.js";
import { backoffMs, isIdempotent, isRetryableStatus, MAX_RETRY_AFTER_MS, retryAfterMs, sleep } from "./retry.js";
import { VersoriApiError, VersoriConnectionError, VersoriTimeoutError, type RequestSummary } from "../errors.js";

/** What an operation call takes: path parameters by camelCase name, query, body and call options. */
export interface InvokeArgs extends CallOptions {
  query?: object;
  body?: unknown;
  [pathParam: string]: unknown;
}

export interface Transport {
  invoke(op: OperationDescriptor, args: InvokeArgs): Promise<unknown>;
}

export function createTransport(options: ClientOptions, defaultBaseUrl: string): Transport {
  const baseUrl = checkBaseUrl(options.baseUrl ?? defaultBaseUrl);
  checkHeaders(options.headers);
  checkNonNegativeInteger(options.timeoutMs, "timeoutMs");
  checkNonNegativeInteger(options.maxRetries, "maxRetries");
  if (options.token !== undefined && typeof options.token !== "string" && typeof options.token !== "function") {
    throw new TypeError("token must be a string or a function returning a string");
  }
  // Looked up per call, so a fetch installed after the client was made is still used.
  const fetchImpl: FetchFunction = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const clientHeaders = lowerCaseKeys(options.headers);
  const clientTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clientRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;

  function attempt(op: OperationDescriptor, request: Prepared, signal: AbortSignal | undefined, timeoutMs: number) {
    let sent: Record<string, string> = request.headers;
    const summary = (): RequestSummary => ({ method: op.method, url: request.url, headers: redactHeaders(sent) });

    return withDeadline(
      timeoutMs,
      signal,
      () => new VersoriTimeoutError(summary(), timeoutMs),
      async (attemptSignal) => {
        const auth = await authorization(options);
        sent = auth ? { ...request.headers, authorization: auth } : request.headers;
        let response: Response;
        let text: string;
        try {
          response = await fetchImpl(request.url, { method: op.method, headers: sent, body: request.body, signal: attemptSignal });
          // Read inside the deadline: a body that stalls or stops half way fails this attempt.
          text = await response.text();
        } catch (cause) {
          if (attemptSignal?.aborted) throw attemptSignal.reason;
          throw new VersoriConnectionError(summary(), cause);
        }
        if (!response.ok) throw toApiError(response, text, summary());
        return toResult(op, response, text, summary);
      },
    );
  }

  return {
    async invoke(op, args) {
      const path = buildPath(op.path, args);
      checkHeaders(args.headers);
      checkNonNegativeInteger(args.timeoutMs, "timeoutMs");
      checkNonNegativeInteger(args.maxRetries, "maxRetries");
      const request = prepare(op, baseUrl + path, args.query, args.body, clientHeaders, args.headers);
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
          await sleep(asked ?? backoffMs(retry + 1), args.signal);
        }
      }
    },
  };
}

function shouldRetry(error: unknown): boolean {
  if (error instanceof VersoriApiError) return isRetryableStatus(error.status);
  return error instanceof VersoriConnectionError || error instanceof VersoriTimeoutError;
}
