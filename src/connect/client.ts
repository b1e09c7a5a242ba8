// The Connect API: its production URL and generated table, bound to the shared core and client
// factory (src/core/bind.ts). Nothing else here is Connect-specific.
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import type { operations, paths } from "../../generated/connect-v1.js";
import type { ApiClientOptions, CallOf, Core } from "../core/api.js";
import { bindClient, bindCore, bindFetchClient } from "../core/bind.js";
import type { ApiClient, ApiMethods, ApiPaginators } from "../core/client.js";

type Table = typeof connectV1Operations;
export const CONNECT_PRODUCTION_URL = "https://platform.versori.com/api/connect/v1";
export type ConnectClientOptions = ApiClientOptions;
export type ConnectCore<B extends boolean = false> = Core<operations, B, Table>;
export type ConnectClient<B extends boolean = false> = ApiClient<operations, Table, B>;
export type ConnectMethods<B extends boolean = false> = ApiMethods<operations, Table, B>;
export type ConnectPaginators<B extends boolean = false> = ApiPaginators<operations, Table, B>;
/** Any operation descriptor of the Connect API (`UpdateConnector`, `GetConnector`, ...). */
export type ConnectOperation = Table[keyof Table];
/** The method `createConnectClient` has for the operation `D`. */
export type ConnectCall<D extends ConnectOperation, B extends boolean = false> = CallOf<operations, D, B>;

/** A Connect transport without methods, for `call(core, Operation, args)`; same options as the client. */
export const createConnectCore = /* @__PURE__ */ bindCore<operations, Table>(CONNECT_PRODUCTION_URL);

/** One typed method per Connect operation, plus `paginate` for the cursor-paged lists. */
export const createConnectClient = /* @__PURE__ */ bindClient<operations, Table>(connectV1Operations, CONNECT_PRODUCTION_URL);

/** openapi-fetch's own client for the Connect API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createConnectFetchClient = /* @__PURE__ */ bindFetchClient<paths>(CONNECT_PRODUCTION_URL, connectV1Operations);
