// How paginate follows cursors a server hands out: a repeated cursor (the same `next` again, or
// a cycle A -> B -> A) ends the walk with a VersoriPaginationError before any further request;
// an empty page that still has `next` is followed; `pages()` hands out whole pages; `after`
// resumes from a saved cursor. All against a real loopback server.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriError, VersoriPaginationError } from "../../src/index.js";
import { connector, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

/** A server whose pages are given as cursor -> [ids, next]. */
function pagesServer(pages: Record<string, [string[], string | undefined]>) {
  return startLoopback((seen, res) => {
    const after = new URL(seen.url, "http://x").searchParams.get("after") ?? "";
    const [ids, next] = pages[after] ?? [[], undefined];
    json(res, 200, { connectors: ids.map((id) => connector(id)), totalCount: 99, ...(next ? { next } : {}) });
  });
}

async function collect(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
}

describe("paginate: cursors from the server", () => {
  test("the same next cursor on every page stops with a VersoriPaginationError, no further request", async () => {
    const server = await pagesServer({ "": [["c1"], "SECRET-CURSOR-A"], "SECRET-CURSOR-A": [["c2"], "SECRET-CURSOR-A"] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    const seen: string[] = [];
    const error = await collect({
      async *[Symbol.asyncIterator]() {
        for await (const c of connect.paginate.listConnectors()) seen.push(c.id), yield c;
      },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VersoriPaginationError);
    expect(error).toBeInstanceOf(VersoriError);
    expect((error as VersoriPaginationError).operationId).toBe("ListConnectors");
    expect((error as Error).message).toContain("ListConnectors");
    expect((error as Error).message).not.toContain("SECRET-CURSOR");
    expect(JSON.stringify(error)).not.toContain("SECRET-CURSOR");
    expect(seen).toEqual(["c1", "c2"]);
    expect(server.requests).toHaveLength(2);
  });

  test("a cycle A -> B -> A stops after the page that points back, no further request", async () => {
    const server = await pagesServer({ "": [["c1"], "A"], A: [["c2"], "B"], B: [["c3"], "A"] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    await expect(collect(connect.paginate.listConnectors())).rejects.toBeInstanceOf(VersoriPaginationError);
    expect(server.requests).toHaveLength(3);
  });

  test("a resumed walk counts its starting cursor as seen", async () => {
    const server = await pagesServer({ A: [["c2"], "A"] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    await expect(collect(connect.paginate.listConnectors({ after: "A" }))).rejects.toBeInstanceOf(VersoriPaginationError);
    expect(server.requests).toHaveLength(1);
  });

  test("an empty page that still has next is followed: nothing after it is lost", async () => {
    const server = await pagesServer({ "": [["c1"], "A"], A: [[], "B"], B: [["c2", "c3"], undefined] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    expect(await collect(connect.paginate.listConnectors())).toEqual(["c1", "c2", "c3"]);
    expect(server.requests).toHaveLength(3);
  });

  test("pages() yields every page as sent, with its cursor and totalCount", async () => {
    const server = await pagesServer({ "": [["c1", "c2"], "A"], A: [["c3"], undefined] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    const pages = [];
    for await (const page of connect.paginate.listConnectors({ pageSize: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.connectors.map((c) => c.id), p.next, p.totalCount])).toEqual([
      [["c1", "c2"], "A", 99],
      [["c3"], undefined, 99],
    ]);
  });

  test("after resumes from a saved cursor: the first request carries it", async () => {
    const server = await pagesServer({ "": [["c1"], "A"], A: [["c2"], "B"], B: [["c3"], undefined] });
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    expect(await collect(connect.paginate.listConnectors({ after: "A" }))).toEqual(["c2", "c3"]);
    expect(server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("after"))).toEqual(["A", "B"]);
  });

  test.each(["", 5])("after %j is a TypeError before any request", async (after) => {
    const server = await pagesServer({});
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
    await expect(connect.paginate.listConnectors({ after: after as string }).next()).rejects.toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
