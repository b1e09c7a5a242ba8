// Friendly names for the schemas of the Connect API, straight from the generated types.
import type { components, operations, paths } from "../../generated/connect-v1.js";

type Schemas = components["schemas"];

export type Connector = Schemas["Connector"];
export type HTTPConnector = Schemas["HTTPConnector"];
export type BigQueryConnector = Schemas["BigQueryConnector"];
export type ConnectorUpdate = Schemas["ConnectorUpdate"];
export type HTTPConnectorUpdate = Schemas["HTTPConnectorUpdate"];
export type BigQueryConnectorUpdate = Schemas["BigQueryConnectorUpdate"];
export type ConnectorPage = Schemas["ConnectorPage"];
export type Connection = Schemas["Connection"];
export type ConnectorVersion = Schemas["ConnectorVersion"];
export type AuthSchemeConfig = Schemas["AuthSchemeConfig"];
export type Credential = Schemas["Credential"];
export type ErrorBody = Schemas["Error"];

/** Every schema of the Connect API, by its spec name: `ConnectSchemas["Action"]`. */
export type ConnectSchemas = Schemas;
/** The raw openapi-typescript interfaces, for use with openapi-fetch directly. */
export type { components as ConnectComponents, operations as ConnectOperations, paths as ConnectPaths };
