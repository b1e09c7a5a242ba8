// The Embedded API (hubs, end users, their connections, integrations and activations): its
// production URL and generated table, bound to the shared core and client factory. Calls made
// for one end user authenticate with a signing-key JWT: see `versori-client/jwt`.
import { embeddedV1Operations } from "../../generated/embedded-v1.operations.js";
import type { operations, paths } from "../../generated/embedded-v1.js";
import { createCore, type ApiClientOptions, type Bound, type Core } from "../core/api.js";
import { createFetchClient } from "../core/fetch-client.js";
import { middlewareExchange } from "../core/middleware.js";
import { createClient, type ApiClient } from "../core/client.js";

export const EMBEDDED_PRODUCTION_URL = "https://platform.versori.com/api/embedded/v1";
export type EmbeddedCore<B extends boolean = false> = Core<operations, B>;
export type EmbeddedClient<B extends boolean = false> = ApiClient<operations, typeof embeddedV1Operations, B>;

/** An Embedded transport without methods, for `call(core, Operation, args)`. */
export const createEmbeddedCore = <O extends ApiClientOptions>(options?: O): EmbeddedCore<Bound<O>> =>
  createCore<operations, O>(options ?? ({} as O), EMBEDDED_PRODUCTION_URL);

/** One typed method per Embedded operation (`listHubs`, `createEndUser`, ...), plus `paginate`. */
export const createEmbeddedClient = <O extends ApiClientOptions>(options?: O): EmbeddedClient<Bound<O>> =>
  createClient(embeddedV1Operations, createCore<operations, O>(options ?? ({} as O), EMBEDDED_PRODUCTION_URL, middlewareExchange));

/** openapi-fetch's own client for the Embedded API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createEmbeddedFetchClient = (options?: ApiClientOptions) => createFetchClient<paths>(options ?? {}, EMBEDDED_PRODUCTION_URL, embeddedV1Operations);
