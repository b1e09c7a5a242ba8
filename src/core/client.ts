// Builds a client from an API's generated operation table: one typed method per operation
// (lcfirst operationId) and, for cursor-paged lists, a `paginate` entry. The same code serves
// every API; the types come from the table and the openapi-typescript `operations`.
import type { Core } from "./api.js";
import type { OperationDescriptor } from "./descriptor.js";
import { paginate, type Paginated } from "./paginate.js";
import type { InvokeArgs, WithResponse } from "./transport.js";
import type { Method, OperationOf, PageArgsOf, PageItemOf, ResultOf } from "./types.js";

type Table = Record<string, OperationDescriptor>;

export type ApiMethods<Ops, T, B extends boolean = false> = {
  [K in keyof T]: Method<OperationOf<Ops, T[K]>, B>;
};

type PagedKeys<T> = { [K in keyof T]: T[K] extends { page: string } ? K : never }[keyof T];

/** A paged list: its argument is required exactly when the plain method's is. */
export type Paginator<O, Key, B extends boolean = false> =
  {} extends PageArgsOf<O, B>
    ? (args?: PageArgsOf<O, B>) => Paginated<PageItemOf<O, Key>, NonNullable<ResultOf<O>>>
    : (args: PageArgsOf<O, B>) => Paginated<PageItemOf<O, Key>, NonNullable<ResultOf<O>>>;

export type ApiPaginators<Ops, T, B extends boolean = false> = {
  [K in PagedKeys<T>]: Paginator<OperationOf<Ops, T[K]>, T[K] extends { page: infer P } ? P : never, B>;
};

/** The same methods, resolving `{ data, response }`: the result and the answer it came from. */
export type ApiMethodsWithResponse<Ops, T, B extends boolean = false> = {
  [K in keyof T]: ApiMethods<Ops, T, B>[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<WithResponse<R>> : never;
};

export type ApiClient<Ops, T, B extends boolean = false> = ApiMethods<Ops, T, B> & {
  /** Every item (or every page) of a cursor-paged list, fetching pages as the loop asks. */
  readonly paginate: ApiPaginators<Ops, T, B>;
  /** Every method again, resolving `{ data, response }` (status, headers such as `x-request-id`). */
  readonly withResponse: ApiMethodsWithResponse<Ops, T, B>;
};

export function createClient<Ops, T extends Table, B extends boolean>(table: T, core: Core<Ops, B>): ApiClient<Ops, T, B> {
  const client: Record<string, unknown> = {};
  const pagers: Record<string, unknown> = {};
  const full: Record<string, unknown> = {};
  for (const name in table) {
    const op = table[name] as OperationDescriptor;
    client[name] = (args?: InvokeArgs) => core.invoke(op, args);
    full[name] = (args?: InvokeArgs) => core.invoke(op, args, true);
    if (op.page) pagers[name] = (args?: InvokeArgs) => paginate(core.invoke, op, args);
  }
  client.paginate = pagers;
  client.withResponse = full;
  return client as ApiClient<Ops, T, B>;
}
