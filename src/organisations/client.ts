// The Organisations API (organisations, members, service accounts, groups, invitations, billing,
// signing keys): its production URL and generated table, bound to the
// shared core and client factory.
import { organisationsV1Operations } from "../../generated/organisations-v1.operations.js";
import type { operations, paths } from "../../generated/organisations-v1.js";
import { createCore, type ApiClientOptions, type Bound, type Core } from "../core/api.js";
import { createFetchClient } from "../core/fetch-client.js";
import { middlewareExchange } from "../core/middleware.js";
import { createClient, type ApiClient } from "../core/client.js";

export const ORGANISATIONS_PRODUCTION_URL = "https://platform.versori.com/api/organisations/v1";
export type OrganisationsCore<B extends boolean = false> = Core<operations, B>;
export type OrganisationsClient<B extends boolean = false> = ApiClient<operations, typeof organisationsV1Operations, B>;

/** An Organisations transport without methods, for `call(core, Operation, args)`. */
export const createOrganisationsCore = <O extends ApiClientOptions>(options?: O): OrganisationsCore<Bound<O>> =>
  createCore<operations, O>(options ?? ({} as O), ORGANISATIONS_PRODUCTION_URL);

/** One typed method per Organisations operation (`getOrganisations`, `createServiceAccount`, `getPublicKey`, ...). */
export const createOrganisationsClient = <O extends ApiClientOptions>(options?: O): OrganisationsClient<Bound<O>> =>
  createClient(organisationsV1Operations, createCore<operations, O>(options ?? ({} as O), ORGANISATIONS_PRODUCTION_URL, middlewareExchange));

/** openapi-fetch's own client for the Organisations API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createOrganisationsFetchClient = (options?: ApiClientOptions) => createFetchClient<paths>(options ?? {}, ORGANISATIONS_PRODUCTION_URL, organisationsV1Operations);
