// No secret the client was given reaches a span or a log line: tokens (API key, JWT), credential
// headers (Authorization, Cookie, X-Api-Key, one named in redactHeaders), credential-named query
// values and a password in a redirect's URL. Every attribute, event, status message and log
// line of calls that succeed, fail, retry, time out and follow redirects is swept for them.
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { expect, test } from "vitest";
import { createConnectClient, createConnectFetchClient } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";
import { capturingLogger, useTracer, type Line } from "./support.js";

const { tracer, clientSpans } = useTracer();
const ids = { organisationId: ORG, connectorId: CONNECTOR };

const API_KEY = "sk_live_PLANTED_API_KEY_4f1e";
const JWT = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJQTEFOVEVEIn0.PLANTED_SIGNATURE_9c2a";
const COOKIE = "PLANTED_COOKIE_77b0";
const HEADER_KEY = "PLANTED_X_API_KEY_31d4";
const NAMED = "PLANTED_NAMED_HEADER_0e6f";
const QUERY = "PLANTED_QUERY_TOKEN_5a8b";
const PASSWORD = "PLANTED_PASSWORD_c3d9";
const SECRETS = [API_KEY, JWT, COOKIE, HEADER_KEY, NAMED, QUERY, PASSWORD];

function everything(spans: ReadableSpan[], lines: Line[]): string[] {
  const texts: string[] = [];
  for (const span of spans) {
    texts.push(span.name, JSON.stringify(span.attributes), JSON.stringify(span.status));
    for (const event of span.events) texts.push(event.name, JSON.stringify(event.attributes ?? {}));
  }
  for (const line of lines) texts.push(line.message, JSON.stringify(line.fields));
  return texts;
}

test("every attribute, event, status and log line of every outcome is free of the secrets used", async () => {
  let retried = 0;
  const server = await startLoopback((seen, res) => {
    const path = seen.url.split("?")[0]!;
    if (path.endsWith("/retry") && retried++ === 0) return json(res, 503, { code: "unavailable", message: "later" });
    if (path.endsWith("/hang")) return; // never answers: a timeout
    if (path.endsWith("/denied")) return json(res, 401, { code: "unauthorized", message: "bad key" });
    if (path.endsWith("/to-userinfo")) {
      // A Location in the same origin that carries a user and password: fetch refuses it.
      res.writeHead(307, { location: `http://user:${PASSWORD}@${seen.headers.host}/o/${ORG}/connectors/${CONNECTOR}?token=${QUERY}` });
      return res.end();
    }
    if (path.endsWith("/to-query")) {
      res.writeHead(307, { location: `/o/${ORG}/connectors/${CONNECTOR}?access_token=${QUERY}&plain=1` });
      return res.end();
    }
    json(res, 200, connector());
  });
  const logger = capturingLogger();
  const common = {
    baseUrl: server.url,
    tracer,
    logger,
    logLevel: "debug" as const,
    headers: { Cookie: `sid=${COOKIE}`, "X-Api-Key": HEADER_KEY, "X-Tenant-Pass": NAMED },
    redactHeaders: ["x-tenant-pass"],
  };
  const apiKeyClient = createConnectClient({ ...common, token: API_KEY });
  const jwtClient = createConnectClient({ ...common, token: JWT, authScheme: "JWT", timeoutMs: 100, maxRetries: 0 });
  const paths = createConnectFetchClient({ ...common, token: API_KEY, timeoutMs: 200 });
  const get = (client: typeof paths, path: string) =>
    client.GET(path as "/o/{organisation_id}/connectors/{connector_id}", {
      params: { path: { organisation_id: ORG, connector_id: CONNECTOR }, query: { api_key: QUERY, "X-Tenant-Pass": NAMED } } as never,
    });
  const outcomes = await Promise.allSettled([
    apiKeyClient.getConnector(ids),
    jwtClient.getConnector(ids),
    get(paths, "/o/{organisation_id}/connectors/{connector_id}/retry"),
    get(paths, "/o/{organisation_id}/connectors/{connector_id}/denied"),
    get(paths, "/o/{organisation_id}/connectors/{connector_id}/hang").catch(() => "timed out"),
    get(paths, "/o/{organisation_id}/connectors/{connector_id}/to-userinfo"),
    get(paths, "/o/{organisation_id}/connectors/{connector_id}/to-query"),
    createConnectClient({ ...common, baseUrl: `http://127.0.0.1:${await refusedPort()}`, token: API_KEY, maxRetries: 0 }).getConnector(ids),
  ]);
  // The planted secrets really went out, where the server could see them.
  const seenBy = JSON.stringify(server.requests.map((r) => [r.url, r.headers]));
  for (const secret of [API_KEY, JWT, COOKIE, HEADER_KEY, NAMED, QUERY]) expect(seenBy).toContain(secret);
  expect(outcomes.map((o) => o.status)).toContain("rejected");

  const spans = clientSpans();
  const texts = everything(spans, logger.lines);
  // Every kind of line and span was made, and the redacted forms are there in the secrets' place.
  expect(spans.length).toBeGreaterThanOrEqual(10);
  expect(new Set(logger.lines.map((l) => l.level))).toEqual(new Set(["debug", "warn", "error"]));
  const all = texts.join("\n");
  expect(all).toContain("api_key=REDACTED");
  expect(all).toContain("X-Tenant-Pass=REDACTED");
  expect(all).toContain("access_token=REDACTED&plain=1");
  expect(all).toContain("REDACTED:REDACTED@");
  for (const text of texts) for (const secret of [...SECRETS, "sk_live", "eyJhbGci"]) expect(text).not.toContain(secret);
});

// Found using the client: a proxy whose error page echoed the Authorization header it refused put
// the API key into the error line ("GetConnector failed: VersoriApiError: proxy: rejected header
// Bearer sk_live_..."), as the error's message quotes the first 200 characters of such a body.
test("an answer that echoes the credentials it was sent does not carry them into a line or span", async () => {
  const server = await startLoopback((seen, res) => {
    const echoed = `proxy refused: ${seen.headers.authorization} / ${seen.headers.cookie} / ${seen.headers["x-api-key"]} / ${seen.headers["x-tenant-pass"]}`;
    res.writeHead(seen.url.includes("html") ? 200 : 502, { "content-type": "text/html" }).end(`<p>${echoed}</p>`);
  });
  const logger = capturingLogger();
  const common = {
    tracer,
    logger,
    logLevel: "debug" as const,
    maxRetries: 0,
    headers: { Cookie: `sid=${COOKIE}`, "X-Api-Key": HEADER_KEY, "X-Tenant-Pass": NAMED },
    redactHeaders: ["x-tenant-pass"],
  };
  const errors = await Promise.all([
    createConnectClient({ ...common, baseUrl: server.url, token: API_KEY }).getConnector(ids).catch((e: unknown) => e),
    createConnectClient({ ...common, baseUrl: `${server.url}/html`, token: JWT, authScheme: "JWT" }).getConnector(ids).catch((e: unknown) => e),
  ]);
  expect(errors).toMatchObject([{ status: 502 }, { status: 200, code: "invalid_response" }]);
  const lines = logger.lines.filter((l) => l.level === "error");
  expect(lines).toHaveLength(2);
  for (const line of lines) expect(line.message).toContain("proxy refused: ");
  for (const text of everything(clientSpans(), logger.lines)) for (const secret of [...SECRETS, "sk_live", "eyJhbGci"]) expect(text).not.toContain(secret);
});

// Found using the client: a server's stock 404 page ("Cannot GET /o/.../connectors/...?api_key=...",
// as Express answers) put a credential-named query value into the error line, quoting the path
// and query, not the full URL that messages have redacted.
test("an answer that quotes the request's path and query does not carry its credentials into a line or span", async () => {
  const server = await startLoopback((seen, res) => res.writeHead(404, { "content-type": "text/html" }).end(`<pre>Cannot GET ${seen.url}</pre>`));
  const logger = capturingLogger();
  const paths = createConnectFetchClient({ baseUrl: server.url, tracer, logger, logLevel: "debug", redactHeaders: ["x-tenant-pass"] });
  const { response } = await paths.GET("/o/{organisation_id}/connectors/{connector_id}", {
    params: { path: { organisation_id: ORG, connector_id: CONNECTOR }, query: { api_key: QUERY, "X-Tenant-Pass": NAMED, plain: "visible" } } as never,
  });
  expect(response.status).toBe(404);
  const [line] = logger.lines.filter((l) => l.level === "error");
  expect(line!.message).toContain("Cannot GET /o/");
  expect(line!.message).toContain("plain=visible");
  for (const text of everything(clientSpans(), logger.lines)) for (const secret of SECRETS) expect(text).not.toContain(secret);
});
