// The Platform API v2 (projects, deployments, systems, connections, end users, activations,
// automations, KV store, ...): its production URL and generated table, bound to the shared core
// and client factory. Nothing else here is Platform-specific.
import { platformV2Operations } from "../../generated/platform-v2.operations.js";
import type { operations, paths } from "../../generated/platform-v2.js";
import type { CallOf, Core } from "../core/api.js";
import { bindClient, bindCore, bindFetchClient } from "../core/bind.js";
import type { ApiClient, ApiMethods, ApiPaginators } from "../core/client.js";

type Table = typeof platformV2Operations;
export const PLATFORM_PRODUCTION_URL = "https://platform.versori.com/api/v2";
export type PlatformCore<B extends boolean = false> = Core<operations, B, Table>;
export type PlatformClient<B extends boolean = false> = ApiClient<operations, Table, B>;
export type PlatformMethods<B extends boolean = false> = ApiMethods<operations, Table, B>;
export type PlatformPaginators<B extends boolean = false> = ApiPaginators<operations, Table, B>;
/** Any operation descriptor of the Platform API (`GetProject`, `DeployProject`, ...). */
export type PlatformOperation = Table[keyof Table];
/** The method `createPlatformClient` has for the operation `D`. */
export type PlatformCall<D extends PlatformOperation, B extends boolean = false> = CallOf<operations, D, B>;

/** A Platform transport without methods, for `call(core, Operation, args)` (descriptors from `versori-client/platform`). */
export const createPlatformCore = /* @__PURE__ */ bindCore<operations, Table>(PLATFORM_PRODUCTION_URL);

/** One typed method per Platform operation (`listProjects`, `deployProject`, `activateUser`, ...), plus `paginate`. */
export const createPlatformClient = /* @__PURE__ */ bindClient<operations, Table>(platformV2Operations, PLATFORM_PRODUCTION_URL);

/** openapi-fetch's own client for the Platform API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createPlatformFetchClient = /* @__PURE__ */ bindFetchClient<paths>(PLATFORM_PRODUCTION_URL, platformV2Operations);
