// createConnectClient: one typed method per operation of the Connect API, built from the
// generated operation table, plus `paginate` iterators for the cursor-paged lists.
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import type { operations } from "../../generated/connect-v1.js";
import type { OperationDescriptor } from "../core/descriptor.js";
import type { InvokeArgs } from "../core/transport.js";
import type { Method, OperationOf, PageArgsOf, PageItemOf } from "../core/types.js";
import { createConnectCore, type Bound, type ConnectClientOptions } from "./core.js";
import { paginate } from "./paginate.js";

type Table = typeof connectV1Operations;

export type ConnectMethods<B extends boolean = false> = {
  [K in keyof Table]: Method<OperationOf<operations, Table[K]>, B>;
};

type PagedKeys = { [K in keyof Table]: Table[K] extends { page: string } ? K : never }[keyof Table];

export type ConnectPaginators<B extends boolean = false> = {
  [K in PagedKeys]: (
    args?: PageArgsOf<OperationOf<operations, Table[K]>, B>,
  ) => AsyncGenerator<PageItemOf<OperationOf<operations, Table[K]>, Table[K]["page"]>, void, undefined>;
};

export type ConnectClient<B extends boolean = false> = ConnectMethods<B> & {
  /** Async iterators over every item of a cursor-paged list, fetching pages as the loop asks. */
  readonly paginate: ConnectPaginators<B>;
};

export function createConnectClient<O extends ConnectClientOptions>(options: O = {} as O): ConnectClient<Bound<O>> {
  const { invoke: call } = createConnectCore(options);

  const client: Record<string, unknown> = {};
  const pagers: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(connectV1Operations) as [string, OperationDescriptor][]) {
    client[name] = (args?: InvokeArgs) => call(op, args);
    if (op.page) pagers[name] = (args?: InvokeArgs & { pageSize?: number }) => paginate(call, op, op.page!, args);
  }
  client.paginate = pagers;
  return client as ConnectClient<Bound<O>>;
}
