// The W3C trace headers go with each traced request to the base URL's origin only, and not at
// all with propagateTrace: false. Real loopback servers (two ports: two origins).
import { ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_RESEND_COUNT, ATTR_URL_FULL } from "@opentelemetry/semantic-conventions";
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, type Middleware } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";
import { traceparentOf, useTracer } from "./support.js";

const { tracer, clientSpans, inParent } = useTracer();
const ids = { organisationId: ORG, connectorId: CONNECTOR };

describe("traceparent", () => {
  test("a redirect within the origin: two spans (the second a resend), each request with its own span as parent", async () => {
    const server = await startLoopback((seen, res) => {
      if (seen.n === 1) {
        res.writeHead(307, { location: `/moved/o/${ORG}/connectors/${CONNECTOR}` });
        return res.end();
      }
      json(res, 200, connector());
    });
    const connect = createConnectClient({ baseUrl: server.url, tracer });
    await inParent(() => connect.getConnector(ids));
    const [hop, final] = clientSpans();
    expect(hop!.attributes).toMatchObject({ "http.response.status_code": 307 });
    expect(hop!.attributes).not.toHaveProperty(ATTR_ERROR_TYPE);
    expect(final!.attributes).toMatchObject({ [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1, [ATTR_URL_FULL]: `${server.url}/moved/o/${ORG}/connectors/${CONNECTOR}` });
    expect(server.requests.map((r) => r.headers.traceparent)).toEqual([traceparentOf(hop!), traceparentOf(final!)]);
  });

  test("a redirect to another origin is refused: the other server sees nothing, the span says why", async () => {
    const other = await startLoopback((_, res) => json(res, 200, connector()));
    const server = await startLoopback((_, res) => {
      res.writeHead(307, { location: `${other.url}/o/${ORG}/connectors/${CONNECTOR}` });
      res.end();
    });
    const connect = createConnectClient({ baseUrl: server.url, tracer });
    const { error } = await inParent(() => connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(other.requests).toHaveLength(0);
    expect(clientSpans()[0]!.attributes).toMatchObject({ "http.response.status_code": 307, [ATTR_ERROR_TYPE]: "cross_origin_redirect" });
  });

  test("a request a middleware sends to another origin goes without trace headers, in a span all the same", async () => {
    const other = await startLoopback((_, res) => json(res, 200, connector()));
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const elsewhere: Middleware = { onRequest: ({ request }) => new Request(request.url.replace(server.url, other.url), request) };
    const connect = createConnectClient({ baseUrl: server.url, tracer, middleware: [elsewhere] });
    await inParent(() => connect.getConnector(ids));
    expect(server.requests).toHaveLength(0);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers).not.toHaveProperty("traceparent");
    expect(other.requests[0]!.headers).not.toHaveProperty("tracestate");
    expect(clientSpans()[0]!.attributes[ATTR_URL_FULL]).toBe(`${other.url}/o/${ORG}/connectors/${CONNECTOR}`);
  });

  test("propagateTrace: false sends no trace headers; the spans are still made", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const connect = createConnectClient({ baseUrl: server.url, tracer, propagateTrace: false });
    await inParent(() => connect.getConnector(ids));
    expect(server.requests[0]!.headers).not.toHaveProperty("traceparent");
    expect(clientSpans()).toHaveLength(1);
  });

  test("a tracer whose spans have no valid context (the API without an SDK) sends no traceparent", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const { trace } = await import("@opentelemetry/api");
    // A non-recording span with the all-zero context, as the no-op tracer makes.
    const noop = { startSpan: () => trace.wrapSpanContext({ traceId: "0".repeat(32), spanId: "0".repeat(16), traceFlags: 0 }) };
    await createConnectClient({ baseUrl: server.url, tracer: noop }).getConnector(ids);
    expect(server.requests[0]!.headers).not.toHaveProperty("traceparent");
  });
});
