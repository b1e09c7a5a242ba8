// paginate over every cursor-paged list of the Platform API, whatever style its cursor has:
// `after` / `next` in the query, `next_token` / `nextToken` in the query (logs, traces), or the
// cursor in the request body (log search: `nextToken`; KV listing: `selector.after`, answered as
// `pagination.nextCursor`), or the id of the last item as `after` (issues: the answer is a plain
// array and an empty page ends the walk). The injected fetch serves the pages in the list's own
// style and only follows a cursor sent the way the platform expects it.
import { describe, expect, test } from "vitest";
import { platformV2Operations } from "../../generated/platform-v2.operations.js";
import { createPlatformClient } from "../../src/index.js";
import { jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";

const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";
const STORE = "01JRAJBGCRAFM36A6TAPHT1E1G";
type Style = "after" | "next_token" | "body.nextToken" | "body.selector.after" | "last-id";

// Every paged list, the array its pages hold and how its cursor travels.
const lists: Record<string, { items: string; style: Style; args: Record<string, unknown> }> = {
  listProjectVersions: { items: "items", style: "after", args: { projectId: PROJECT } },
  listConnections: { items: "items", style: "after", args: { query: { system_id: "s1" } } },
  listEndUsers: { items: "users", style: "after", args: { query: { search: "north" } } },
  listSystems: { items: "items", style: "after", args: {} },
  getProjectLogs: { items: "logs", style: "next_token", args: { projectId: PROJECT, query: { project_env: "production" } } },
  listTraces: { items: "items", style: "next_token", args: { projectId: PROJECT, query: { error: true } } },
  searchProjectLogs: { items: "logs", style: "body.nextToken", args: { projectId: PROJECT, body: { first: 2, filters: [{ value: "ERP", match: "search" }] } } },
  listKV: { items: "data", style: "body.selector.after", args: { store: STORE, body: { selector: { prefix: ["orders"] }, options: { limit: 2 } } } },
  listIssues: { items: "[]", style: "last-id", args: { query: { status: "open" } } },
};

/** The cursor a request carries, read the way the platform reads it for this style. */
async function cursorOf(request: Request, style: Style): Promise<string | undefined> {
  const url = new URL(request.url);
  if (style === "after" || style === "next_token" || style === "last-id") return url.searchParams.get(style === "last-id" ? "after" : style) ?? undefined;
  const body = JSON.parse(await request.clone().text()) as { nextToken?: string; selector?: { after?: string } };
  return style === "body.nextToken" ? body.nextToken : body.selector?.after;
}

/** A page in the list's own shape: its items, and the next cursor where that list puts it. */
function page(items: string, style: Style, values: string[], next: string | undefined) {
  if (style === "last-id") return values.map((id) => ({ id }));
  const list = { [items]: values.map((id) => ({ id })) };
  if (style === "after") return { ...list, totalCount: 4, ...(next ? { next } : {}) };
  if (style === "body.selector.after") return { ...list, pagination: { nextCursor: next ?? "", prevCursor: "" } };
  return { ...list, ...(next ? { nextToken: next } : {}) };
}

// cursor sent -> [items, next cursor]
const PAGES: Record<string, [string[], string | undefined]> = { "": [["a", "b"], "cur-1"], "cur-1": [["c"], "cur-2"], "cur-2": [["d"], undefined] };
// The same items where the cursor is the last item's id: the page after "d" is empty.
const BY_LAST_ID: typeof PAGES = { "": [["a", "b"], undefined], b: [["c"], undefined], c: [["d"], undefined] };
/** The cursors a walk sends, from `from` on: the server's, or the last ids (and one more request for the empty page). */
const cursorsSent = (style: Style, from?: string) => {
  const all = style === "last-id" ? [undefined, "b", "c", "d"] : [undefined, "cur-1", "cur-2"];
  return all.slice(from === undefined ? 0 : all.indexOf(from));
};

function serve(name: string) {
  const { items, style } = lists[name]!;
  return recordingFetch(async (request) => {
    const [values, next] = (style === "last-id" ? BY_LAST_ID : PAGES)[(await cursorOf(request, style)) ?? ""] ?? [[], undefined];
    return jsonResponse(200, page(items, style, values, next));
  });
}

describe("every paged list of the Platform API is under paginate", () => {
  test("the paged lists of the table are exactly the ones this test serves", () => {
    const paged = Object.entries(platformV2Operations).flatMap(([name, op]) => ("page" in op ? [name] : []));
    expect(paged.sort()).toEqual(Object.keys(lists).sort());
    for (const [name, { items }] of Object.entries(lists)) expect(platformV2Operations[name as keyof typeof platformV2Operations]).toMatchObject({ page: items });
  });

  test.each(Object.keys(lists))("%s yields every item of every page, following its own cursor", async (name) => {
    const { style, args } = lists[name]!;
    const rec = serve(name);
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    const pager = (platform.paginate as unknown as Record<string, (a: unknown) => AsyncIterable<{ id: string }>>)[name]!;
    const seen: string[] = [];
    for await (const item of pager(args)) seen.push(item.id);
    expect(seen).toEqual(["a", "b", "c", "d"]);
    expect(await Promise.all(rec.requests.map((r) => cursorOf(r, style)))).toEqual(cursorsSent(style));
    // What the caller asked for travels with every page: query filters and body fields alike.
    for (const request of rec.requests) {
      const query = Object.fromEntries(new URL(request.url).searchParams);
      for (const [key, value] of Object.entries((args.query ?? {}) as Record<string, unknown>)) expect(query[key]).toBe(String(value));
      if (args.body) expect(JSON.parse(await request.text())).toMatchObject(args.body as object);
    }
  });

  test.each(Object.keys(lists))("%s resumes from a saved cursor given as after", async (name) => {
    const { style, args } = lists[name]!;
    const rec = serve(name);
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    const pager = (platform.paginate as unknown as Record<string, (a: unknown) => AsyncIterable<{ id: string }>>)[name]!;
    const seen: string[] = [];
    const from = style === "last-id" ? "b" : "cur-1";
    for await (const item of pager({ ...args, after: from })) seen.push(item.id);
    expect(seen).toEqual(["c", "d"]);
    expect(await Promise.all(rec.requests.map((r) => cursorOf(r, style)))).toEqual(cursorsSent(style, from));
  });

  test("the caller's body is not changed by the walk", async () => {
    const rec = serve("listKV");
    const body = { selector: { prefix: ["orders"] }, options: { limit: 2 } };
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    const all = [];
    for await (const entry of platform.paginate.listKV({ store: STORE, body })) all.push(entry);
    expect(all).toHaveLength(4);
    expect(body).toEqual({ selector: { prefix: ["orders"] }, options: { limit: 2 } });
  });

  test("pageSize is sent as first on the logs, next to next_token", async () => {
    const rec = serve("getProjectLogs");
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    for await (const line of platform.paginate.getProjectLogs({ projectId: PROJECT, pageSize: 2 })) void line;
    expect(rec.requests.map((r) => Object.fromEntries(new URL(r.url).searchParams))).toEqual([
      { first: "2" },
      { first: "2", next_token: "cur-1" },
      { first: "2", next_token: "cur-2" },
    ]);
  });

  test("pages() hands out each page as sent, with its own next field", async () => {
    const rec = serve("listKV");
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    const pages = [];
    for await (const p of platform.paginate.listKV({ store: STORE, body: {} }).pages()) pages.push(p.pagination.nextCursor);
    expect(pages).toEqual(["cur-1", "cur-2", ""]);
  });
});
