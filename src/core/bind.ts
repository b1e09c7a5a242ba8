// What every API folder exports, derived from its generated table and production URL instead of
// written once per API: the light core, the client with methods, and openapi-fetch's path client.
// Each binder is a plain call that the API folder marks pure, so a bundle that imports only
// `create<Api>Core` drops the other two, and with them the operation table.
import { createCore, type ApiClientOptions, type Bound, type Core } from "./api.js";
import { createClient, type ApiClient } from "./client.js";
import type { OperationDescriptor } from "./descriptor.js";
import { createFetchClient } from "./fetch-client.js";
import { middlewareExchange } from "./middleware.js";

/** `create<Api>Core`: a transport without methods, for `call(core, Operation, args)`. */
export const bindCore =
  <Ops, T>(productionUrl: string) =>
  <O extends ApiClientOptions>(options?: O): Core<Ops, Bound<O>, T> =>
    createCore<Ops, O, T>(options ?? ({} as O), productionUrl);

/** `create<Api>Client`: one typed method per operation of the table, `paginate` and `withResponse`. */
export const bindClient =
  <Ops, T extends Record<string, OperationDescriptor>>(table: T, productionUrl: string) =>
  <O extends ApiClientOptions>(options?: O): ApiClient<Ops, T, Bound<O>> =>
    createClient(table, createCore<Ops, O>(options ?? ({} as O), productionUrl, middlewareExchange));

/** `create<Api>FetchClient`: openapi-fetch's own client (`GET("/path", { params })`) on the same core. */
export const bindFetchClient =
  <Paths extends {}>(productionUrl: string, table: Record<string, OperationDescriptor>) =>
  (options?: ApiClientOptions) =>
    createFetchClient<Paths>(options ?? {}, productionUrl, table);
