// A planted token must not appear anywhere an error can be printed, serialised or logged.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import {
  createConnectClient,
  createConnectFetchClient,
  VersoriApiError,
  VersoriConnectionError,
  VersoriError,
  VersoriTimeoutError,
} from "../../src/index.js";
import { CONNECTOR, jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";

const TOKEN = "tok_PLANTED_5e1f0c7d9a";
const ids = { organisationId: ORG, connectorId: CONNECTOR };

function renderings(error: unknown): Record<string, string> {
  const e = error as Error & { request?: unknown };
  return {
    message: e.message,
    string: String(e),
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: 10, showHidden: true }),
    stack: String(e.stack),
    request: JSON.stringify(e.request ?? null),
  };
}

function expectNoToken(error: unknown) {
  // Proves inspect really walked the hidden request summary, not just the message.
  if (error instanceof VersoriError) expect(renderings(error).inspect).toContain("[redacted]");
  for (const [where, text] of Object.entries(renderings(error))) {
    expect(text, `token leaked through ${where}`).not.toContain(TOKEN);
  }
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
}

describe("VersoriError subclasses keep no token", () => {
  test("VersoriApiError: Authorization kept as [redacted]", async () => {
    const { fetch } = recordingFetch(() => jsonResponse(401, { code: "unauthorized", message: "bad key" }));
    const error = await failure(createConnectClient({ baseUrl: "https://api.test", token: TOKEN, fetch }).getConnector(ids));
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).request.headers.authorization).toBe("[redacted]");
    expectNoToken(error);
  });

  test("VersoriApiError: a token given as a per-call header or cookie is redacted too", async () => {
    const { fetch } = recordingFetch(() => jsonResponse(403, { code: "forbidden", message: "no" }));
    const connect = createConnectClient({ baseUrl: "https://api.test", headers: { Cookie: `sid=${TOKEN}` }, fetch });
    const error = await failure(connect.getConnector({ ...ids, headers: { Authorization: `Bearer ${TOKEN}` } }));
    const { headers } = (error as VersoriApiError).request;
    expect(headers.authorization).toBe("[redacted]");
    expect(headers.cookie).toBe("[redacted]");
    expectNoToken(error);
  });

  test("VersoriConnectionError from a refused port (real fetch)", async () => {
    const port = await refusedPort();
    const connect = createConnectClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, maxRetries: 0 });
    const error = await failure(connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriConnectionError);
    expect((error as VersoriConnectionError).request.headers.authorization).toBe("[redacted]");
    expectNoToken(error);
  });

  test("VersoriConnectionError from a throwing fetch", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) });
    };
    const error = await failure(
      createConnectClient({ baseUrl: "https://api.test", token: () => TOKEN, fetch, maxRetries: 0 }).getConnector(ids),
    );
    expect(error).toBeInstanceOf(VersoriConnectionError);
    expect((error as Error).message).toContain("ECONNRESET");
    expectNoToken(error);
  });

  test("VersoriTimeoutError", async () => {
    // Never answers; gives up when the attempt's signal aborts.
    const fetch = (_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal!.addEventListener("abort", () => reject(init.signal!.reason)));
    const connect = createConnectClient({ baseUrl: "https://api.test", token: TOKEN, fetch, timeoutMs: 5, maxRetries: 0 });
    const error = await failure(connect.getConnector(ids));
    expect(error).toBeInstanceOf(VersoriTimeoutError);
    expect(error).toBeInstanceOf(VersoriError);
    expect((error as VersoriTimeoutError).request.headers.authorization).toBe("[redacted]");
    expectNoToken(error);
  });
});

describe("TypeErrors keep no secret", () => {
  test("a bad token", async () => {
    const error = await failure(createConnectClient({ baseUrl: "https://api.test", token: `${TOKEN}\r\n` }).getConnector(ids));
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });

  test("a bad header value, at creation and per call", async () => {
    let created: unknown;
    try {
      createConnectClient({ baseUrl: "https://api.test", headers: { "X-Api-Key": `${TOKEN}\n` } });
    } catch (e) {
      created = e;
    }
    expect(created).toBeInstanceOf(TypeError);
    expectNoToken(created);
    const perCall = await failure(
      createConnectClient({ baseUrl: "https://api.test" }).getConnector({ ...ids, headers: { "X-Api-Key": `\r${TOKEN}` } }),
    );
    expect(perCall).toBeInstanceOf(TypeError);
    expectNoToken(perCall);
  });

  test("credentials in baseUrl", () => {
    let error: unknown;
    try {
      createConnectClient({ baseUrl: `https://me:${TOKEN}@api.test` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });
});

describe("credential headers other than Authorization", () => {
  const secretHeaders = {
    "X-Api-Key": `k-${TOKEN}`,
    "Api-Key": `k2-${TOKEN}`,
    "X-Auth-Token": `t-${TOKEN}`,
    "X-Client-Secret": `s-${TOKEN}`,
    "X-Signature": `sig-${TOKEN}`,
    "X-Password": `p-${TOKEN}`,
    "X-Session-Id": `sess-${TOKEN}`,
    "Proxy-Authorization": `Basic ${TOKEN}`,
    Cookie: `sid=${TOKEN}`,
    "Set-Cookie": `sid=${TOKEN}`,
  };

  test("names that say they carry a credential are redacted, client or call, on a real answer", async () => {
    const server = await startLoopback((_, res) => json(res, 401, { code: "unauthorized", message: "no" }));
    const [clientPart, callPart] = [Object.fromEntries(Object.entries(secretHeaders).slice(0, 5)), Object.fromEntries(Object.entries(secretHeaders).slice(5))];
    const connect = createConnectClient({ baseUrl: server.url, headers: { ...clientPart, "X-Team": "payments" }, maxRetries: 0 });
    const error = await failure(connect.getConnector({ ...ids, headers: callPart }));
    expect(error).toBeInstanceOf(VersoriApiError);
    // They did reach the server: only the copy kept on the error is redacted.
    expect(server.requests[0]!.headers["x-api-key"]).toBe(`k-${TOKEN}`);
    const { headers } = (error as VersoriApiError).request;
    for (const name of Object.keys(secretHeaders)) expect(headers[name.toLowerCase()], name).toBe("[redacted]");
    expect(headers["x-team"]).toBe("payments");
    expectNoToken(error);
  });

  test("redactHeaders names more headers to redact, whatever their case", async () => {
    const server = await startLoopback((_, res) => json(res, 500, { code: "boom", message: "no" }));
    const connect = createConnectClient({ baseUrl: server.url, headers: { "X-Tenant": TOKEN }, redactHeaders: ["x-tenant", "X-Customer"], maxRetries: 0 });
    const error = await failure(connect.getConnector({ ...ids, headers: { "x-customer": `c-${TOKEN}`, "X-Team": "payments" } }));
    const { headers } = (error as VersoriApiError).request;
    expect(headers).toMatchObject({ "x-tenant": "[redacted]", "x-customer": "[redacted]", "x-team": "payments" });
    expectNoToken(error);
  });

  test("redactHeaders must be an array of header names", () => {
    expect(() => createConnectClient({ baseUrl: "https://api.test", redactHeaders: "x-tenant" as never })).toThrow(TypeError);
    expect(() => createConnectClient({ baseUrl: "https://api.test", redactHeaders: ["bad name"] })).toThrow(TypeError);
  });
});

describe("an error answer that echoes the credentials it was sent", () => {
  // A proxy's or gateway's error page quoting the request it refused: its text becomes the
  // error's message, body and copy of the answer, so the credentials sent are hidden in it.
  const page = (headers: Record<string, string | string[] | undefined>) =>
    `<html><body><h1>401 Unauthorized</h1><pre>Authorization: ${headers["authorization"]}\nX-Api-Key: ${headers["x-api-key"]}\nCookie: ${headers["cookie"]}</pre></body></html>`;

  test("a proxy's page quoting the headers: message, body, JSON, inspect and the answer's copy keep none", async () => {
    const server = await startLoopback((seen, res) => {
      res.writeHead(401, { "content-type": "text/html" });
      res.end(page(seen.headers));
    });
    const connect = createConnectClient({ baseUrl: server.url, token: TOKEN, headers: { "X-Api-Key": `key-${TOKEN}` }, maxRetries: 0 });
    const error = await failure(connect.getConnector({ ...ids, headers: { Cookie: `sid=${TOKEN}x; theme=dark` } }));
    expect(error).toBeInstanceOf(VersoriApiError);
    // The page did quote them, and the rest of it is kept.
    expect(page(server.requests[0]!.headers)).toContain(TOKEN);
    expect((error as VersoriApiError).message).toContain("Authorization: Bearer [redacted]");
    expect((error as VersoriApiError).message).toContain("X-Api-Key: [redacted]");
    expect((error as VersoriApiError).message).toContain("theme=dark");
    expectNoToken(error);
    expect(String((error as VersoriApiError).body)).not.toContain(TOKEN);
    expect(await (error as VersoriApiError).response.text()).not.toContain(TOKEN);
  });

  test("a platform-shaped error whose message quotes the token", async () => {
    const { fetch } = recordingFetch(() => jsonResponse(403, { code: "forbidden", message: `token ${TOKEN} may not read this` }));
    const error = await failure(createConnectClient({ baseUrl: "https://api.test", token: TOKEN, fetch }).getConnector(ids));
    expect(error).toMatchObject({ status: 403, code: "forbidden", message: "token [redacted] may not read this" });
    expectNoToken(error);
  });

  test("the path client's error body is hidden the same way", async () => {
    const { fetch } = recordingFetch((request) => new Response(`denied: ${request.headers.get("authorization")}`, { status: 401 }));
    const paths = createConnectFetchClient({ baseUrl: "https://api.test", token: TOKEN, fetch });
    const { error, response } = await paths.GET("/o/{organisation_id}/connectors/{connector_id}", {
      params: { path: { organisation_id: ORG, connector_id: CONNECTOR } },
    });
    expect(response.status).toBe(401);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).toContain("denied: Bearer [redacted]");
  });

  test("a success's body is the caller's data and is kept as it came", async () => {
    const { fetch } = recordingFetch(() => jsonResponse(200, { id: CONNECTOR, name: `named ${TOKEN}` }));
    const connector = await createConnectClient({ baseUrl: "https://api.test", token: TOKEN, fetch }).getConnector(ids);
    expect(connector).toMatchObject({ name: `named ${TOKEN}` });
  });
});
