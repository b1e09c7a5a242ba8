// Names for the schemas of the Organisations API, straight from the generated types.
import type { components, operations, paths } from "../../generated/organisations-v1.js";

type Schemas = components["schemas"];

export type Organisation = Schemas["Organisation"];
export type Member = Schemas["Member"];
export type ServiceAccount = Schemas["ServiceAccount"];
export type Group = Schemas["Group"];
export type Invitation = Schemas["Invitation"];
export type SigningKey = Schemas["SigningKey"];
export type SigningKeyWithPrivateKey = Schemas["SigningKeyWithPrivateKey"];
/** Every schema of the Organisations API, by its spec name. */
export type OrganisationsSchemas = components["schemas"];
export type { components as OrganisationsComponents, operations as OrganisationsOperations, paths as OrganisationsPaths };
