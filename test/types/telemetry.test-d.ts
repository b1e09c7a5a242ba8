// The tracer, logger and logLevel options on every client factory: an OpenTelemetry Tracer,
// console and pino fit as they are; the levels are the five names; the package's own types
// never name @opentelemetry/api (it is an optional peer), so its Tracer fits structurally.
import { trace } from "@opentelemetry/api";
import { BasicTracerProvider } from "@opentelemetry/sdk-trace-base";
import pino from "pino";
import { describe, expectTypeOf, test } from "vitest";
import * as versori from "../../src/index.js";
import { createConnectClient, type ClientOptions, type Logger, type LogLevel, type TracerLike } from "../../src/index.js";

const tracer = trace.getTracer("my-app");

describe("tracer", () => {
  test("an OpenTelemetry Tracer, from the API or an SDK provider, is a TracerLike", () => {
    expectTypeOf(tracer).toExtend<TracerLike>();
    expectTypeOf(new BasicTracerProvider().getTracer("x")).toExtend<TracerLike>();
  });

  test("every factory takes tracer, propagateTrace, logger and logLevel", () => {
    const options = { tracer, propagateTrace: false, logger: console, logLevel: "debug" } as const;
    for (const factory of [
      versori.createConnectClient,
      versori.createConnectCore,
      versori.createConnectFetchClient,
      versori.createEmbeddedClient,
      versori.createEmbeddedCore,
      versori.createEmbeddedFetchClient,
      versori.createOrganisationsClient,
      versori.createOrganisationsCore,
      versori.createOrganisationsFetchClient,
      versori.createPlatformClient,
      versori.createPlatformCore,
      versori.createPlatformFetchClient,
    ]) {
      expectTypeOf(factory).toBeCallableWith(options);
    }
  });

  test("something without startSpan is not a tracer", () => {
    // @ts-expect-error no startSpan
    void createConnectClient({ tracer: {} });
    // @ts-expect-error propagateTrace is a boolean
    void createConnectClient({ tracer, propagateTrace: "yes" });
  });
});

describe("logger and logLevel", () => {
  test("console and pino are Loggers", () => {
    expectTypeOf(console).toExtend<Logger>();
    expectTypeOf(pino()).toExtend<Logger>();
  });

  test("the levels are debug, info, warn, error and off", () => {
    expectTypeOf<LogLevel>().toEqualTypeOf<"debug" | "info" | "warn" | "error" | "off">();
    expectTypeOf<ClientOptions["logLevel"]>().toEqualTypeOf<LogLevel | undefined>();
    // @ts-expect-error not a level
    void createConnectClient({ logLevel: "verbose" });
  });

  test("a logger lacking a method, or taking something other than a line, is refused", () => {
    // @ts-expect-error no error method
    void createConnectClient({ logger: { debug() {}, info() {}, warn() {} } });
    // @ts-expect-error the line is a string
    void createConnectClient({ logger: { debug: (n: number) => n, info() {}, warn() {}, error() {} } });
  });
});
