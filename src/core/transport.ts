// The engine under every operation and both surfaces (named methods and openapi-fetch's path
// client): `send` runs attempts under a deadline, adding auth to each, follows redirects within
// the API's origin, reads the body within `maxResponseBytes`, and retries what is safe to
// retry. It resolves with the final answer, whatever its status; `invoke` turns that into the
// operation's result or a VersoriApiError, `fetch` into a Response for openapi-fetch.
import { authorization, authorizationOf, headerSecrets, redactHeaders } from "./auth.js";
import { discard, readText } from "./body.js";
import { withDeadline } from "./deadline.js";
import type { OperationDescriptor } from "./descriptor.js";
import type { Middleware } from "openapi-fetch";
import {
  checkBaseUrl,
  checkFetch,
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
import { env } from "#process-env";
import { buildPath } from "./path.js";
import { redirectOf } from "./redirect.js";
import { prepare } from "./request.js";
import { apiError, INVALID_RESPONSE, readableCopy, toApiError, toResult } from "./response.js";
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

/** Options every client takes: the transport's, plus openapi-fetch middleware. */
export interface TransportOptions extends ClientOptions {
  /** openapi-fetch middleware objects, run once per call around the exchange (retries included). Not on the light entry. */
  middleware?: readonly Middleware[] | undefined;
}

/** A call's result together with the answer it came from (`client.withResponse.*`). */
export interface WithResponse<T> {
  data: T;
  /** The final answer: status, headers (`x-request-id`, rate limits...); its body can still be read. */
  response: Response;
}

export interface Transport {
  /** The checked, absolute base URL without a trailing slash. */
  readonly baseUrl: string;
  /** The client's headers, checked, names lowercased. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * A call's options checked, with the client's defaults, for `send`: the same rules on both
   * surfaces. `op`: a named method's operation, whose operationId its errors carry.
   */
  sendOptions(call: CallOptions, method: string, op?: OperationDescriptor): SendOptions;
  invoke(op: OperationDescriptor, args: InvokeArgs): Promise<unknown>;
  invoke(op: OperationDescriptor, args: InvokeArgs, full: true): Promise<WithResponse<unknown>>;
  /** One exchange: resolves with the final answer whatever its status; rejects on failures without one. */
  send: Send;
}

/** One request as it goes on the wire (before auth). */
export interface Outgoing {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | FormData | Uint8Array | undefined;
}

export interface SendOptions {
  /** A named method's operation: its errors carry its operationId, spans and logs name it. */
  op?: OperationDescriptor | undefined;
  /** The path client's operation, found by its path template: for spans and logs only, so its errors name none. */
  traced?: OperationDescriptor | undefined;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  retryable: boolean;
}

/** The final answer of an exchange, its body read, and what the request was (for errors). */
export interface Answer {
  response: Response;
  text: string;
  summary: () => RequestSummary;
}

export type Send = (out: Outgoing, o: SendOptions) => Promise<Answer>;

/** How a named call reaches `send`: directly, or through something around it (middleware). */
export type Exchange = (op: OperationDescriptor, args: InvokeArgs, out: Outgoing, o: SendOptions) => Promise<Answer>;

/**
 * Builds an Exchange for a client's options, or undefined when plain `send` will do. Passed in by
 * the full clients only, so the light entry (a core + `call`) does not carry middleware support.
 */
export type ExchangeFactory = (send: Send, baseUrl: string, options: TransportOptions) => Exchange | undefined;

/** One attempt of a call (its redirects included), sending each request with `fetch`. */
export type Attempt = (out: Outgoing, o: SendOptions, fetch?: FetchFunction) => Promise<Answer>;

/** The attempt loop: attempts until a final answer, the wait between them, the retry rules. */
export type Run = (out: Outgoing, o: SendOptions, attempt?: Attempt) => Promise<Answer>;

/**
 * Tracing and logging (src/core/telemetry/): one call sent with the client's options, fetch,
 * attempt and loop, `run` given an attempt that watches each request. Reached after a dynamic
 * import that only a client asking for them makes, so other bundles carry none of it. One
 * function taking the call too, and no redacted set (the module reads it from the options):
 * each argument and call less here is a few bytes less in every bundle.
 */
export type Watch = (options: ClientOptions, baseUrl: string, fetch: FetchFunction, attempt: Attempt, run: Run, out: Outgoing, o: SendOptions) => Promise<Answer>;

/** The init the client hands fetch: plain, so any fetch or wrapper takes it. */
interface Init {
  method: string;
  headers: Record<string, string>;
  body: string | FormData | Uint8Array | undefined;
  signal: AbortSignal | undefined;
  redirect: "manual";
}

/** A relative base URL (a same-origin proxy such as `/api/connect/v1`) needs a page to resolve against. */
function absolute(baseUrl: string): string {
  if (typeof baseUrl !== "string" || !baseUrl.startsWith("/") || baseUrl.startsWith("//")) return baseUrl;
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === "null") {
    throw new TypeError(`a relative baseUrl needs a page to resolve against (a browser); here give an absolute URL such as https://…${baseUrl}`);
  }
  return origin + baseUrl;
}

export function createTransport(options: TransportOptions, defaultBaseUrl: string, extend?: ExchangeFactory): Transport {
  const baseUrl = checkBaseUrl(absolute(options.baseUrl ?? defaultBaseUrl));
  const origin = new URL(baseUrl).origin;
  const clientHeaders = checkHeaders(options.headers);
  checkTimeout(options.timeoutMs);
  checkRetries(options.maxRetries);
  checkInteger(options.maxResponseBytes, "maxResponseBytes", 1, MAX_RESPONSE_BYTES);
  const redacted = checkRedactHeaders(options.redactHeaders);
  // A token given as a string is checked and turned into its header once, here; a function is
  // read before every attempt (so a rotated token is picked up), which costs a few microtasks.
  // A bad string is left to fail each call, as a TypeError before anything is sent.
  const token = options.token;
  let fixedAuth: string | undefined | null = null;
  if (typeof token !== "function") {
    if (token !== undefined && typeof token !== "string") throw new TypeError("token must be a string or a function returning a string");
    try {
      fixedAuth = authorizationOf(token, options.authScheme);
    } catch {}
  }
  // Looked up per call, so a fetch installed after the client was made is still used.
  const fetchImpl: FetchFunction = checkFetch(options.fetch) ?? ((url, init) => globalThis.fetch(url, init));
  const clientTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clientRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  function attempt(out: Outgoing, o: SendOptions, fetch = fetchImpl): Promise<Answer> {
    let { method, url, headers, body } = out;
    // Redacted only when an error is built: a success never pays for it.
    const summary = (): RequestSummary => ({ method, url, headers: redactHeaders(headers, redacted) });

    return withDeadline(
      o.timeoutMs,
      o.signal,
      () => new VersoriTimeoutError(summary(), o.timeoutMs),
      async (signal) => {
        // An Authorization header of the caller's (call or client headers) wins over the token.
        if (!("authorization" in headers)) {
          const auth = fixedAuth !== null ? fixedAuth : await authorization(options);
          if (auth) headers = { ...headers, authorization: auth };
        }
        for (let redirects = 0; ; redirects++) {
          let response: Response | undefined;
          let text: string | undefined;
          try {
            // A plain init, new for each request, so no request sees another's changes.
            response = await fetch(url, { method, headers, body, signal, redirect: "manual" } satisfies Init as RequestInit);
            if (!response.ok || response.redirected) {
              const next = redirectOf(response, url, method, origin, redirects);
              if (next) {
                discard(response.body);
                if ("code" in next) {
                  throw apiError(response, null, summary(), { ...next, body: undefined, operationId: o.op?.operationId });
                }
                if (next.method !== method) {
                  // 303 (or 301/302 after a POST): a GET, without the body or its type.
                  const { "content-type": _, ...rest } = headers;
                  headers = rest;
                  body = undefined;
                }
                ({ url, method } = next);
                continue;
              }
            }
            // Read inside the deadline: a body that stalls or stops half way fails this attempt.
            text = await readText(response, maxBytes);
          } catch (cause) {
            if (signal?.aborted) throw signal.reason;
            if (cause instanceof VersoriApiError) throw cause;
            if (!response) throw new VersoriConnectionError(summary(), cause);
            // Answered, so the request may have taken effect: a body that broke off is no connection failure.
            throw apiError(response, null, summary(), {
              code: INVALID_RESPONSE,
              message: `${method} ${url}: the answer (${response.status}) broke off: ${(cause as Error)?.message ?? cause}`,
              body: undefined,
              operationId: o.op?.operationId,
              cause,
            });
          }
          if (text === undefined) throw new VersoriResponseTooLargeError(summary(), response.status, maxBytes);
          // An error answer may quote the credentials it was sent (a proxy's page echoing the
          // request it refused); its text becomes the error's message and body, so they are hidden in it.
          if (!response.ok) for (const part of headerSecrets(headers, redacted)) text = text.replaceAll(part, "[redacted]");
          return { response, text, summary };
        }
      },
    );
  }

  /** Attempts until an answer that is final: a success, an error not worth retrying, or the last try. */
  async function run(out: Outgoing, o: SendOptions, tried: Attempt = attempt): Promise<Answer> {
    for (let retry = 0; ; ) {
      const last = !o.retryable || retry++ >= o.maxRetries;
      // What the answer's Retry-After asks for, when there is an answer to retry.
      let asked: number | undefined;
      try {
        const answer = await tried(out, o);
        const { status, headers } = answer.response;
        if (last || status < 400 || !isRetryableStatus(status)) return answer;
        asked = retryAfterMs(headers.get("retry-after"));
        if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) return answer;
      } catch (error) {
        // No answer, or one whose body broke off: worth another try (only idempotent calls get one).
        if (last || !(error instanceof VersoriConnectionError || error instanceof VersoriTimeoutError || (error as VersoriApiError).code === INVALID_RESPONSE)) throw error;
      }
      await sleep(retryDelayMs(retry, asked), o.signal);
    }
  }
  // Tracing and logging are a chunk of their own, loaded (once, then cached by the runtime) only
  // by a client given a tracer or a log level, or in Node when VERSORI_LOG is set. Without them
  // a call goes straight to `run`. The environment first: outside Node `env` is undefined, and a
  // bundler folds `undefined && …` away, so browser bundles carry no VERSORI_LOG check.
  const send: Send =
    (env && env.VERSORI_LOG) || options.tracer || options.logLevel
      ? async (out, o) => (await import("./telemetry/watch.js")).watch(options, baseUrl, fetchImpl, attempt, run, out, o)
      : run;

  function sendOptions(call: CallOptions, method: string, op?: OperationDescriptor): SendOptions {
    checkTimeout(call.timeoutMs);
    checkRetries(call.maxRetries);
    return {
      op,
      signal: call.signal,
      timeoutMs: call.timeoutMs ?? clientTimeout,
      maxRetries: call.maxRetries ?? clientRetries,
      retryable: isIdempotent(method) || call.idempotent === true,
    };
  }

  async function invoke(op: OperationDescriptor, args: InvokeArgs, full?: true): Promise<unknown> {
    const path = buildPath(op.path, args, op.reserved);
    const callHeaders = checkHeaders(args.headers);
    const o = sendOptions(args, op.method, op);
    const out = prepare(op, baseUrl + path, args.query, args.body, clientHeaders, callHeaders);
    const { response, text, summary } = await (exchange ? exchange(op, args, out, o) : send(out, o));
    if (!response.ok) throw toApiError(response, text, summary(), op.operationId);
    const data = toResult(op, response, text, summary);
    return full ? { data, response: readableCopy(response, op.secret ? null : text) } : data;
  }

  const exchange = extend?.(send, baseUrl, options);
  if (!exchange && options.middleware?.length) {
    throw new TypeError("middleware runs on the full clients (create…Client, create…FetchClient), not on the light entry's core");
  }
  return { baseUrl, headers: clientHeaders, sendOptions, invoke: invoke as Transport["invoke"], send };
}
