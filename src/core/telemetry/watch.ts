// Tracing and logging of calls, loaded by the transport (a dynamic import) only when a tracer or
// a log level is set, or VERSORI_LOG in Node. The transport hands each call to `watcher` with its
// attempt loop: every request on the wire (a retry, a followed redirect) goes through `fetch`
// here, in its own CLIENT span with the trace headers added; `settle` ends that span with what
// the attempt came to, `wait` logs a retry's reason and wait, and the call's end logs a failure.
import type { ClientOptions, FetchFunction } from "../options.js";
import { toApiError } from "../response.js";
import type { Answer, Watch, Watcher } from "../transport.js";
import { checkLevel, checkLogger, createLog, LEVELS } from "./log.js";
import { redactMessage, redactUrl } from "./redact.js";
import { endSpan, errorType, startSpan, traceHeaders } from "./spans.js";
import type { LogLevel, SpanLike, Tracer } from "./types.js";

/** A request on the wire: its span, when it started and the answer's head, once it came. */
interface Sent {
  span: SpanLike | undefined;
  method: string;
  started: number;
  response?: Response;
}

function checkTracer(tracer: unknown): Tracer | undefined {
  if (tracer !== undefined && typeof (tracer as Tracer | null)?.startSpan !== "function") {
    throw new TypeError("tracer must be an OpenTelemetry Tracer (trace.getTracer(name)), with a startSpan method");
  }
  return tracer as Tracer | undefined;
}

const envLevel = (): string | undefined => (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.VERSORI_LOG;

/** A parameter's name as the spec spells it (the descriptors keep it in camelCase). */
const specName = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function watcher(options: ClientOptions, baseUrl: string, fetchImpl: FetchFunction, redacted: ReadonlySet<string> | undefined): Watcher {
  let tracer: Tracer | undefined;
  let log: ReturnType<typeof createLog>;
  let propagate: boolean;
  try {
    tracer = checkTracer(options.tracer);
    const logger = checkLogger(options.logger);
    const env = envLevel();
    // An unknown VERSORI_LOG value logs nothing: a typo in the environment must not break calls.
    const level = checkLevel(options.logLevel) ?? (LEVELS.includes(env as LogLevel) ? (env as LogLevel) : "off");
    log = createLog(logger ?? console, level);
    if (options.propagateTrace !== undefined && typeof options.propagateTrace !== "boolean") throw new TypeError("propagateTrace must be a boolean");
    propagate = options.propagateTrace !== false;
  } catch (error) {
    // Bad options fail each call before anything is sent, as the other options' checks do.
    return () => Promise.reject(error);
  }
  const origin = new URL(baseUrl).origin;
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, "");

  return (out, o, run) => {
    const op = o.op;
    const template = op && basePath + op.path.map((part, i) => (i % 2 ? `{${specName(part)}}` : part)).join("");
    const operationId = op?.operationId;
    const shown = redactUrl(out.url, redacted);
    const name = operationId ?? `${out.method} ${template ?? shown}`;
    let requests = 0;
    let retries = 0;
    let open: Sent | undefined;
    let reason = "";

    /** Ends the span of a request; `error` is what its attempt failed with, if it did. */
    const finish = (sent: Sent | undefined, error?: unknown) => {
      if (!sent || sent !== open) return;
      open = undefined;
      const { response } = sent;
      const message = error === undefined ? undefined : redactMessage(error, redacted);
      if (sent.span) endSpan(sent.span, response, error, message);
      const ms = Math.round(performance.now() - sent.started);
      const requestId = response?.headers.get("x-request-id") ?? undefined;
      reason = errorType(response, error) ?? String(response?.status);
      if (log?.enabled("debug")) {
        const status = response ? `${response.status}` : "no answer";
        const failed = error === undefined ? "" : `, failed: ${message}`;
        log("debug", `${name}: ${status} in ${ms} ms${requestId ? ` (request id ${requestId})` : ""}${failed}`, {
          operationId,
          status: response?.status,
          durationMs: ms,
          requestId,
          ...(error === undefined ? {} : { errorType: errorType(response, error), message }),
        });
      }
    };

    const watch: Watch = {
      fetch: async (url, init) => {
        // A request while another is open: a redirect this attempt follows; that one is done.
        finish(open);
        const resend = requests++;
        const method = init.method ?? "GET";
        const full = redactUrl(url, redacted);
        const span = tracer && startSpan(tracer, { method, url: full, template, operationId, resend });
        const sent: Sent = { span, method, started: performance.now() };
        open = sent;
        log?.("debug", `${method} ${template ?? full}${operationId ? ` (${operationId})` : ""}, attempt ${resend + 1}`, {
          operationId,
          method,
          urlTemplate: template,
          attempt: resend + 1,
        });
        // Trace headers only to the API's own origin: elsewhere they would tell a third party our trace ids.
        const trace = span && propagate && new URL(url).origin === origin ? traceHeaders(span) : undefined;
        if (trace) init = { ...init, headers: { ...(init.headers as Record<string, string>), ...trace } };
        const response = await fetchImpl(url, init);
        if (open === sent) sent.response = response;
        return response;
      },
      settle: (attempt) =>
        attempt.then(
          (answer) => {
            finish(open);
            return answer;
          },
          (error: unknown) => {
            finish(open, error);
            throw error;
          },
        ),
      wait: (ms) => {
        retries++;
        log?.("warn", `${name}: retry ${retries} of ${o.maxRetries} in ${ms} ms, after ${reason}`, { operationId, retry: retries, waitMs: ms, reason });
      },
    };

    const failed = (error: unknown, extra: Record<string, unknown>) => {
      const message = redactMessage(error, redacted);
      log?.("error", `${name} failed: ${error instanceof Error ? error.name : "Error"}: ${message}`, { operationId, errorType: errorType(undefined, error), message, ...extra });
    };
    return run(out, o, watch).then(
      (answer: Answer) => {
        // An error answer: what a named method throws (the path client returns it as `error`).
        if (!answer.response.ok && log?.enabled("error")) {
          const error = toApiError(answer.response, answer.text, answer.summary(), operationId);
          failed(error, { errorType: errorType(answer.response, undefined), status: error.status, code: error.code, requestId: error.requestId });
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
