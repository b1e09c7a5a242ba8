// The Organisations API (signing keys): its production URL and generated table, bound to the
// shared core and client factory (src/core/bind.ts).
import { organisationsV1Operations } from "../../generated/organisations-v1.operations.js";
import type { operations, paths } from "../../generated/organisations-v1.js";
import type { Core } from "../core/api.js";
import { bindClient, bindCore, bindFetchClient } from "../core/bind.js";
import type { ApiClient } from "../core/client.js";

export const ORGANISATIONS_PRODUCTION_URL = "https://platform.versori.com/api/organisations/v1";
export type OrganisationsCore<B extends boolean = false> = Core<operations, B, typeof organisationsV1Operations>;
export type OrganisationsClient<B extends boolean = false> = ApiClient<operations, typeof organisationsV1Operations, B>;

/** An Organisations transport without methods, for `call(core, Operation, args)`. */
export const createOrganisationsCore = /* @__PURE__ */ bindCore<operations, typeof organisationsV1Operations>(ORGANISATIONS_PRODUCTION_URL);

/** One typed method per Organisations operation (`listSigningKeys`, `createSigningKey`, ...). */
export const createOrganisationsClient = /* @__PURE__ */ bindClient<operations, typeof organisationsV1Operations>(organisationsV1Operations, ORGANISATIONS_PRODUCTION_URL);

/** openapi-fetch's own client for the Organisations API (`GET("/path", { params })`, `use(...)`), on the same core. */
export const createOrganisationsFetchClient = /* @__PURE__ */ bindFetchClient<paths>(ORGANISATIONS_PRODUCTION_URL, organisationsV1Operations);
