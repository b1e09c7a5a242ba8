// A workflow's KV data read and written as the workflow sees it: keys relative to the scope (see
// kv-address.ts), values JSON like the runtime's (it stores JSON.stringify(value), a string, and
// JSON.parse()s it on read). The store's id is looked up by name on first use; a store the
// runtime has not made yet (it makes it on the first write) is a VersoriOperateError
// `store_not_found`. Keys of several parts go through the batch operations, whose keys are lists.
import type { KVEntry } from "../platform/types.js";
import { kvAddress, type KVAddress, type KVScopeOptions } from "./kv-address.js";
import { about, VersoriOperateError } from "./operate-error.js";
import type { PlatformUse } from "./platform.js";

/** A key relative to the scope: parts, or one string whose `/` separate parts (`cursor/orders`). */
export type ScopeKey = string | readonly string[];

export interface KVEntryOf<T = unknown> {
  /** The key relative to the scope. */
  key: string[];
  value: T;
  versionstamp: string;
  createdAt: string;
  expiresAt: string | null | undefined;
}

export interface SetOptions {
  /** Time to live in milliseconds. */
  expireInMs?: number | undefined;
  /** Write only when the key has no entry yet (the result says `committed: false` otherwise). */
  ifNotExists?: boolean | undefined;
  signal?: AbortSignal | undefined;
}

type Signal = { signal?: AbortSignal | undefined };

export interface KVScope extends KVAddress {
  get<T = unknown>(key: ScopeKey, options?: Signal): Promise<T | undefined>;
  set(key: ScopeKey, value: unknown, options?: SetOptions): Promise<{ committed: boolean; versionstamp: string | undefined }>;
  delete(key: ScopeKey, options?: Signal): Promise<void>;
  /** Every entry of the scope (or under `prefix` in it), every page. */
  list<T = unknown>(options?: Signal & { prefix?: ScopeKey | undefined; pageSize?: number | undefined }): AsyncGenerator<KVEntryOf<T>, void, undefined>;
  count(options?: Signal & { prefix?: ScopeKey | undefined }): Promise<number>;
  /** Deletes every entry of the scope; resolves with how many there were just before. */
  wipe(options?: Signal): Promise<number>;
}

type KVPlatform = PlatformUse<"listStores" | "batchGetKV" | "batchSetKV" | "batchDeleteKV" | "countKV", "listKV">;

const parts = (key: ScopeKey): string[] => {
  const list = typeof key === "string" ? key.split("/").filter(Boolean) : [...key];
  if (list.some((part) => typeof part !== "string" || part === "")) throw new TypeError("a KV key part must be a non-empty string");
  return list;
};

/** The runtime's read: a stored string is the JSON of the value; anything else is taken as it is. */
export function decodeValue(stored: unknown): unknown {
  if (typeof stored !== "string") return stored;
  try {
    return JSON.parse(stored);
  } catch {
    return stored;
  }
}

/** The runtime's write: the value's JSON, stored as a string. */
export function encodeValue(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError("a KV value must be JSON (not undefined, a function or a symbol)");
  return text;
}

export async function kvScope(platform: KVPlatform, options: KVScopeOptions): Promise<KVScope> {
  const address = await kvAddress(options);
  const { prefix } = address;
  let storeId: Promise<string> | undefined;

  const store = (signal: AbortSignal | undefined) =>
    (storeId ??= (async () => {
      const { stores = [] } = await platform.listStores({ organisationId: options.organisationId, signal });
      const found = stores.find((candidate) => candidate.name === address.store)?.id;
      if (found) return found;
      throw new VersoriOperateError(
        "store_not_found",
        `no KV store named ${address.store}: the runtime makes it when a workflow first writes to this scope`,
        about("GET", "/o/{organisation_id}/store"),
        { store: address.store },
      );
    })().catch((error: unknown) => {
      storeId = undefined; // looked up again next time: the store may exist by then
      throw error;
    }));
  const full = (key: ScopeKey) => [...prefix, ...parts(key)];
  const relative = (entry: KVEntry): KVEntryOf<never> => ({
    key: entry.key.slice(prefix.length),
    value: decodeValue(entry.value) as never,
    versionstamp: entry.versionstamp,
    createdAt: entry.createdAt,
    expiresAt: entry.expiresAt,
  });
  const count = async (key: string[], signal: AbortSignal | undefined) =>
    (await platform.countKV({ store: await store(signal), body: { selector: { prefix: key } }, idempotent: true, signal })).count ?? 0;

  return {
    ...address,
    async get(key, { signal } = {}) {
      const keys = [full(key)];
      const answer = await platform.batchGetKV({ store: await store(signal), body: { keys }, idempotent: true, signal });
      const entry = answer.entries[0];
      return entry === undefined ? undefined : (decodeValue(entry.value) as never);
    },
    async set(key, value, { expireInMs, ifNotExists, signal } = {}) {
      const written = full(key);
      const writeOptions = { ...(expireInMs === undefined ? {} : { expireIn: expireInMs }), ...(ifNotExists === undefined ? {} : { ifNotExists }) };
      const entry = { key: written, value: encodeValue(value), ...(Object.keys(writeOptions).length ? { options: writeOptions } : {}) };
      const answer = await platform.batchSetKV({ store: await store(signal), body: { entries: [entry] }, signal });
      const failed = answer.failures[0];
      if (failed) {
        throw new VersoriOperateError("kv_write_failed", `the platform did not write the key: ${failed.error ?? "no reason given"}`, about("PUT", "/store/{store}/kv/batch"), { key: written });
      }
      const done = answer.successes[0];
      return { committed: done?.committed ?? false, versionstamp: done?.versionstamp };
    },
    async delete(key, { signal } = {}) {
      const keys = [full(key)];
      await platform.batchDeleteKV({ store: await store(signal), body: { keys }, signal });
    },
    async *list({ prefix: under, pageSize, signal } = {}) {
      const selector = { prefix: under === undefined ? prefix : full(under) };
      const body = { selector, ...(pageSize === undefined ? {} : { options: { limit: pageSize } }) };
      for await (const entry of platform.paginate.listKV({ store: await store(signal), body, idempotent: true, signal })) yield relative(entry);
    },
    async count({ prefix: under, signal } = {}) {
      return count(under === undefined ? prefix : full(under), signal);
    },
    async wipe({ signal } = {}) {
      const before = await count(prefix, signal);
      if (before > 0) await platform.batchDeleteKV({ store: await store(signal), body: { keys: [prefix], options: { cascade: true } }, signal });
      return before;
    },
  };
}
