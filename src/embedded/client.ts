// The Embedded API (hubs, end users, their connections, integrations and activations): its
// production URL and generated table, bound to the shared core and client factory
// (src/core/bind.ts). Calls made for one end user authenticate with a signing-key JWT: see
// `versori-client/jwt`.
import { embeddedV1Operations } from "../../generated/embedded-v1.operations.js";
import type { operations, paths } from "../../generated/embedded-v1.js";
import type { Core } from "../core/api.js";
import { bindClient, bindCore, bindFetchClient } from "../core/bind.js";
import type { ApiClient } from "../core/client.js";

export const EMBEDDED_PRODUCTION_URL = "https://platform.versori.com/api/embedded/v1";
export type EmbeddedCore<B extends boolean = false> = Core<operations, B, typeof embeddedV1Operations>;
export type EmbeddedClient<B extends boolean = false> = ApiClient<operations, typeof embeddedV1Operations, B>;

/** An Embedded transport without methods, for `call(core, Operation, args)`. */
export const createEmbeddedCore = /* @__PURE__ */ bindCore<operations, typeof embeddedV1Operations>(EMBEDDED_PRODUCTION_URL);

/** One typed method per Embedded operation (`listHubs`, `createEndUser`, ...), plus `paginate`. */
export const createEmbeddedClient = /* @__PURE__ */ bindClient<operations, typeof embeddedV1Operations>(embeddedV1Operations, EMBEDDED_PRODUCTION_URL);

/** openapi-fetch's own client for the Embedded API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createEmbeddedFetchClient = /* @__PURE__ */ bindFetchClient<paths>(EMBEDDED_PRODUCTION_URL, embeddedV1Operations);
