// Public entry point of versori-client.
export { createConnectClient } from "./connect/client.js";
export type { ConnectClient, ConnectMethods, ConnectPaginators } from "./connect/client.js";
export type * from "./connect/types.js";
// Tree-shakable single operations: call(createConnectCore(options), UpdateConnector, args).
export { createConnectCore, call, CONNECT_PRODUCTION_URL } from "./connect/core.js";
export type { ConnectCore, ConnectCall, ConnectOperation, ConnectClientOptions } from "./connect/core.js";
export * from "../generated/connect-v1.operations.js";
export { VersoriError, VersoriApiError, VersoriConnectionError, VersoriTimeoutError } from "./errors.js";
export type { VersoriErrorBody, RequestSummary } from "./errors.js";
export type { ClientOptions, CallOptions, TokenSource, FetchFunction } from "./core/options.js";
export type { MultipartBody } from "./core/types.js";
export type { BinaryLike } from "./core/multipart.js";
