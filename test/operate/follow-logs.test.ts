// followLogs against a loopback platform: the first read walks every page from `since` (the
// logs' next_token cursor), later reads start at the newest time seen, and the lines of that time
// that come again are handed out once, even two identical lines; abort ends it.
import { expect, test } from "vitest";
import type { ProjectLog } from "../../src/platform/types.js";
import { followLogs } from "../../src/operate/follow-logs.js";
import { json, startLoopback, type SeenRequest } from "../support/loopback.js";
import { logLine, ORG, platformOn, PROJECT } from "./answers.js";

/** Each read (a request without next_token starts one) answers its pages in turn, chained by next_token. */
async function logsServer(reads: ProjectLog[][][]) {
  let read = -1;
  const server = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://x");
    if (url.pathname !== `/o/${ORG}/projects/${PROJECT}/logs`) return json(res, 404, { code: "not_found", message: "no route" });
    const token = url.searchParams.get("next_token");
    if (token === null) read++;
    const pages = reads[Math.min(read, reads.length - 1)]!;
    const page = token === null ? 0 : Number(token.split(":")[1]);
    return json(res, 200, { logs: pages[page] ?? [], ...(page + 1 < pages.length ? { nextToken: `${read}:${page + 1}` } : {}) });
  });
  const query = (r: SeenRequest) => Object.fromEntries(new URL(r.url, "http://x").searchParams);
  return { server, query };
}

const take = async (lines: AsyncGenerator<ProjectLog>, count: number) => {
  const out: ProjectLog[] = [];
  for await (const line of lines) {
    out.push(line);
    if (out.length === count) break;
  }
  return out;
};

test("across pages and reads, every line once: the boundary's repeats (even identical lines) are dropped", async () => {
  const [a, b, c] = [logLine(1, "a"), logLine(2, "b"), logLine(3, "c")];
  const twin = logLine(3, "same"); // written twice at the same time
  const [d, e] = [logLine(4, "d"), logLine(5, "e")];
  const { server, query } = await logsServer([
    [[a, b], [c, twin], [twin]], // first read: three pages
    [[c, twin, twin]], // nothing new: the newest time again
    [[c, twin, twin], [d]], // one new line, on a second page
    [[d, e, e]], // e written twice, both new
  ]);
  const lines = followLogs(platformOn(server.url), { projectId: PROJECT, environment: "production", since: "2025-03-11T16:42:00Z", intervalMs: 5, pageSize: 2 });
  expect(await take(lines, 8)).toEqual([a, b, c, twin, twin, d, e, e]);
  const requests = server.requests.map(query);
  expect(requests[0]).toEqual({ project_env: "production", start: "2025-03-11T16:42:00Z", order: "asc", first: "2" });
  expect(requests[1]).toEqual({ project_env: "production", start: "2025-03-11T16:42:00Z", order: "asc", first: "2", next_token: "0:1" });
  // The next reads start at the newest line's own timestamp.
  expect(requests[3]).toEqual({ project_env: "production", start: twin.timestamp, order: "asc", first: "2" });
  expect(requests.at(-1)).toEqual({ project_env: "production", start: d.timestamp, order: "asc", first: "2" });
});

test("since defaults to now; search is passed on", async () => {
  const { server, query } = await logsServer([[[logLine(9, "ERP down")]]]);
  const before = Date.now();
  await take(followLogs(platformOn(server.url), { projectId: PROJECT, environment: "staging", search: "ERP", intervalMs: 5 }), 1);
  const first = query(server.requests[0]!);
  expect(first).toMatchObject({ project_env: "staging", order: "asc", search: "ERP" });
  expect(Date.parse(first.start!)).toBeGreaterThanOrEqual(before - 1);
  expect(Date.parse(first.start!)).toBeLessThanOrEqual(Date.now());
});

test("abort during the pause rejects with the signal's reason, and nothing more is read", async () => {
  const { server } = await logsServer([[[logLine(1, "only")]]]);
  const controller = new AbortController();
  const lines = followLogs(platformOn(server.url), { projectId: PROJECT, environment: "production", intervalMs: 60_000, signal: controller.signal });
  expect((await lines.next()).value).toEqual(logLine(1, "only"));
  const next = lines.next();
  await server.seen(1);
  controller.abort();
  await expect(next).rejects.toMatchObject({ name: "AbortError" });
  expect(server.requests).toHaveLength(1);
});
