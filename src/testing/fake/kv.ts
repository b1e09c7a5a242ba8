// KV stores: stores made with CreateStore, and in each, entries under keys of one or more parts,
// kept in key order (a key's parts joined with NUL, so that a prefix sorts before what extends
// it). Values carry a versionstamp that grows with every write, `ifNotExists` and
// `ifVersionstamp` decide whether a write commits, `expireIn` (ms) / `expireAt` end an entry;
// BatchDeleteKV's `cascade` deletes a key and every key under it.
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
  entries.set(keyOf(parts), { key: parts, value, versionstamp, createdAt: ctx.now(), ...(expiresAt ? { expiresAt } : {}), ...(options.metadata ? { metadata: options.metadata } : {}) });
  return { ok: true, committed: true, versionstamp };
}

const under = (prefix: unknown) => (entry: Json) => !Array.isArray(prefix) || prefix.every((part, i) => (entry.key as string[])[i] === part);

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
      entriesOf(call, ctx).delete(keyOf([call.params.key!]));
      return answer(call, { status: "deleted" });
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
      for (const k of body.keys as string[][]) {
        entries.delete(keyOf(k));
        // `cascade`: a prefix delete, every key that starts with this one's parts.
        if ((body.options as Json | undefined)?.cascade === true) for (const [key, entry] of entries) if (under(k)(entry)) entries.delete(key);
      }
      return answer(call, { status: "deleted" });
    },
    ListKV(call, ctx) {
      const body = (call.body ?? {}) as { selector?: Json; options?: Json };
      const all = sortedEntries(entriesOf(call, ctx)).filter(([, e]) => under(body.selector?.prefix)(e));
      if (body.options?.reverse === true) all.reverse();
      return listPage(call, all, (body.options?.limit as number | undefined) ?? 100, { pagination: { prevCursor: "" } });
    },
    CountKV(call, ctx) {
      const prefix = ((call.body ?? {}) as { selector?: Json }).selector?.prefix;
      return answer(call, { count: [...entriesOf(call, ctx).values()].filter(under(prefix)).length });
    },
  },
};
