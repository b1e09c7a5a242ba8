// The Connect API: its production URL and generated table, bound to the shared core and client
// factory (src/core/api.ts, src/core/client.ts). Nothing else here is Connect-specific.
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import type { operations, paths } from "../../generated/connect-v1.js";
import { createCore, type ApiClientOptions, type Bound, type CallOf, type Core } from "../core/api.js";
import { createFetchClient } from "../core/fetch-client.js";
import { middlewareExchange } from "../core/middleware.js";
import { createClient, type ApiClient, type ApiMethods, type ApiPaginators } from "../core/client.js";

type Table = typeof connectV1Operations;
export const CONNECT_PRODUCTION_URL = "https://platform.versori.com/api/connect/v1";
export type ConnectClientOptions = ApiClientOptions;
export type ConnectCore<B extends boolean = false> = Core<operations, B>;
export type ConnectClient<B extends boolean = false> = ApiClient<operations, Table, B>;
export type ConnectMethods<B extends boolean = false> = ApiMethods<operations, Table, B>;
export type ConnectPaginators<B extends boolean = false> = ApiPaginators<operations, Table, B>;
/** Any operation descriptor of the Connect API (`UpdateConnector`, `GetConnector`, ...). */
export type ConnectOperation = Table[keyof Table];
/** The method `createConnectClient` has for the operation `D`. */
export type ConnectCall<D extends ConnectOperation, B extends boolean = false> = CallOf<operations, D, B>;

/** A Connect transport without methods, for `call(core, Operation, args)`; same options as the client. */
export const createConnectCore = <O extends ConnectClientOptions>(options?: O): ConnectCore<Bound<O>> =>
  createCore<operations, O>(options ?? ({} as O), CONNECT_PRODUCTION_URL);

/** One typed method per Connect operation, plus `paginate` for the cursor-paged lists. */
export const createConnectClient = <O extends ConnectClientOptions>(options?: O): ConnectClient<Bound<O>> =>
  createClient(connectV1Operations, createCore<operations, O>(options ?? ({} as O), CONNECT_PRODUCTION_URL, middlewareExchange));

/** openapi-fetch's own client for the Connect API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createConnectFetchClient = (options?: ApiClientOptions) => createFetchClient<paths>(options ?? {}, CONNECT_PRODUCTION_URL, connectV1Operations);
