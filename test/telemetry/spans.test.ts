// One CLIENT span per request on the wire, as OpenTelemetry's HTTP client conventions describe
// it, for every surface (named methods, paginate, the light entry and the path client) and
// every way an attempt ends: an answer, an error answer, a retry, a timeout, an abort and a
// refused connection. Real loopback servers; spans from the SDK's in-memory exporter.
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from "@opentelemetry/semantic-conventions";
import { ATTR_URL_TEMPLATE } from "@opentelemetry/semantic-conventions/incubating";
import { describe, expect, test } from "vitest";
import {
  call,
  createConnectClient,
  createConnectCore,
  createConnectFetchClient,
  GetConnector,
  VersoriApiError,
  VersoriConnectionError,
  VersoriTimeoutError,
} from "../../src/index.js";
import { call as platformCall, createPlatformCore, GetProject } from "../../src/platform/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";
import { capturingLogger, traceparentOf, useTracer } from "./support.js";

const { tracer, clientSpans, inParent } = useTracer();
const ids = { organisationId: ORG, connectorId: CONNECTOR };
const TEMPLATE = "/o/{organisation_id}/connectors/{connector_id}";
const CONNECTOR_PATH = `/o/${ORG}/connectors/${CONNECTOR}`;

/** Answers each request with the next of `statuses` (then 200), a request id per request. */
function scripted(...statuses: number[]) {
  return startLoopback((seen, res) => {
    const status = statuses[seen.n - 1] ?? 200;
    const headers = { "x-request-id": `req-${seen.n}` };
    if (status === 200) json(res, 200, connector(), headers);
    else json(res, status, { code: `s${status}`, message: "scripted" }, headers);
  });
}

describe("a call's spans", () => {
  test("a success: one CLIENT span named `GET {url.template}`, the required attributes, status unset, traceparent sent", async () => {
    const server = await scripted();
    const connect = createConnectClient({ baseUrl: server.url, token: "t", tracer });
    const { value, parent } = await inParent(() => connect.getConnector(ids));
    expect(value).toMatchObject({ id: CONNECTOR });
    const [span, ...more] = clientSpans();
    expect(more).toEqual([]);
    expect(span!.name).toBe(`GET ${TEMPLATE}`);
    expect(span!.kind).toBe(SpanKind.CLIENT);
    expect(span!.attributes).toEqual({
      [ATTR_HTTP_REQUEST_METHOD]: "GET",
      [ATTR_SERVER_ADDRESS]: "127.0.0.1",
      [ATTR_SERVER_PORT]: Number(new URL(server.url).port),
      [ATTR_URL_FULL]: `${server.url}${CONNECTOR_PATH}`,
      [ATTR_URL_TEMPLATE]: TEMPLATE,
      "versori.operation_id": "GetConnector",
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200,
      "versori.request_id": "req-1",
    });
    expect(span!.status).toEqual({ code: SpanStatusCode.UNSET });
    expect(span!.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(span!.spanContext().traceId).toBe(parent.spanContext().traceId);
    // The loopback server got the span's own context as the parent of whatever it does.
    expect(server.requests[0]!.headers.traceparent).toBe(traceparentOf(span!));
  });

  test("a 404: status ERROR without a description, error.type \"404\"; the call throws as ever", async () => {
    const server = await scripted(404);
    const connect = createConnectClient({ baseUrl: server.url, tracer });
    const { error } = await inParent(() => connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriApiError);
    const [span] = clientSpans();
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(span!.attributes).toMatchObject({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: 404, [ATTR_ERROR_TYPE]: "404", "versori.request_id": "req-1" });
    expect(clientSpans()).toHaveLength(1);
  });

  test("a 503 then a 200: two spans under one parent, the second with resend_count 1; the wait is logged", async () => {
    const server = await scripted(503);
    const logger = capturingLogger();
    const connect = createConnectClient({ baseUrl: server.url, tracer, logger, logLevel: "warn" });
    const { value, parent } = await inParent(() => connect.getConnector(ids));
    expect(value).toMatchObject({ id: CONNECTOR });
    const [first, second] = clientSpans();
    expect(clientSpans()).toHaveLength(2);
    expect(first!.attributes).toMatchObject({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: 503, [ATTR_ERROR_TYPE]: "503" });
    expect(first!.attributes).not.toHaveProperty(ATTR_HTTP_REQUEST_RESEND_COUNT);
    expect(first!.status.code).toBe(SpanStatusCode.ERROR);
    expect(second!.attributes).toMatchObject({ [ATTR_HTTP_RESPONSE_STATUS_CODE]: 200, [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1, "versori.request_id": "req-2" });
    expect(second!.status.code).toBe(SpanStatusCode.UNSET);
    for (const span of [first!, second!]) expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    // Each request carried its own span as the parent.
    expect(server.requests.map((r) => r.headers.traceparent)).toEqual([traceparentOf(first!), traceparentOf(second!)]);
    const [retry, ...others] = logger.lines;
    expect(others).toEqual([]);
    expect(retry!.level).toBe("warn");
    expect(retry!.message).toMatch(/^GetConnector: retry 1 of 2 after 503, waited \d+ ms$/);
    expect(retry!.fields).toMatchObject({ operationId: "GetConnector", retry: 1, reason: "503" });
    expect(retry!.fields.waitMs).toBeGreaterThanOrEqual(375);
  });

  test("a timeout: status ERROR with the message, error.type VersoriTimeoutError, no status code", async () => {
    const server = await startLoopback(() => {}); // never answers
    const connect = createConnectClient({ baseUrl: server.url, tracer, timeoutMs: 50, maxRetries: 0 });
    const { error } = await inParent(() => connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriTimeoutError);
    const [span] = clientSpans();
    expect(span!.attributes[ATTR_ERROR_TYPE]).toBe("VersoriTimeoutError");
    expect(span!.attributes).not.toHaveProperty(ATTR_HTTP_RESPONSE_STATUS_CODE);
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: (error as Error).message });
  });

  test("an abort: the caller's reason ends the span, error.type AbortError", async () => {
    const server = await startLoopback(() => {});
    const connect = createConnectClient({ baseUrl: server.url, tracer });
    const controller = new AbortController();
    void server.seen(1).then(() => controller.abort());
    const { error } = await inParent(() => connect.getConnector({ ...ids, signal: controller.signal }));
    expect((error as Error).name).toBe("AbortError");
    const [span] = clientSpans();
    expect(span!.attributes[ATTR_ERROR_TYPE]).toBe("AbortError");
    expect(span!.status.code).toBe(SpanStatusCode.ERROR);
    expect(clientSpans()).toHaveLength(1);
  });

  test("a refused connection: error.type VersoriConnectionError, one span per attempt with resend_count", async () => {
    const port = await refusedPort();
    const connect = createConnectClient({ baseUrl: `http://127.0.0.1:${port}`, tracer, maxRetries: 1 });
    const { error } = await inParent(() => connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriConnectionError);
    const spans = clientSpans();
    expect(spans.map((s) => [s.attributes[ATTR_ERROR_TYPE], s.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT], s.status.code])).toEqual([
      ["VersoriConnectionError", undefined, SpanStatusCode.ERROR],
      ["VersoriConnectionError", 1, SpanStatusCode.ERROR],
    ]);
    expect(spans[0]!.attributes[ATTR_SERVER_PORT]).toBe(port);
  });

  test("a paginated walk: one span per page, none a resend", async () => {
    const server = await startLoopback((seen, res) => {
      const next = seen.n < 3 ? `cursor-${seen.n}` : undefined;
      json(res, 200, { connectors: [connector(`c${seen.n}`)], ...(next ? { next } : {}) });
    });
    const connect = createConnectClient({ baseUrl: server.url, tracer });
    const { value } = await inParent(async () => {
      const names: string[] = [];
      for await (const item of connect.paginate.listConnectors({ organisationId: ORG })) names.push(item.id);
      return names;
    });
    expect(value).toEqual(["c1", "c2", "c3"]);
    const spans = clientSpans();
    expect(spans.map((s) => s.name)).toEqual(Array(3).fill("GET /o/{organisation_id}/connectors"));
    expect(spans.map((s) => s.attributes[ATTR_URL_FULL])).toEqual([
      `${server.url}/o/${ORG}/connectors`,
      `${server.url}/o/${ORG}/connectors?after=cursor-1`,
      `${server.url}/o/${ORG}/connectors?after=cursor-2`,
    ]);
    for (const span of spans) expect(span.attributes).not.toHaveProperty(ATTR_HTTP_REQUEST_RESEND_COUNT);
  });

  test("the path client: the same span, its operation found from the path template", async () => {
    const server = await scripted(404);
    const client = createConnectFetchClient({ baseUrl: server.url, tracer });
    const { value } = await inParent(() =>
      client.GET("/o/{organisation_id}/connectors/{connector_id}", { params: { path: { organisation_id: ORG, connector_id: CONNECTOR } } }),
    );
    expect(value!.response.status).toBe(404);
    const [span] = clientSpans();
    expect(span!.name).toBe(`GET ${TEMPLATE}`);
    expect(span!.attributes).toMatchObject({ "versori.operation_id": "GetConnector", [ATTR_URL_TEMPLATE]: TEMPLATE, [ATTR_ERROR_TYPE]: "404" });
    expect(server.requests[0]!.headers.traceparent).toBe(traceparentOf(span!));
  });

  test("the light entry: call(createConnectCore(...)) and versori-client/platform's call, the base path in the template", async () => {
    const server = await scripted();
    const { value } = await inParent(() => call(createConnectCore({ baseUrl: server.url, tracer }), GetConnector, ids));
    expect(value).toMatchObject({ id: CONNECTOR });
    const platform = await startLoopback((_, res) => json(res, 200, { id: "p1" }));
    await inParent(() => platformCall(createPlatformCore({ baseUrl: `${platform.url}/api/v2`, tracer }), GetProject, { organisationId: ORG, projectId: "p1" }));
    const [connectSpan, platformSpan] = clientSpans();
    expect(connectSpan!.attributes["versori.operation_id"]).toBe("GetConnector");
    expect(platformSpan!.name).toBe("GET /api/v2/o/{organisation_id}/projects/{project_id}");
    expect(platformSpan!.attributes).toMatchObject({ "versori.operation_id": "GetProject", [ATTR_URL_FULL]: `${platform.url}/api/v2/o/${ORG}/projects/p1` });
    expect(platform.requests[0]!.headers.traceparent).toBe(traceparentOf(platformSpan!));
  });
});

describe("a tracer that throws", () => {
  const boom = () => {
    throw new Error("tracer down");
  };
  /** A span whose every method throws, or a tracer whose startSpan does. */
  const brokenSpan = { setAttribute: boom, setStatus: boom, end: boom, spanContext: boom };

  // Found by using the client: startSpan throwing became a VersoriConnectionError ("Could not
  // complete GET ...: tracer down") that was retried with nothing sent, and end() throwing failed
  // a call that had succeeded. Tracing never changes how a call ends, as logging does not.
  test.each([
    ["startSpan", { startSpan: boom }],
    ["the span's methods", { startSpan: () => brokenSpan }],
  ])("%s throwing: the request goes as without a tracer and the call ends the same", async (_, broken) => {
    const server = await scripted(503, 200);
    const connect = createConnectClient({ baseUrl: server.url, tracer: broken as never });
    await expect(connect.getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) expect(request.headers).not.toHaveProperty("traceparent");
    const refused = createConnectClient({ baseUrl: `http://127.0.0.1:${await refusedPort()}`, tracer: broken as never, maxRetries: 0 });
    await expect(refused.getConnector(ids)).rejects.toThrow(expect.objectContaining({ name: "VersoriConnectionError", message: expect.stringContaining("ECONNREFUSED") }));
  });
});

describe("a followed redirect's span", () => {
  // Found using the client: a POST answered 303 to /elsewhere/created/123 gave the GET that
  // followed a span named "GET /o/{organisation_id}/connectors/{connector_id}/versions" with that
  // url.template, though its URL was /elsewhere/created/123: the template said the wrong path.
  test("to another path: no url.template (named by its method alone), the operation kept; to the same path: the template kept", async () => {
    const server = await startLoopback((seen, res) => {
      if (seen.url === CONNECTOR_PATH) return res.writeHead(307, { location: `/elsewhere/${CONNECTOR}` }).end();
      if (seen.url.startsWith("/elsewhere/")) return res.writeHead(307, { location: `${CONNECTOR_PATH}?moved=1` }).end();
      json(res, 200, connector());
    });
    const logger = capturingLogger();
    await inParent(() => createConnectClient({ baseUrl: server.url, tracer, logger, logLevel: "debug" }).getConnector(ids));
    const spans = clientSpans();
    expect(spans.map((s) => [s.name, s.attributes[ATTR_URL_TEMPLATE], s.attributes["versori.operation_id"]])).toEqual([
      [`GET ${TEMPLATE}`, TEMPLATE, "GetConnector"],
      ["GET", undefined, "GetConnector"],
      [`GET ${TEMPLATE}`, TEMPLATE, "GetConnector"],
    ]);
    expect(logger.lines.filter((l) => l.fields.method).map((l) => l.fields.urlTemplate)).toEqual([TEMPLATE, undefined, TEMPLATE]);
  });
});
