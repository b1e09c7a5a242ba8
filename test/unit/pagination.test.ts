// paginate.listConnectors against a real server holding three pages: every item once and in
// order, the cursors the server handed out are the ones sent back, and nothing is fetched ahead.
import { describe, expect, test } from "vitest";
import { createConnectClient, createEmbeddedClient } from "../../src/index.js";
import { connector, jsonResponse, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const items = ["c1", "c2", "c3", "c4", "c5"].map((id) => connector(id));
// cursor → [first index, next cursor]
const pages: Record<string, [number, string | undefined]> = { "": [0, "cur-A"], "cur-A": [2, "cur-B"], "cur-B": [4, undefined] };

async function pagedServer() {
  return startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://x");
    if (url.pathname !== `/o/${ORG}/connectors`) return json(res, 404, { code: "not_found", message: url.pathname });
    const size = Number(url.searchParams.get("first") ?? 20);
    const [start, next] = pages[url.searchParams.get("after") ?? ""] ?? [items.length, undefined];
    json(res, 200, { connectors: items.slice(start, start + size), totalCount: items.length, ...(next ? { next } : {}) });
  });
}

const queries = (requests: { url: string }[]) =>
  requests.map((r) => Object.fromEntries(new URL(r.url, "http://x").searchParams));

describe("paginate.listConnectors", () => {
  test("yields every item once, in order, following next", async () => {
    const server = await pagedServer();
    const connect = createConnectClient({ baseUrl: server.url, token: "t" });
    const seen: string[] = [];
    for await (const c of connect.paginate.listConnectors({ organisationId: ORG, pageSize: 2 })) seen.push(c.id);
    expect(seen).toEqual(["c1", "c2", "c3", "c4", "c5"]);
    expect(queries(server.requests)).toEqual([{ first: "2" }, { first: "2", after: "cur-A" }, { first: "2", after: "cur-B" }]);
  });

  test("breaking out in the first page makes no further request", async () => {
    const server = await pagedServer();
    const connect = createConnectClient({ baseUrl: server.url });
    for await (const c of connect.paginate.listConnectors({ organisationId: ORG, pageSize: 2 })) {
      expect(c.id).toBe("c1");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  test("nothing is requested before the loop asks", async () => {
    const server = await pagedServer();
    const iterator = createConnectClient({ baseUrl: server.url }).paginate.listConnectors({ organisationId: ORG });
    expect(server.requests).toHaveLength(0);
    await expect(iterator.next()).resolves.toMatchObject({ value: { id: "c1" }, done: false });
    expect(server.requests).toHaveLength(1);
  });

  test("an organisationId bound at creation is used for every page", async () => {
    const server = await pagedServer();
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    const all = [];
    for await (const c of connect.paginate.listConnectors({ pageSize: 2 })) all.push(c.id);
    expect(all).toHaveLength(5);
    expect(server.requests.map((r) => new URL(r.url, "http://x").pathname)).toEqual(Array(3).fill(`/o/${ORG}/connectors`));
  });

  test("a bound organisationId also serves plain calls", async () => {
    const server = await pagedServer();
    const page = await createConnectClient({ baseUrl: server.url, organisationId: ORG }).listConnectors();
    expect(page.connectors).toHaveLength(5);
    expect(page.totalCount).toBe(5);
  });

  test.each([0, -1, 1.5])("pageSize %s is a TypeError before any request", async (pageSize) => {
    const server = await pagedServer();
    const iterator = createConnectClient({ baseUrl: server.url }).paginate.listConnectors({ organisationId: ORG, pageSize });
    await expect(iterator.next()).rejects.toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

// The spec lets some pages leave their array out (Embedded's EndUserConnectionsPage.connections
// is optional): such a page holds no items, and the walk goes on to its `next`.
describe("a page without its array", () => {
  const embeddedPages = (pages: Record<string, object>) => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      return jsonResponse(200, pages[new URL(url).searchParams.get("after") ?? ""] ?? {});
    };
    return { urls, client: createEmbeddedClient({ baseUrl: "https://api.test", fetch }) };
  };
  const args = { hubId: "h", userId: "u" };

  test("the item iterator yields none for it, as pages() walks it", async () => {
    const { client } = embeddedPages({ "": { totalCount: 0 } });
    const items = [];
    for await (const c of client.paginate.listEndUserConnections(args)) items.push(c);
    expect(items).toEqual([]);
    const pages = [];
    for await (const p of client.paginate.listEndUserConnections(args).pages()) pages.push(p);
    expect(pages).toEqual([{ totalCount: 0 }]);
  });

  test("the items of the pages after it still come", async () => {
    const { client, urls } = embeddedPages({ "": { totalCount: 1, next: "cur-A" }, "cur-A": { connections: [{ id: "x" }], totalCount: 1 } });
    const ids = [];
    for await (const c of client.paginate.listEndUserConnections(args)) ids.push((c as { id: string }).id);
    expect(ids).toEqual(["x"]);
    expect(urls).toHaveLength(2);
  });
});
