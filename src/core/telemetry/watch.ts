// Tracing and logging of calls, loaded by the transport (a dynamic import) only when a client is
// given a tracer or a log level, or in Node VERSORI_LOG is set. `watch` sends one call through
// the client's own attempt loop (`run`), with an attempt that sends each request on the wire
// (a retry, a followed redirect) through `fetch` here, in a CLIENT span of its own with the
// trace headers added, and ends that span with what the attempt came to. Log lines: each request
// and answer (debug), each retry with its reason and wait (warn), how a call failed (error).
import { env } from "#process-env";
import { checkRedactHeaders, type ClientOptions, type FetchFunction } from "../options.js";
import { toApiError, toResult } from "../response.js";
import type { VersoriApiError } from "../../errors.js";
import type { Answer, Attempt, Run, Send, Watch } from "../transport.js";
import { checkLevel, checkLogger, createLog, LEVELS } from "./log.js";
import { addSentSecrets, redactMessage, redactUrl } from "./redact.js";
import { endSpan, errorType, startSpan, traceHeaders } from "./spans.js";
import type { Logger, LogLevel, SpanLike, TracerLike } from "./types.js";

/** A request on the wire: its span, when it started, and the answer's head once it came. */
interface Sent {
  span: SpanLike | undefined;
  started: number;
  response?: Response;
}

function checkTracer(tracer: unknown): TracerLike | undefined {
  if (tracer !== undefined && typeof (tracer as TracerLike | null)?.startSpan !== "function") {
    throw new TypeError("tracer must be an OpenTelemetry Tracer (trace.getTracer(name)), with a startSpan method");
  }
  return tracer as TracerLike | undefined;
}

/** A tracer's call, or undefined when it throws: tracing never changes how a call ends, as logging does not. */
function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {}
}

/** A parameter's name as the spec spells it (the descriptors keep it in camelCase). */
const specName = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One call, watched: the transport's entry into this module (see `Watch`). */
export const watch: Watch = (options, baseUrl, fetchImpl, attempt, run, out, o) => watched(options, baseUrl, fetchImpl, attempt, run)(out, o);

/** The client's `send`, watched. */
function watched(options: ClientOptions, baseUrl: string, fetchImpl: FetchFunction, attempt: Attempt, run: Run): Send {
  // Checked when the client was made; read here so the transport passes one argument less.
  const redacted = checkRedactHeaders(options.redactHeaders);
  let tracer: TracerLike | undefined;
  let log: ReturnType<typeof createLog>;
  try {
    tracer = checkTracer(options.tracer);
    const fromEnv = env && env.VERSORI_LOG;
    // An unknown VERSORI_LOG value logs nothing: a typo in the environment must not break calls.
    const level = checkLevel(options.logLevel) ?? (LEVELS.includes(fromEnv as LogLevel) ? (fromEnv as LogLevel) : "off");
    let logger: Logger | undefined;
    try {
      logger = checkLogger(options.logger);
    } catch (error) {
      // A bad logger fails the calls only when the code asks for lines (logLevel). Unused (a
      // client loading this for its tracer), or asked for by VERSORI_LOG alone, which must not
      // break calls either, it is left out: the lines go to the console.
      if (options.logLevel && options.logLevel !== "off") throw error;
    }
    log = createLog(logger ?? console, level);
    if (options.propagateTrace !== undefined && typeof options.propagateTrace !== "boolean") throw new TypeError("propagateTrace must be a boolean");
  } catch (error) {
    // Bad options fail each call before anything is sent.
    return () => Promise.reject(error);
  }
  const propagate = options.propagateTrace !== false;
  const { origin, pathname } = new URL(baseUrl);
  const basePath = pathname.replace(/\/$/, "");

  return (out, o) => {
    const op = o.op ?? o.traced;
    const template = op && basePath + op.path.map((part, i) => (i % 2 ? `{${specName(part)}}` : part)).join("");
    const operationId = op?.operationId;
    const name = operationId ?? `${out.method} ${template ?? redactUrl(out.url, redacted)}`;
    let requests = 0;
    // The credentials this call sent, hidden from messages that quote an answer echoing them.
    const secrets = new Set<string>();
    let attempts = 0;
    // The number of requests before the current attempt: the ones of it after its first are redirects.
    let first = 0;
    let open: Sent | undefined;
    // How the last attempt ended (its error.type, or its status), and when: a retry's reason and wait.
    let reason = "";
    let ended = 0;

    /** Ends the span of the request still open, if any; `error` is what its attempt failed with. */
    const finish = (error?: unknown) => {
      const sent = open;
      if (!sent) return;
      open = undefined;
      const { response } = sent;
      const message = error === undefined ? undefined : redactMessage(error, redacted, secrets);
      const span = sent.span;
      if (span) safely(() => endSpan(span, response, error, message));
      const ms = Math.round(performance.now() - sent.started);
      const requestId = response?.headers.get("x-request-id") ?? undefined;
      reason = errorType(response, error) ?? String(response?.status);
      if (log?.enabled("debug")) {
        const outcome = `${response ? response.status : "no answer"} in ${ms} ms${requestId ? ` (request id ${requestId})` : ""}`;
        log("debug", `${name}: ${outcome}${error === undefined ? "" : `, failed: ${message}`}`, {
          operationId,
          status: response?.status,
          durationMs: ms,
          requestId,
          ...(error === undefined ? {} : { errorType: errorType(response, error), errorMessage: message }),
        });
      }
    };

    const fetch: FetchFunction = async (url, init) => {
      // A request while another is open: a redirect the attempt follows; that one is done.
      finish();
      const resend = requests++;
      const method = init.method ?? "GET";
      const full = redactUrl(url, redacted);
      addSentSecrets(url, init.headers as Record<string, string>, redacted, secrets);
      const target = new URL(url);
      // A redirect to another path: the operation's template does not describe this URL.
      const at = target.pathname === new URL(out.url).pathname ? template : undefined;
      // A tracer that throws: this request goes without a span (and without trace headers).
      const span = tracer && safely(() => startSpan(tracer!, { method, url: full, template: at, operationId, resend }));
      const sent: Sent = { span, started: performance.now() };
      open = sent;
      // A followed redirect is a request of the same attempt (spans count it in resend_count).
      const redirect = resend - first;
      log?.("debug", `${method} ${at ?? full}${operationId ? ` (${operationId})` : ""}, attempt ${attempts}${redirect ? `, redirect ${redirect}` : ""}`, {
        operationId,
        method,
        urlTemplate: at,
        attempt: attempts,
        ...(redirect ? { redirect } : {}),
      });
      // Trace headers go to the API's own origin only: elsewhere they would hand out our trace ids.
      const trace = span && propagate && target.origin === origin ? safely(() => traceHeaders(span)) : undefined;
      if (trace) init = { ...init, headers: { ...(init.headers as Record<string, string>), ...trace } };
      const response = await fetchImpl(url, init);
      // Unless the attempt ended meanwhile (a timeout while this fetch ignored its signal).
      if (open === sent) sent.response = response;
      return response;
    };

    const watchedAttempt: Attempt = (out, o) => {
      first = requests;
      if (attempts++) {
        const waitMs = Math.round(performance.now() - ended);
        log?.("warn", `${name}: retry ${attempts - 1} of ${o.maxRetries} after ${reason}, waited ${waitMs} ms`, { operationId, retry: attempts - 1, reason, waitMs });
      }
      return attempt(out, o, fetch).then(
        (answer) => {
          finish();
          ended = performance.now();
          return answer;
        },
        (error: unknown) => {
          finish(error);
          ended = performance.now();
          throw error;
        },
      );
    };

    const failed = (error: unknown, fields: Record<string, unknown>) => {
      const message = redactMessage(error, redacted, secrets);
      log?.("error", `${name} failed: ${error instanceof Error ? error.name : "Error"}: ${message}`, { operationId, errorType: errorType(undefined, error), errorMessage: message, ...fields });
    };
    return run(out, o, watchedAttempt).then(
      (answer: Answer) => {
        const { response, text, summary } = answer;
        if (log?.enabled("error")) {
          // An error answer: what a named method throws (the path client returns it as `error`).
          if (!response.ok) {
            const error = toApiError(response, text, summary(), operationId);
            failed(error, { errorType: String(error.status), status: error.status, code: error.code, requestId: error.requestId });
          } else if (o.op) {
            // A 2xx a named method cannot use: the invalid_response error it throws once it reads
            // the answer, which the transport hands on unread. Read here a second time, only while
            // logging is on (the path client hands the answer back as it is).
            try {
              toResult(o.op, response, text, summary);
            } catch (error) {
              const { status, code, requestId } = error as VersoriApiError;
              failed(error, { status, code, requestId });
            }
          }
        }
        return answer;
      },
      (error: unknown) => {
        if (log?.enabled("error")) failed(error, {});
        throw error;
      },
    );
  };
}
