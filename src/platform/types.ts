// Names for the schemas of the Platform API, straight from the generated types. Names the legacy
// APIs already export (Connection, EndUser, Activation, ...) carry a `Platform` prefix here.
import type { components, operations, paths } from "../../generated/platform-v2.js";

type Schemas = components["schemas"];

export type Project = Schemas["Project"];
export type ProjectSummary = Schemas["ProjectSummary"];
export type ProjectEnvironment = Schemas["ProjectEnvironment"];
export type ProjectVersion = Schemas["ProjectVersion"];
export type ProjectFile = Schemas["File"];
export type ProjectFiles = Schemas["Files"];
export type ProjectLog = Schemas["Log"];
export type Trace = Schemas["Trace"];
export type System = Schemas["System"];
export type ConnectionTemplate = Schemas["ConnectionTemplate"];
export type PlatformConnection = Schemas["Connection"];
export type PlatformAuthSchemeConfig = Schemas["AuthSchemeConfig"];
export type PlatformCredential = Schemas["Credential"];
export type PlatformEndUser = Schemas["EndUser"];
export type PlatformActivation = Schemas["Activation"];
export type Automation = Schemas["Automation"];
export type AutomationRun = Schemas["AutomationRun"];
export type Scheduler = Schemas["Scheduler"];
export type Issue = Schemas["Issue"];
export type KVKey = Schemas["KVKey"];
export type KVEntry = Schemas["KVEntry"];
export type KVStore = Schemas["Store"];
/** Every schema of the Platform API, by its spec name: `PlatformSchemas["DeploymentSpec"]`. */
export type PlatformSchemas = Schemas;
/** The raw openapi-typescript interfaces, for use with openapi-fetch directly. */
export type { components as PlatformComponents, operations as PlatformOperations, paths as PlatformPaths };
