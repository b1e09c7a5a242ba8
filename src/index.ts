// Public entry point of versori-client: one client per API, all built by the same factory
// from their generated operation tables, and the light entry (a core + `call` + descriptors).
// The Platform API v2 is the platform's current API; Connect, Embedded and Organisations are the
// legacy ones. Platform descriptors are exported by `versori-client/platform` (some share an
// operationId with a Connect or Embedded one).
export {
  createPlatformClient,
  createPlatformCore,
  createPlatformFetchClient,
  PLATFORM_PRODUCTION_URL,
} from "./platform/client.js";
export type {
  PlatformClient,
  PlatformCore,
  PlatformCall,
  PlatformOperation,
  PlatformMethods,
  PlatformPaginators,
} from "./platform/client.js";
export type * from "./platform/types.js";
export { createConnectClient, createConnectCore, createConnectFetchClient, CONNECT_PRODUCTION_URL } from "./connect/client.js";
export type {
  ConnectClient,
  ConnectClientOptions,
  ConnectCore,
  ConnectCall,
  ConnectOperation,
  ConnectMethods,
  ConnectPaginators,
} from "./connect/client.js";
export type * from "./connect/types.js";
export * from "../generated/connect-v1.operations.js";
export { createEmbeddedClient, createEmbeddedCore, createEmbeddedFetchClient, EMBEDDED_PRODUCTION_URL } from "./embedded/client.js";
export type { EmbeddedClient, EmbeddedCore } from "./embedded/client.js";
export type * from "./embedded/types.js";
export * from "../generated/embedded-v1.operations.js";
export { createOrganisationsClient, createOrganisationsCore, createOrganisationsFetchClient, ORGANISATIONS_PRODUCTION_URL } from "./organisations/client.js";
export type { OrganisationsClient, OrganisationsCore } from "./organisations/client.js";
export type * from "./organisations/types.js";
export * from "../generated/organisations-v1.operations.js";
// Tree-shakable single operations: call(createConnectCore(options), UpdateConnector, args).
export { call } from "./core/api.js";
export type { ApiClientOptions, Core, CallOf } from "./core/api.js";
export type { ApiClient, ApiMethods, ApiMethodsWithResponse, ApiPaginators, Paginator } from "./core/client.js";
export type { TransportOptions, WithResponse } from "./core/transport.js";
export type { Middleware } from "./core/middleware.js";
export { isApiError } from "./core/is-api-error.js";
export type { ApiErrorOf, ErrorBodyOf, ErrorStatusOf, MethodName } from "./core/is-api-error.js";
export type { Paginated } from "./core/paginate.js";
export {
  VersoriError,
  VersoriApiError,
  VersoriConnectionError,
  VersoriTimeoutError,
  VersoriPaginationError,
  VersoriResponseTooLargeError,
} from "./errors.js";
export type { VersoriErrorBody, RequestSummary } from "./errors.js";
export type { ClientOptions, CallOptions, TokenSource, FetchFunction, HeadersInput } from "./core/options.js";
export type { Logger, LogLevel, LogMethod, TracerLike, SpanLike, SpanContextLike } from "./core/telemetry/types.js";
export type { MultipartBody } from "./core/types.js";
export type { BinaryLike } from "./core/multipart.js";
