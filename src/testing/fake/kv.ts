// KV stores: stores made with CreateStore, and in each, entries under keys of one or more parts,
// kept in key order (a key's parts joined with NUL, so that a prefix sorts before what extends
// it). Values carry a versionstamp that grows with every write, `ifNotExists` and
// `ifVersionstamp` decide whether a write commits, `expireIn` (ms) / `expireAt` end an entry;
// a delete's `cascade` deletes a key and every key under it, and its `ifVersionstamp` keeps an
// entry written since (the contract declares no conflict status for deletes: the answer is 200,
// `status: "not deleted"`). ListKV's `selector.filter` narrows by creation time and metadata.
import { notFound } from "./errors.js";
import { answer, build, listPage } from "./generic.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Call, Context, Resource } from "./types.js";

const STORES = "/o/{organisation_id}/store";
const keyOf = (parts: string[]) => parts.join("\u0000");

function entriesOf(call: Call, ctx: Context): Map<string, Json> {
  if (!ctx.state.collections.get(ctx.keyOf(call, STORES, { organisation_id: ctx.organisationId }))?.has(call.params.store!)) {
    throw notFound(`KV store ${call.params.store}`);
  }
  const entries = ctx.state.collection(`platform:/store/${call.params.store}/kv`);
  // Expired entries are gone.
  for (const [key, entry] of entries) if (typeof entry.expiresAt === "string" && Date.parse(entry.expiresAt) <= Date.now()) entries.delete(key);
  return entries;
}

function write(ctx: Context, entries: Map<string, Json>, parts: string[], value: unknown, options: Json = {}): Json {
  const old = entries.get(keyOf(parts));
  if ((options.ifNotExists === true && old) || (typeof options.ifVersionstamp === "string" && old?.versionstamp !== options.ifVersionstamp)) {
    return { ok: false, committed: false, versionstamp: String(old?.versionstamp ?? "") };
  }
  // Ids grow with every one made: a versionstamp that grows with every write.
  const versionstamp = ctx.newId();
  const expiresAt = typeof options.expireIn === "number" ? new Date(Date.now() + options.expireIn).toISOString() : (options.expireAt as string | undefined);
  // createdAt is when the entry was first written: an overwrite keeps it.
  entries.set(keyOf(parts), { key: parts, value, versionstamp, createdAt: old?.createdAt ?? ctx.now(), ...(expiresAt ? { expiresAt } : {}), ...(options.metadata ? { metadata: options.metadata } : {}) });
  return { ok: true, committed: true, versionstamp };
}

const under = (prefix: unknown) => (entry: Json) => !Array.isArray(prefix) || prefix.every((part, i) => (entry.key as string[])[i] === part);

/**
 * Deletes the entry under `parts` (and with `cascade` every key under it) unless `ifVersionstamp`
 * names another versionstamp than the entry's; false when it kept the entry.
 */
function remove(entries: Map<string, Json>, parts: string[], options: Json = {}): boolean {
  const old = entries.get(keyOf(parts));
  if (typeof options.ifVersionstamp === "string" && old?.versionstamp !== options.ifVersionstamp) return false;
  entries.delete(keyOf(parts));
  if (options.cascade === true) for (const [key, entry] of entries) if (under(parts)(entry)) entries.delete(key);
  return true;
}

/** ListKV's `selector.filter`: created after / before (exclusive), and metadata holding each property asked with its value. */
const matches = (filter: Json = {}) => (entry: Json) => {
  const created = Date.parse(String(entry.createdAt));
  const metadata = (entry.metadata ?? {}) as Json;
  return (
    (typeof filter.createdAfter !== "string" || created > Date.parse(filter.createdAfter)) &&
    (typeof filter.createdBefore !== "string" || created < Date.parse(filter.createdBefore)) &&
    Object.entries((filter.metadata ?? {}) as Json).every(([name, value]) => name in metadata && JSON.stringify(metadata[name]) === JSON.stringify(value))
  );
};

export const kv: Resource = {
  api: "platform",
  rules: {
    CreateStore(call, ctx) {
      const store = build(call, ctx, STORES, { orgId: ctx.organisationId, name: (call.body as Json).name });
      ctx.state.collection(ctx.keyOf(call, STORES)).set(String(store.id), store);
      return answer(call, store);
    },
    GetKV(call, ctx) {
      const entry = entriesOf(call, ctx).get(keyOf([call.params.key!]));
      if (!entry) throw notFound(`KV key ${call.params.key}`);
      return answer(call, entry);
    },
    SetKV(call, ctx) {
      const body = call.body as Json;
      return answer(call, write(ctx, entriesOf(call, ctx), [call.params.key!], body.value, body.options as Json | undefined));
    },
    DeleteKV(call, ctx) {
      const deleted = remove(entriesOf(call, ctx), [call.params.key!], (call.body as Json | undefined)?.options as Json | undefined);
      return answer(call, { status: deleted ? "deleted" : "not deleted" });
    },
    BatchSetKV(call, ctx) {
      const entries = entriesOf(call, ctx);
      const results = ((call.body as Json).entries as Json[]).map((e) => write(ctx, entries, e.key as string[], e.value, e.options as Json | undefined));
      return answer(call, { successes: results.filter((r) => r.committed), failures: [] });
    },
    BatchGetKV(call, ctx) {
      const entries = entriesOf(call, ctx);
      return answer(call, { entries: ((call.body as Json).keys as string[][]).flatMap((k) => entries.get(keyOf(k)) ?? []) });
    },
    BatchDeleteKV(call, ctx) {
      const entries = entriesOf(call, ctx);
      const body = call.body as Json;
      const kept = (body.keys as string[][]).filter((k) => !remove(entries, k, body.options as Json | undefined));
      return answer(call, { status: kept.length ? "not deleted" : "deleted" });
    },
    ListKV(call, ctx) {
      const body = (call.body ?? {}) as { selector?: Json; options?: Json };
      const filter = matches(body.selector?.filter as Json | undefined);
      const all = sortedEntries(entriesOf(call, ctx)).filter(([, e]) => under(body.selector?.prefix)(e) && filter(e));
      if (body.options?.reverse === true) all.reverse();
      return listPage(call, all, (body.options?.limit as number | undefined) ?? 100);
    },
    CountKV(call, ctx) {
      const prefix = ((call.body ?? {}) as { selector?: Json }).selector?.prefix;
      return answer(call, { count: [...entriesOf(call, ctx).values()].filter(under(prefix)).length });
    },
  },
};
