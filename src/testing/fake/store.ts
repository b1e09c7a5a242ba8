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

  /** The items of a collection, in key order. */
  items(key: string): Json[] {
    return sortedEntries(this.collections.get(key)).map(([, item]) => item);
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

/** One page of `entries` (in key order) after the cursor's key, and the cursor of the next page when there is one. */
export function pageOf<T>(entries: [string, T][], after: string | undefined, size: number): { items: T[]; next?: string } {
  // After the cursor's key; when that entry is gone, after where it would sort (lists are in key order).
  const at = after === undefined ? -1 : entries.findIndex(([key]) => key === after);
  const start = after === undefined ? 0 : at >= 0 ? at + 1 : entries.findIndex(([key]) => key > after);
  const rest = start < 0 ? [] : entries.slice(start);
  const page = rest.slice(0, size);
  return rest.length > size ? { items: page.map(([, v]) => v), next: encodeCursor(page.at(-1)![0]) } : { items: page.map(([, v]) => v) };
}
