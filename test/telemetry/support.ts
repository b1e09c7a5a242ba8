// What the telemetry tests share: an OpenTelemetry SDK tracer that keeps its finished spans in
// memory (registered once per test file, so spans started inside a parent span join it), and a
// logger that keeps every line it is handed.
import { trace, type Span } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeEach } from "vitest";
import type { Logger, LogLevel } from "../../src/core/telemetry/types.js";

export function useTracer() {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register();
  beforeEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
  });
  const tracer = provider.getTracer("telemetry-test");
  return {
    tracer,
    /** The spans the client made (not the test's own parent spans), in the order they ended. */
    clientSpans: (): ReadableSpan[] => exporter.getFinishedSpans().filter((s) => s.name !== "parent"),
    /** Runs `work` inside a parent span, and returns its result and the parent. */
    async inParent<T>(work: () => Promise<T>): Promise<{ value: T | undefined; error: unknown; parent: Span }> {
      return tracer.startActiveSpan("parent", async (parent) => {
        try {
          return { value: await work(), error: undefined, parent };
        } catch (error) {
          return { value: undefined, error, parent };
        } finally {
          parent.end();
        }
      });
    },
  };
}

export interface Line {
  level: Exclude<LogLevel, "off">;
  message: string;
  fields: Record<string, unknown>;
}

export function capturingLogger(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: Line["level"]) => (message: string, fields: Record<string, unknown>) => void lines.push({ level, message, fields });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** The `traceparent` a span makes for its children. */
export const traceparentOf = (span: ReadableSpan) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;
