// Names for the schemas of the Organisations API, straight from the generated types.
import type { components, operations, paths } from "../../generated/organisations-v1.js";

export type SigningKey = components["schemas"]["SigningKey"];
export type SigningKeyWithPrivateKey = components["schemas"]["SigningKeyWithPrivateKey"];
/** Every schema of the Organisations API, by its spec name. */
export type OrganisationsSchemas = components["schemas"];
export type { components as OrganisationsComponents, operations as OrganisationsOperations, paths as OrganisationsPaths };
