// What goes into the request headers: the auth scheme, a token read per attempt, client and
// per-call headers (per call wins), and the JSON content type for bodies.
import { describe, expect, test, vi } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { useFakeClock } from "../support/clock.js";
import { connector, CONNECTOR, jsonResponse, ORG, recordingFetch, update } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const baseUrl = "https://api.test/v1";

describe("Authorization", () => {
  test("Bearer <token> by default", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    await createConnectClient({ baseUrl, token: "key-1", fetch }).getConnector(ids);
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer key-1");
  });

  test('JWT <token> with authScheme "JWT"', async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    await createConnectClient({ baseUrl, token: "eyJ.x.y", authScheme: "JWT", fetch }).getConnector(ids);
    expect(requests[0]!.headers.get("authorization")).toBe("JWT eyJ.x.y");
  });

  test.each([
    ["no token", {}],
    ["an empty token", { token: "" }],
    ["a token function returning undefined", { token: () => undefined }],
  ])("no Authorization header with %s", async (_, auth) => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    await createConnectClient({ baseUrl, fetch, ...auth }).getConnector(ids);
    expect(requests[0]!.headers.has("authorization")).toBe(false);
  });

  test("the token function is called per attempt, so a retry carries the rotated token", async () => {
    useFakeClock();
    let n = 0;
    const token = vi.fn(async () => `rotated-${++n}`);
    const { fetch, requests } = recordingFetch((_, attempt) =>
      attempt === 1 ? jsonResponse(503, { code: "unavailable", message: "try again" }) : jsonResponse(200, connector()),
    );
    const call = createConnectClient({ baseUrl, token, fetch, timeoutMs: 0 }).getConnector(ids);
    await vi.runAllTimersAsync(); // the backoff sleep (no real I/O here, so nothing to wait for)
    await expect(call).resolves.toMatchObject({ id: CONNECTOR });
    expect(token).toHaveBeenCalledTimes(2);
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer rotated-1", "Bearer rotated-2"]);
  });
});

describe("headers", () => {
  test("client and per-call headers are merged, per call winning whatever the case", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    const connect = createConnectClient({ baseUrl, fetch, headers: { "X-Team": "client", "X-Client-Only": "c" } });
    await connect.getConnector({ ...ids, headers: { "x-team": "call", "X-Call-Only": "k" } });
    const h = requests[0]!.headers;
    expect(h.get("x-team")).toBe("call");
    expect(h.get("x-client-only")).toBe("c");
    expect(h.get("x-call-only")).toBe("k");
  });

  test("a body is sent as JSON with Content-Type application/json", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    const body = update();
    await createConnectClient({ baseUrl, fetch }).updateConnector({ ...ids, body });
    expect(requests[0]!.method).toBe("PUT");
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(await requests[0]!.text())).toEqual(body);
  });

  test("no Content-Type without a body", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, connector()));
    await createConnectClient({ baseUrl, fetch }).getConnector(ids);
    expect(requests[0]!.headers.has("content-type")).toBe(false);
  });

  test("query parameters are serialised", async () => {
    const { fetch, requests } = recordingFetch(() => new Response(null, { status: 204 }));
    await createConnectClient({ baseUrl, fetch }).deleteConnector({ ...ids, query: { force: true } });
    expect(new URL(requests[0]!.url).searchParams.get("force")).toBe("true");
  });
});

describe("on a real server", () => {
  async function echo() {
    return startLoopback((_, res) => json(res, 200, connector()));
  }

  test("a per-call Authorization header wins over the client's token (which is then not read)", async () => {
    const srv = await echo();
    const token = vi.fn(() => "client-token");
    const connect = createConnectClient({ baseUrl: srv.url, token });
    await connect.getConnector({ ...ids, headers: { Authorization: "Bearer call-token" } });
    await connect.getConnector({ ...ids, headers: { authorization: "JWT call-jwt" } });
    await connect.getConnector(ids);
    expect(srv.requests.map((r) => r.headers.authorization)).toEqual(["Bearer call-token", "JWT call-jwt", "Bearer client-token"]);
    expect(token).toHaveBeenCalledTimes(1);
  });

  test("a client Authorization header is sent when there is no token", async () => {
    const srv = await echo();
    await createConnectClient({ baseUrl: srv.url, headers: { Authorization: "Basic abc" } }).getConnector(ids);
    expect(srv.requests[0]!.headers.authorization).toBe("Basic abc");
  });

  test("a token function returning null sends no Authorization, like undefined", async () => {
    const srv = await echo();
    await createConnectClient({ baseUrl: srv.url, token: () => null }).getConnector(ids);
    await createConnectClient({ baseUrl: srv.url, token: async () => null }).getConnector(ids);
    expect(srv.requests.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
  });

  test.each([
    ["a Headers object", () => new Headers({ "X-Team": "payments", "X-Trace": "t1" })],
    ["an array of pairs", () => [["X-Team", "payments"], ["X-Trace", "t1"]] as [string, string][]],
    ["a Map", () => new Map([["X-Team", "payments"], ["X-Trace", "t1"]])],
  ])("%s as per-call or client headers is sent", async (_, make) => {
    const srv = await echo();
    const connect = createConnectClient({ baseUrl: srv.url, headers: make() as never });
    await connect.getConnector({ ...ids, headers: make() as never });
    await connect.getConnector(ids);
    for (const seen of srv.requests) expect(seen.headers).toMatchObject({ "x-team": "payments", "x-trace": "t1" });
  });

  test.each([
    ["a string", "X-Team: payments"],
    ["an array of non-pairs", [["X-Team"]]],
    ["a number value", { "X-Count": 3 }],
  ])("%s as headers is refused with a message saying what is accepted", async (_, headers) => {
    const srv = await echo();
    const error = await createConnectClient({ baseUrl: srv.url })
      .getConnector({ ...ids, headers: headers as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/headers/);
    expect((error as Error).message).toMatch(/object|Headers|pairs/);
    expect(srv.requests).toHaveLength(0);
  });
});
