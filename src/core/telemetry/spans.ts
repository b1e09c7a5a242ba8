// One CLIENT span per request on the wire, named and described as OpenTelemetry's HTTP client
// semantic conventions (1.45) say: `{method} {url.template}`, the required attributes at start,
// the status code at the end, status ERROR and `error.type` for a 4xx/5xx answer or a failure.
// Driven through the Tracer's and the Span's own methods: nothing here imports @opentelemetry/api.
import { VersoriApiError } from "../../errors.js";
import type { AttributeValue, SpanLike, TracerLike } from "./types.js";

const CLIENT = 2; // SpanKind.CLIENT
const ERROR = 2; // SpanStatusCode.ERROR
const KNOWN_METHOD = /^(CONNECT|DELETE|GET|HEAD|OPTIONS|PATCH|POST|PUT|TRACE)$/;

/** What a span is started with; `url` is redacted already. */
export interface RequestFacts {
  method: string;
  url: string;
  /** The absolute path template (`/api/v2/o/{organisation_id}/projects`), when the operation is known. */
  template: string | undefined;
  operationId: string | undefined;
  /** How many requests of this call went before (retries and redirects). */
  resend: number;
}

export function startSpan(tracer: TracerLike, facts: RequestFacts): SpanLike {
  const { method, url, template, operationId, resend } = facts;
  const known = KNOWN_METHOD.test(method);
  const { hostname, port, protocol } = new URL(url);
  const attributes: Record<string, AttributeValue> = {
    "http.request.method": known ? method : "_OTHER",
    // An IPv6 address without its brackets.
    "server.address": hostname.replace(/^\[(.*)\]$/, "$1"),
    "server.port": Number(port) || (protocol === "https:" ? 443 : 80),
    "url.full": url,
  };
  if (!known) attributes["http.request.method_original"] = method;
  if (template) attributes["url.template"] = template;
  if (operationId) attributes["versori.operation_id"] = operationId;
  if (resend) attributes["http.request.resend_count"] = resend;
  const name = known ? method : "HTTP";
  return tracer.startSpan(template ? `${name} ${template}` : name, { kind: CLIENT, attributes });
}

/**
 * `error.type`: the status code for an error answer, else what the failure was: a refused
 * redirect's code (`cross_origin_redirect`, ...) or the exception's name (`VersoriTimeoutError`,
 * `VersoriConnectionError`, `VersoriResponseTooLargeError`, `AbortError`...), `_OTHER` otherwise.
 */
export function errorType(response: Response | undefined, error: unknown): string | undefined {
  if (error !== undefined) return error instanceof VersoriApiError ? error.code : error instanceof Error && error.name ? error.name : "_OTHER";
  return response && response.status >= 400 ? String(response.status) : undefined;
}

/** Ends a request's span with its answer (when one came), and the failure that ended it, if any. */
export function endSpan(span: SpanLike, response: Response | undefined, error: unknown, message: string | undefined): void {
  if (response) {
    span.setAttribute("http.response.status_code", response.status);
    const id = response.headers.get("x-request-id");
    if (id) span.setAttribute("versori.request_id", id);
  }
  const type = errorType(response, error);
  if (type) {
    span.setAttribute("error.type", type);
    // No description when the status code says it all.
    span.setStatus(message ? { code: ERROR, message } : { code: ERROR });
  }
  span.end();
}

const VALID_TRACE = /^(?!0+$)[\da-f]{32}$/;
const VALID_SPAN = /^(?!0+$)[\da-f]{16}$/;

/** W3C Trace Context headers naming `span` as the parent, or none for a span without a valid context (a no-op tracer's). */
export function traceHeaders(span: SpanLike): Record<string, string> | undefined {
  const { traceId, spanId, traceFlags, traceState } = span.spanContext();
  if (!VALID_TRACE.test(traceId) || !VALID_SPAN.test(spanId)) return undefined;
  const headers: Record<string, string> = { traceparent: `00-${traceId}-${spanId}-${(traceFlags & 0xff).toString(16).padStart(2, "0")}` };
  const state = traceState?.serialize();
  if (state) headers.tracestate = state;
  return headers;
}
