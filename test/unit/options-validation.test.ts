// Invalid options are programming errors: a TypeError at once, before any request, that never
// echoes the offending (possibly secret) value.
import { describe, expect, test } from "vitest";
import { createConnectClient, createConnectCore, createConnectFetchClient, VersoriError } from "../../src/index.js";
import { CONNECTOR, jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const baseUrl = "https://api.test/v1";
const SECRET = "s3cr3t-VALUE-9f8e";

async function refusedBeforeRequest(run: (fetch: (url: string, init: RequestInit) => Promise<Response>) => Promise<unknown>) {
  const { fetch, requests } = recordingFetch(() => jsonResponse(200, {}));
  const error = await run(fetch).then(
    () => expect.unreachable("expected a TypeError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(VersoriError);
  expect(requests).toHaveLength(0);
  return error as TypeError;
}

describe("baseUrl", () => {
  test.each(["ftp://api.test/v1", "javascript:alert(1)", "/api/connect/v1", "api.test/v1", "file:///etc/passwd", "data:,x"])(
    "%s is refused at creation",
    (url) => {
      expect(() => createConnectClient({ baseUrl: url })).toThrow(TypeError);
    },
  );

  test("credentials, query or fragment in baseUrl are refused, and the password is not echoed", () => {
    let error: unknown;
    try {
      createConnectClient({ baseUrl: `https://user:${SECRET}@api.test/v1` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain(SECRET);
    expect(() => createConnectClient({ baseUrl: "https://api.test/v1?x=1" })).toThrow(TypeError);
    expect(() => createConnectClient({ baseUrl: "https://api.test/v1#x" })).toThrow(TypeError);
  });

  test("a trailing slash is dropped, so paths are not doubled", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, {}));
    await createConnectClient({ baseUrl: "http://api.test/v1/", fetch }).getConnector(ids);
    expect(new URL(requests[0]!.url).pathname).toBe(`/v1/o/${ORG}/connectors/${CONNECTOR}`);
  });
});

describe("header values", () => {
  const bad = [`a\r\nX-Injected: ${SECRET}`, `${SECRET}\n`, `${SECRET}\r`, `x\0${SECRET}`];

  test.each(bad)("client header %j is refused at creation without echo", (value) => {
    let error: unknown;
    try {
      createConnectClient({ baseUrl, headers: { "X-Custom": value } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).not.toContain(SECRET);
  });

  test.each(bad)("per-call header %j is refused before any request without echo", async (value) => {
    const error = await refusedBeforeRequest((fetch) =>
      createConnectClient({ baseUrl, fetch }).getConnector({ ...ids, headers: { "X-Custom": value } }),
    );
    expect(error.message).not.toContain(SECRET);
  });

  test("a header value outside Latin-1 is refused before any request, as a TypeError", async () => {
    await refusedBeforeRequest((fetch) =>
      createConnectClient({ baseUrl, fetch, maxRetries: 0 }).getConnector({ ...ids, headers: { "X-Custom": `${SECRET}€` } }),
    );
  });

  test("an invalid header name is refused", () => {
    expect(() => createConnectClient({ baseUrl, headers: { "Bad Name": "x" } })).toThrow(TypeError);
  });
});

describe("token", () => {
  test.each([`${SECRET}\r\nX-Evil: 1`, `${SECRET}\n`, `\0${SECRET}`])(
    "a token %j is refused before any request without echoing it",
    async (token) => {
      const error = await refusedBeforeRequest((fetch) => createConnectClient({ baseUrl, token, fetch }).getConnector(ids));
      expect(error.message).not.toContain(SECRET);
      expect(String(error.stack)).not.toContain(SECRET);
    },
  );

  test("the same holds for a token function", async () => {
    const error = await refusedBeforeRequest((fetch) =>
      createConnectClient({ baseUrl, token: async () => `${SECRET}\r\n`, fetch }).getConnector(ids),
    );
    expect(error.message).not.toContain(SECRET);
  });

  test("a token outside Latin-1 is refused before any request without echoing it", async () => {
    const error = await refusedBeforeRequest((fetch) =>
      createConnectClient({ baseUrl, token: `${SECRET}€`, fetch, maxRetries: 0 }).getConnector(ids),
    );
    expect(error.message).not.toContain(SECRET);
  });

  test("a token of the wrong type is refused at creation", () => {
    expect(() => createConnectClient({ baseUrl, token: 42 as never })).toThrow(TypeError);
  });
});

describe("fetch", () => {
  // Accepted until now, then every call failed after its retries with "fetchImpl is not a function".
  test.each([["a string", "fetch"], ["an object", {}], ["null", null], ["a number", 1]])("%s is refused at creation, on every factory", (_, fetch) => {
    const factories = [createConnectClient, createConnectCore, createConnectFetchClient];
    for (const create of factories) expect(() => create({ baseUrl, fetch: fetch as never }), create.name).toThrow(new TypeError("fetch must be a function (url, init) => Promise<Response>"));
  });

  test("a function, or none, is accepted", () => {
    expect(() => createConnectClient({ baseUrl, fetch: undefined })).not.toThrow();
    expect(() => createConnectClient({ baseUrl, fetch: recordingFetch().fetch })).not.toThrow();
  });
});

describe("numbers and ids", () => {
  test.each([-1, 1.5, Number.NaN])("timeoutMs/maxRetries %s are refused", async (n) => {
    expect(() => createConnectClient({ baseUrl, timeoutMs: n })).toThrow(TypeError);
    expect(() => createConnectClient({ baseUrl, maxRetries: n })).toThrow(TypeError);
    await refusedBeforeRequest((fetch) => createConnectClient({ baseUrl, fetch }).getConnector({ ...ids, maxRetries: n }));
  });

  test("a bound organisationId must be a non-empty string", () => {
    expect(() => createConnectClient({ baseUrl, organisationId: "" })).toThrow(TypeError);
  });
});

describe("baseUrl with an empty query or fragment", () => {
  test.each(["?", "#", "/?", "?#", "/#"])("a baseUrl ending in %j is refused, and nothing is sent", async (tail) => {
    const server = await startLoopback((_, res) => json(res, 200, {}));
    expect(() => createConnectClient({ baseUrl: `${server.url}/v1${tail}` })).toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
