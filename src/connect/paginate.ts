// Walks a cursor-paged list: asks for a page, yields its items, follows `next` until it is
// empty. Nothing is fetched ahead: breaking out of the loop stops the requests.
import type { OperationDescriptor } from "../core/descriptor.js";
import type { InvokeArgs } from "../core/transport.js";

type Call = (op: OperationDescriptor, args: InvokeArgs) => Promise<unknown>;

export async function* paginate(
  call: Call,
  op: OperationDescriptor,
  itemsKey: string,
  args: InvokeArgs & { pageSize?: number } = {},
): AsyncGenerator<unknown, void, undefined> {
  const { pageSize, ...rest } = args;
  if (pageSize !== undefined && !(Number.isInteger(pageSize) && pageSize > 0)) {
    throw new TypeError(`pageSize must be a positive integer, got ${String(pageSize)}`);
  }
  const baseQuery: Record<string, unknown> = { ...(rest.query as object | undefined) };
  if (pageSize !== undefined) baseQuery.first = pageSize;
  let after: string | undefined;
  for (;;) {
    const page = (await call(op, { ...rest, query: after === undefined ? baseQuery : { ...baseQuery, after } })) as
      | Record<string, unknown>
      | undefined;
    // Some pages leave the array out when it is empty.
    const items = page?.[itemsKey] ?? [];
    if (!Array.isArray(items)) {
      throw new TypeError(`${op.operationId} answered a page without an array in "${itemsKey}"`);
    }
    yield* items;
    const next = page?.next;
    if (typeof next !== "string" || next === "" || items.length === 0) return;
    after = next;
  }
}
