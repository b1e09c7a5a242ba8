// Header values and tokens that fetch cannot send, and header names it refuses, are TypeErrors
// before any request: never a VersoriConnectionError retried without reaching the server.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriError } from "../../src/index.js";
import { CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const SECRET = "s3cr3t-VALUE-9f8e";
// Every C0 control but tab (which HTTP allows inside a value), and DEL.
const CONTROLS = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).filter((c) => c !== "\t"), "\x7f"];

async function server() {
  return startLoopback((_, res) => json(res, 200, { id: CONNECTOR }));
}

async function refused(promise: Promise<unknown>): Promise<TypeError> {
  const error = await promise.then(
    () => expect.unreachable("expected a TypeError"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(VersoriError);
  expect((error as Error).message).not.toContain(SECRET);
  return error as TypeError;
}

describe("control characters", () => {
  test.each(CONTROLS.map((c) => [JSON.stringify(c), c]))("%s in a per-call header value: TypeError, nothing sent", async (_, c) => {
    const srv = await server();
    await refused(createConnectClient({ baseUrl: srv.url }).getConnector({ ...ids, headers: { "X-Custom": `${SECRET}${c}x` } }));
    expect(srv.requests).toHaveLength(0);
  });

  test.each(CONTROLS.map((c) => [JSON.stringify(c), c]))("%s in a client header value: TypeError at creation", (_, c) => {
    let error: unknown;
    try {
      createConnectClient({ baseUrl: "http://127.0.0.1:9", headers: { "X-Api-Key": `${SECRET}${c}` } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain(SECRET);
  });

  test.each(["\x01", "\x1b", "\x7f", "\t"].map((c) => [JSON.stringify(c), c]))("%s in a token (string or function): TypeError, nothing sent", async (_, c) => {
    const srv = await server();
    await refused(createConnectClient({ baseUrl: srv.url, token: `${SECRET}${c}` }).getConnector(ids));
    await refused(createConnectClient({ baseUrl: srv.url, token: async () => `${c}${SECRET}` }).getConnector(ids));
    expect(srv.requests).toHaveLength(0);
  });

  test("a tab inside a header value is sent as it is", async () => {
    const srv = await server();
    await createConnectClient({ baseUrl: srv.url }).getConnector({ ...ids, headers: { "X-Custom": "a\tb" } });
    expect(srv.requests[0]!.headers["x-custom"]).toBe("a\tb");
  });
});

describe("header names fetch refuses or manages itself", () => {
  test.each(["Transfer-Encoding", "connection", "Keep-Alive", "upgrade", "Expect", "Content-Length"])(
    "%s: TypeError per call (nothing sent) and at creation",
    async (name) => {
      const srv = await server();
      const error = await refused(
        createConnectClient({ baseUrl: srv.url }).updateConnector({
          ...ids,
          body: { name: "x" } as never,
          headers: { [name]: "chunked" },
        }),
      );
      expect(error.message).toContain(name);
      expect(srv.requests).toHaveLength(0);
      expect(() => createConnectClient({ baseUrl: srv.url, headers: { [name]: "1" } })).toThrow(TypeError);
    },
  );

  test.each(["Bad Name", "x:y", "", "é"])("an invalid name %j is refused", async (name) => {
    const srv = await server();
    await refused(createConnectClient({ baseUrl: srv.url }).getConnector({ ...ids, headers: { [name]: "v" } }));
    expect(srv.requests).toHaveLength(0);
  });
});
