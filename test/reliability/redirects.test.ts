// Redirects: followed within the API's origin (method and body kept for 307/308, a GET without
// body after 303), never to another origin, where the call's headers and body would go along.
import { describe, expect, test } from "vitest";
import { createConnectClient, createConnectFetchClient, VersoriApiError } from "../../src/index.js";
import { connector, CONNECTOR, ORG, update } from "../support/fake-fetch.js";
import { json, startLoopback, type Loopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const KEY = "key-PLANTED-7c1d";
const TOKEN = "tok-PLANTED-33aa";

/** A server that answers every request with `status` and a Location under `to()`. */
async function redirecting(status: number, to: () => string) {
  return startLoopback((_seen, res) => {
    res.writeHead(status, { location: to(), "content-type": "text/plain" });
    res.end("moved");
  });
}

async function other(): Promise<Loopback> {
  return startLoopback((seen, res) => json(res, 200, { ...connector(), name: `answered ${seen.method}` }));
}

function client(baseUrl: string) {
  return createConnectClient({ baseUrl, token: TOKEN, headers: { "X-Api-Key": KEY }, maxRetries: 2 });
}

describe("to another origin", () => {
  test.each([301, 302, 303, 307, 308])("%s is not followed: VersoriApiError with the status and the Location", async (status) => {
    const b = await other();
    const a = await redirecting(status, () => `${b.url}/elsewhere/${CONNECTOR}`);
    const error = await client(a.url)
      .updateConnector({ ...ids, body: update() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status });
    expect((error as Error).message).toContain(`${b.url}/elsewhere/${CONNECTOR}`);
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(b.requests).toHaveLength(0);
    expect(a.requests).toHaveLength(1);
  });

  test("the refusal names a named method's operation; the path client's names none", async () => {
    const b = await other();
    const a = await redirecting(307, () => `${b.url}/elsewhere`);
    await expect(client(a.url).getConnector(ids)).rejects.toMatchObject({ status: 307, operationId: "GetConnector" });
    const paths = createConnectFetchClient({ baseUrl: a.url, token: TOKEN });
    const error = await paths
      .GET("/o/{organisation_id}/connectors/{connector_id}", { params: { path: { organisation_id: ORG, connector_id: CONNECTOR } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 307, operationId: undefined });
  });

  test("the same host on another port or scheme is another origin", async () => {
    const b = await other();
    const a = await redirecting(307, () => b.url.replace("127.0.0.1", "localhost"));
    await expect(client(a.url).getConnector(ids)).rejects.toMatchObject({ status: 307 });
    const c = await redirecting(308, () => a.url.replace("http:", "https:"));
    await expect(client(c.url).getConnector(ids)).rejects.toMatchObject({ status: 308 });
    expect(b.requests).toHaveLength(0);
  });

  test.each([301, 302, 307, 308])("https -> http on the same host and port (%s) is refused: only the scheme differs", async (status) => {
    // A misconfigured proxy sending the call to cleartext: the key and the body must not follow.
    const seen: string[] = [];
    const connect = createConnectClient({
      baseUrl: "https://platform.versori.com/api/connect/v1",
      token: TOKEN,
      headers: { "X-Api-Key": KEY },
      maxRetries: 2,
      fetch: async (url) => {
        seen.push(url);
        return new Response("moved", { status, headers: { location: url.replace("https://", "http://") } });
      },
    });
    const error = await connect.updateConnector({ ...ids, body: update() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status, code: "cross_origin_redirect" });
    expect((error as Error).message).toContain(`http://platform.versori.com/api/connect/v1/o/${ORG}/connectors/${CONNECTOR}`);
    expect(seen).toEqual([`https://platform.versori.com/api/connect/v1/o/${ORG}/connectors/${CONNECTOR}`]);
  });

  test("a fetch wrapper that follows redirects itself: the other origin's answer is not taken as the result", async () => {
    const b = await other();
    const a = await redirecting(303, () => `${b.url}/x`);
    const connect = createConnectClient({
      baseUrl: a.url,
      fetch: (url, init) => globalThis.fetch(url, { ...init, redirect: "follow" }),
      maxRetries: 0,
    });
    const error = await connect.updateConnector({ ...ids, body: update() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as Error).message).toContain(`${b.url}/x`);
  });
});

describe("within the origin", () => {
  test.each([307, 308])("%s is followed with the same method, body and headers", async (status) => {
    const srv = await startLoopback((seen, res) => {
      if (seen.n === 1) {
        res.writeHead(status, { location: `/moved/${CONNECTOR}` }).end();
        return;
      }
      json(res, 200, { ...connector(), name: `answered ${seen.method}` });
    });
    const result = await client(srv.url).updateConnector({ ...ids, body: update() });
    expect(result).toMatchObject({ id: CONNECTOR, name: "answered PUT" });
    expect(srv.requests.map((r) => [r.method, r.url])).toEqual([
      ["PUT", `/o/${ORG}/connectors/${CONNECTOR}`],
      ["PUT", `/moved/${CONNECTOR}`],
    ]);
    const [first, second] = srv.requests;
    expect(second!.body.equals(first!.body)).toBe(true);
    expect(second!.headers["x-api-key"]).toBe(KEY);
    expect(second!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(second!.headers["content-type"]).toBe("application/json");
  });

  test("303 after a PUT is followed with a GET without a body", async () => {
    const srv = await startLoopback((seen, res) => {
      if (seen.n === 1) {
        res.writeHead(303, { location: `${"http://" + seen.headers.host}/see/${CONNECTOR}` }).end();
        return;
      }
      json(res, 200, { ...connector(), name: `answered ${seen.method}` });
    });
    const result = await client(srv.url).updateConnector({ ...ids, body: update() });
    expect(result).toMatchObject({ name: "answered GET" });
    const second = srv.requests[1]!;
    expect([second.method, second.url]).toEqual(["GET", `/see/${CONNECTOR}`]);
    expect(second.body.length).toBe(0);
    expect(second.headers["content-type"]).toBeUndefined();
    expect(second.headers["x-api-key"]).toBe(KEY);
  });

  test("a redirect loop ends after 5 redirects with a VersoriApiError", async () => {
    const srv = await startLoopback((seen, res) => {
      res.writeHead(307, { location: `/hop/${seen.n}` }).end();
    });
    const error = await client(srv.url).getConnector({ ...ids, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({ status: 307 });
    expect((error as Error).message).toMatch(/redirect/i);
    expect(srv.requests).toHaveLength(6);
  });

  test("a 3xx without a Location is an answer like any other error", async () => {
    const srv = await startLoopback((_seen, res) => json(res, 300, { code: "multiple_choices", message: "pick one" }));
    await expect(client(srv.url).getConnector(ids)).rejects.toMatchObject({ status: 300, code: "multiple_choices" });
    expect(srv.requests).toHaveLength(1);
  });
});
