// The shapes the `tracer` and `logger` options take, written structurally so the package's
// types never import @opentelemetry/api (an optional peer): an OpenTelemetry Tracer fits
// `TracerLike`, and console, pino or winston fit `Logger`. Only what the client calls is listed.

/** Attribute values the client sets: strings and numbers. */
export type AttributeValue = string | number | boolean;

/** What `span.spanContext()` gives: enough to write the W3C `traceparent` and `tracestate` headers. */
export interface SpanContextLike {
  traceId: string;
  spanId: string;
  traceFlags: number;
  traceState?: { serialize(): string } | undefined;
}

/** The part of an OpenTelemetry Span the client drives. */
export interface SpanLike {
  setAttribute(key: string, value: AttributeValue): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): unknown;
  spanContext(): SpanContextLike;
}

/** An OpenTelemetry Tracer (`trace.getTracer("my-app")`), or anything with its `startSpan`. */
export interface TracerLike {
  startSpan(name: string, options?: { kind?: number; attributes?: Record<string, AttributeValue> }): SpanLike;
}

/** The levels, from the most to the least detailed; `off` logs nothing. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "off";

/** One log method: a line of text, then the same facts as fields (pino takes them as `(fields, line)`; see guides/tracing.md). */
export type LogMethod = (message: string, fields: Record<string, unknown>) => void;

/** Any logger with these four methods: console, pino, winston... */
export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}
