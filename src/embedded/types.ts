// Names for the schemas of the Embedded API, straight from the generated types.
import type { components, operations, paths } from "../../generated/embedded-v1.js";

type Schemas = components["schemas"];

export type Hub = Schemas["Hub"];
export type EndUser = Schemas["EndUser"];
export type EmbeddedIntegration = Schemas["EmbeddedIntegration"];
export type Activation = Schemas["Activation"];
/** An activation as ListEndUserActivations lists it: without the end user. */
export type EndUserActivation = Schemas["EndUserActivation"];
export type DynamicVariables = Schemas["DynamicVariables"];
export type HubConnectionTemplate = Schemas["HubConnectionTemplate"];
/** Every schema of the Embedded API, by its spec name: `EmbeddedSchemas["Integration"]`. */
export type EmbeddedSchemas = Schemas;
export type { components as EmbeddedComponents, operations as EmbeddedOperations, paths as EmbeddedPaths };
