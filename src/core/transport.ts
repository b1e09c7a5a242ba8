// The engine under every operation: builds the request with openapi-fetch, adds auth, runs
// each attempt under a deadline, maps every outcome to a value or a VersoriError, and retries
// what is safe to retry.
import createFetchClient from "openapi-fetch";
import { authorization, redactHeaders } from "./auth.js";
import { withDeadline } from "./deadline.js";
import type { OperationDescriptor } from "./descriptor.js";
import { asMultipart } from "./multipart.js";
import {
  checkBaseUrl,
  checkHeaders,
  checkNonNegativeInteger,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type CallOptions,
  type ClientOptions,
} from "./options.js";
import { buildPath } from "./path.js";
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

/** openapi-fetch's request(), untyped: the typing lives in types.ts, per operation. */
type RawRequest = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createTransport(options: ClientOptions, defaultBaseUrl: string): Transport {
  const baseUrl = checkBaseUrl(options.baseUrl ?? defaultBaseUrl);
  checkHeaders(options.headers, "headers");
  checkNonNegativeInteger(options.timeoutMs, "timeoutMs");
  checkNonNegativeInteger(options.maxRetries, "maxRetries");
  if (options.token !== undefined && typeof options.token !== "string" && typeof options.token !== "function") {
    throw new TypeError("token must be a string or a function returning a string");
  }
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const request = createFetchClient({ baseUrl, headers: options.headers }).request as unknown as RawRequest;
  const clientTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clientRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;

  async function attempt(op: OperationDescriptor, path: string, args: InvokeArgs, timeoutMs: number): Promise<unknown> {
    let sent: Request | undefined;
    const summary = (): RequestSummary =>
      sent
        ? { method: sent.method, url: sent.url, headers: redactHeaders(sent.headers) }
        : { method: op.method, url: baseUrl + path, headers: {} };

    return withDeadline(
      timeoutMs,
      args.signal,
      () => new VersoriTimeoutError(summary(), timeoutMs),
      async (signal) => {
        const auth = await authorization(options);
        const headers: Record<string, string> = auth ? { ...args.headers, Authorization: auth } : { ...args.headers };
        const form = op.body?.includes("multipart") ? asMultipart(args.body) : undefined;
        const init = {
          params: { query: args.query },
          body: form ?? args.body,
          headers,
          signal,
          parseAs: "text",
          // Keeps the request for error reports; the fetch itself is the caller's.
          fetch: (request: Request) => baseFetch((sent = request)),
        };
        let result: Awaited<ReturnType<RawRequest>>;
        try {
          result = await request(op.method, path, init);
        } catch (cause) {
          if (signal.aborted) throw signal.reason;
          throw new VersoriConnectionError(summary(), cause);
        }
        const { response } = result;
        if (!response.ok) throw toApiError(response, result.error, summary());
        return toResult(op, response, result.data as string | undefined, summary);
      },
    );
  }

  return {
    async invoke(op, args) {
      const path = buildPath(op.path, args);
      checkHeaders(args.headers, "headers");
      checkNonNegativeInteger(args.timeoutMs, "timeoutMs");
      checkNonNegativeInteger(args.maxRetries, "maxRetries");
      const timeoutMs = args.timeoutMs ?? clientTimeout;
      const maxRetries = args.maxRetries ?? clientRetries;
      const retryable = isIdempotent(op.method) || args.idempotent === true;
      for (let retry = 0; ; retry++) {
        try {
          return await attempt(op, path, args, timeoutMs);
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

