// Walks a cursor-paged list: asks for a page, hands it out, follows `next` while it is there.
// Nothing is fetched ahead: breaking out of the loop stops the requests. A cursor the server
// already handed out in this walk would repeat pages forever, so it ends the walk with an error.
// Where the cursor travels comes from the descriptor (`cursor`): `after` in the query and `next`
// in the answer unless the spec says otherwise (`next_token` / `nextToken`, a body field, or a
// field of the last item of a page that is a plain array: then an empty page ends the walk).
import type { OperationDescriptor } from "./descriptor.js";
import type { InvokeArgs } from "./transport.js";
import { VersoriPaginationError } from "../errors.js";

type Invoke = (op: OperationDescriptor, args: InvokeArgs) => Promise<unknown>;

/**
 * A paged list: an async generator of every item (`for await`), and `pages()`, a fresh walk that
 * yields each page as the API sent it (items, `next`, `totalCount`, ...). Both start from the
 * first page, or from the `after` cursor they were given (a page's next cursor, whatever the list
 * calls it).
 */
export type Paginated<Item, Page> = AsyncGenerator<Item, void, undefined> & {
  pages(): AsyncGenerator<Page, void, undefined>;
};

type Json = Record<string, unknown>;
/** A copy of `value` with `path` set to `leaf`, every object on the way copied, not changed. */
const set = (value: unknown, [key, ...path]: readonly string[], leaf: unknown): Json => ({
  ...(value as Json),
  [key!]: path.length ? set((value as Json | undefined)?.[key!], path, leaf) : leaf,
});

export function paginate(invoke: Invoke, op: OperationDescriptor, args: InvokeArgs = {}): Paginated<unknown, unknown> {
  const { pageSize, after: start, ...rest } = args as InvokeArgs & { pageSize?: number; after?: string };
  const itemsKey = op.page as string;
  const itemsOf = (page: Json): unknown => (itemsKey === "[]" ? page : page[itemsKey]);
  const [request, response] = (op.cursor ?? ["query.after", "next"]).map((p) => p.split("."));
  const baseQuery: Record<string, unknown> = { ...(rest.query as object | undefined) };
  if (pageSize !== undefined) baseQuery.first = pageSize;
  const base = { ...rest, query: baseQuery };

  async function* pages(): AsyncGenerator<Record<string, unknown>, void, undefined> {
    // Checked when the walk starts, like any other failure of a generator.
    if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) {
      throw new TypeError(`pageSize must be a positive integer, got ${String(pageSize)}`);
    }
    if (start !== undefined && (typeof start !== "string" || start === "")) {
      throw new TypeError("after must be a non-empty cursor string");
    }
    const seen = new Set<string>();
    let after = start;
    for (;;) {
      if (after !== undefined) seen.add(after);
      const page = ((await invoke(op, after === undefined ? base : set(base, request!, after))) ?? {}) as Record<string, unknown>;
      // Some pages leave the array out when it is empty.
      const items = itemsOf(page) ?? [];
      if (!Array.isArray(items)) {
        throw new TypeError(`${op.operationId} answered a page without an array in "${itemsKey}"`);
      }
      yield page;
      // A step of the path is a property, or `[-1]`: the last item of an array.
      const next = response!.reduce<any>((value, key) => value?.[key === "[-1]" ? value.length - 1 : key], page);
      // An empty page with a `next` is followed: the items after it would otherwise be lost.
      if (typeof next !== "string" || next === "") return;
      if (seen.has(next)) throw new VersoriPaginationError(op);
      after = next;
    }
  }

  async function* items() {
    // A page may leave its array out (pages() has checked it is an array when present).
    for await (const page of pages()) yield* (itemsOf(page) ?? []) as unknown[];
  }
  return Object.assign(items(), { pages });
}
