// The fake's state: collections of resources by their concrete path (`/o/<org>/projects`), each
// a map from the item's key (its id, or what names it in the path) to the resource. Pages are cut
// in key order, which for ULIDs is the order of creation; a cursor is the last key handed out.
import type { Json } from "./schema.js";

export class FakeState {
  /** Every collection by its path below the API's base path, prefixed by the API name (`platform:/o/<org>/projects`). */
  readonly collections = new Map<string, Map<string, Json>>();

  /** The collection at `key`, made empty when absent. */
  collection(key: string): Map<string, Json> {
    let found = this.collections.get(key);
    if (!found) this.collections.set(key, (found = new Map()));
    return found;
  }

  /**
   * The items of a collection, in key order. A path alone (`/o/<org>/projects`, as `seed` takes it)
   * is the Platform API's; `organisations:/organisations/<org>/keys` names the other API's.
   */
  items(key: string): Json[] {
    return sortedEntries(this.collections.get(key.startsWith("/") ? `platform:${key}` : key)).map(([, item]) => item);
  }

  /**
   * Deletes item `id` of the collection at `key` and every collection below it (`<key>/<id>/…`:
   * a system's actions, a project's files): what goes with it on the platform.
   */
  remove(key: string, id: string): void {
    this.collections.get(key)?.delete(id);
    this.dropBelow(`${key}/${id}/`);
  }

  /** Deletes every collection whose key starts with `prefix`. */
  dropBelow(prefix: string): void {
    for (const key of this.collections.keys()) if (key.startsWith(prefix)) this.collections.delete(key);
  }

  clear(): void {
    this.collections.clear();
  }
}

export const sortedEntries = (collection: Map<string, Json> | undefined) =>
  [...(collection ?? new Map<string, Json>()).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

// Cursors are opaque to callers: base64url of the last key of the page before.
export const encodeCursor = (key: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(key))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export function decodeCursor(cursor: string): string | undefined {
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/**
 * One page of `entries` (in the list's order): after the `after` cursor's key, or the `size`
 * entries before the `before` cursor's key; with the cursor of the next page when entries follow
 * it, and of the previous one when entries precede it.
 */
export function pageOf<T>(entries: [string, T][], cursor: { after?: string | undefined; before?: string | undefined }, size: number): { items: T[]; next?: string; prev?: string } {
  // Where a cursor's key is; when that entry is gone, where it would sort (lists are in key order).
  const place = (key: string, after: boolean) => {
    const at = entries.findIndex(([k]) => k === key);
    if (at >= 0) return after ? at + 1 : at;
    const next = entries.findIndex(([k]) => k > key);
    return next < 0 ? entries.length : next;
  };
  const end = cursor.before !== undefined ? place(cursor.before, false) : Math.min(entries.length, (cursor.after === undefined ? 0 : place(cursor.after, true)) + size);
  const start = cursor.before !== undefined ? Math.max(0, end - size) : cursor.after === undefined ? 0 : place(cursor.after, true);
  const page = entries.slice(start, end);
  return {
    items: page.map(([, v]) => v),
    ...(page.length && end < entries.length ? { next: encodeCursor(page.at(-1)![0]) } : {}),
    ...(page.length && start > 0 ? { prev: encodeCursor(page[0]![0]) } : {}),
  };
}
