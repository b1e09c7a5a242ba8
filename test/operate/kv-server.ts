// A loopback answering the KV routes of the Platform API from a list of entries, for the KV
// tests: stores by name, batch get/set/delete (cascade too), count, and listings `pageSize` at a
// time with their cursor. Only what kvScope sends is answered.
import { json, startLoopback, type SeenRequest } from "../support/loopback.js";
import { ORG, PROJECT } from "./answers.js";

export const STORE = "01JRAJBGCRAFM36A6TAPHT1E1G";
const T = "2025-03-11T16:42:10Z";

export type Entry = { key: string[]; value: unknown };

/** A loopback answering the KV routes from `entries`, `pageSize` entries per listing page. */
export async function kvServer(entries: Entry[], options: { stores?: { id: string; name: string }[]; pageSize?: number } = {}) {
  const stores = options.stores ?? [{ id: STORE, name: `PROJECT_${PROJECT}` }, { id: "01JRAJBGCRAFM36A6TAPHTORG0", name: `ORG_${ORG}` }];
  const starts = (key: string[], prefix: string[] = []) => prefix.every((part, i) => key[i] === part);
  const entry = (e: Entry) => ({ ...e, versionstamp: "00000000000000a10000", createdAt: T, expiresAt: null });
  const server = await startLoopback((seen, res) => {
    const body = seen.body.length ? (JSON.parse(seen.body.toString("utf8")) as Record<string, any>) : {};
    const route = `${seen.method} ${seen.url}`;
    if (route === `GET /o/${ORG}/store`) return json(res, 200, { stores });
    const kv = `/store/${STORE}/kv/`;
    if (!seen.url.startsWith(kv)) return json(res, 404, { code: "not_found", message: "store not found" });
    const op = `${seen.method} ${seen.url.slice(kv.length)}`;
    const same = (a: string[]) => (b: string[]) => a.length === b.length && starts(a, b);
    switch (op) {
      case "POST batch":
        return json(res, 200, { entries: entries.filter((e) => body.keys.some(same(e.key))).map(entry) });
      case "PUT batch":
        for (const { key, value } of body.entries) entries.push({ key, value });
        return json(res, 200, { successes: body.entries.map(() => ({ ok: true, committed: true, versionstamp: "00000000000000a20000" })), failures: [] });
      case "DELETE batch": {
        const gone = (e: Entry) => body.keys.some((k: string[]) => (body.options?.cascade ? starts(e.key, k) : same(k)(e.key)));
        entries.splice(0, entries.length, ...entries.filter((e) => !gone(e)));
        return json(res, 200, { status: "deleted" });
      }
      case "POST count":
        return json(res, 200, { count: entries.filter((e) => starts(e.key, body.selector?.prefix)).length });
      case "POST list": {
        const matching = entries.filter((e) => starts(e.key, body.selector?.prefix));
        const size = body.options?.limit ?? options.pageSize ?? 100;
        const from = Number(body.selector?.after ?? 0);
        const next = from + size < matching.length ? String(from + size) : "";
        return json(res, 200, { data: matching.slice(from, from + size).map(entry), pagination: { nextCursor: next, prevCursor: "" } });
      }
    }
    return json(res, 404, { code: "not_found", message: op });
  });
  const bodies = (method: string, end: string) => server.requests.filter((r) => r.method === method && r.url.endsWith(end)).map((r: SeenRequest) => JSON.parse(r.body.toString("utf8")) as unknown);
  return { server, bodies };
}
