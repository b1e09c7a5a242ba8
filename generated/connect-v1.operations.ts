// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { table } from "../src/core/descriptor.js";
import { asMultipart } from "../src/core/multipart.js";

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `form` turns an upload's body into
// a form (multipart/form-data), `empty` marks answers without a body, `page` the array of a
// cursor page, `cursor` where its cursor goes and where the answer holds the next one (when not
// `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error.

export const ListCategories = {"operationId":"ListCategories","method":"GET","path":["/categories"]} as const;
export const ListPublicConnectors = {"operationId":"ListPublicConnectors","method":"GET","path":["/connectors"],"page":"connectors"} as const;
export const ListConnectors = {"operationId":"ListConnectors","method":"GET","path":["/o/","organisationId","/connectors"],"page":"connectors"} as const;
export const GetConnector = {"operationId":"GetConnector","method":"GET","path":["/o/","organisationId","/connectors/","connectorId"]} as const;
export const UpdateConnector = {"operationId":"UpdateConnector","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId"]} as const;
export const DeleteConnector = {"operationId":"DeleteConnector","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId"],"empty":true} as const;
export const UpdateConnectorTags = {"operationId":"UpdateConnectorTags","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/tags"],"empty":true} as const;
export const UpdateConnectorCategories = {"operationId":"UpdateConnectorCategories","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/categories"],"empty":true} as const;
export const UpsertAuthSchemeConfig = {"operationId":"UpsertAuthSchemeConfig","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/auth-scheme-configs/","authSchemeConfigId"]} as const;
export const DeleteAuthSchemeConfig = {"operationId":"DeleteAuthSchemeConfig","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/auth-scheme-configs/","authSchemeConfigId"]} as const;
export const InitialiseOAuth2Connection = {"operationId":"InitialiseOAuth2Connection","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/oauth2/initialise"]} as const;
export const ListConnectorConnections = {"operationId":"ListConnectorConnections","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/connections"],"page":"items"} as const;
export const CreateConnectorConnection = {"operationId":"CreateConnectorConnection","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/connections"]} as const;
export const GetConnection = {"operationId":"GetConnection","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/connections/","connectionId"]} as const;
export const UpdateConnection = {"operationId":"UpdateConnection","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/connections/","connectionId"]} as const;
export const DeleteConnection = {"operationId":"DeleteConnection","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/connections/","connectionId"],"empty":true} as const;
export const ListConnectorVersions = {"operationId":"ListConnectorVersions","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions"],"page":"items"} as const;
export const CreateConnectorVersion = {"operationId":"CreateConnectorVersion","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions"]} as const;
export const GetConnectorVersion = {"operationId":"GetConnectorVersion","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version"]} as const;
export const UpdateConnectorVersion = {"operationId":"UpdateConnectorVersion","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version"]} as const;
export const DeleteConnectorVersion = {"operationId":"DeleteConnectorVersion","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version"],"empty":true} as const;
export const ImportPublicConnectorVersion = {"operationId":"ImportPublicConnectorVersion","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/library/import"]} as const;
export const PublishConnector = {"operationId":"PublishConnector","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/publish"]} as const;
export const UnpublishConnector = {"operationId":"UnpublishConnector","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/unpublish"]} as const;
export const GetActions = {"operationId":"GetActions","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/actions"],"page":"actions"} as const;
export const CreateAction = {"operationId":"CreateAction","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/actions"]} as const;
export const GetAction = {"operationId":"GetAction","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/actions/","actionName"]} as const;
export const UpdateAction = {"operationId":"UpdateAction","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/actions/","actionName"]} as const;
export const DeleteAction = {"operationId":"DeleteAction","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/actions/","actionName"],"empty":true} as const;
export const GetTriggers = {"operationId":"GetTriggers","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/triggers"],"page":"triggers"} as const;
export const CreateTrigger = {"operationId":"CreateTrigger","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/triggers"]} as const;
export const GetTrigger = {"operationId":"GetTrigger","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/triggers/","triggerName"]} as const;
export const UpdateTrigger = {"operationId":"UpdateTrigger","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/triggers/","triggerName"]} as const;
export const DeleteTrigger = {"operationId":"DeleteTrigger","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/triggers/","triggerName"],"empty":true} as const;
export const GetDefinitions = {"operationId":"GetDefinitions","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions"],"page":"definitions"} as const;
export const CreateDefinitions = {"operationId":"CreateDefinitions","method":"POST","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions"]} as const;
export const DeleteDefinitions = {"operationId":"DeleteDefinitions","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions"],"empty":true} as const;
export const GetDefinition = {"operationId":"GetDefinition","method":"GET","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions/","definitionName"]} as const;
export const UpdateDefinition = {"operationId":"UpdateDefinition","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions/","definitionName"]} as const;
export const DeleteDefinition = {"operationId":"DeleteDefinition","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/versions/","version","/definitions/","definitionName"],"empty":true} as const;
export const ListProtocols = {"operationId":"ListProtocols","method":"GET","path":["/o/","organisationId","/protocols"],"page":"protocols"} as const;
export const ListAuthSchemes = {"operationId":"ListAuthSchemes","method":"GET","path":["/o/","organisationId","/protocols/","protocolSlug","/auth-schemes"]} as const;
export const GetProtocolUploadURL = {"operationId":"GetProtocolUploadURL","method":"GET","path":["/o/","organisationId","/protocols/","protocolSlug","/upload-url"]} as const;
export const CreateHTTPConnector = {"operationId":"CreateHTTPConnector","method":"POST","path":["/o/","organisationId","/protocols/http/connectors"]} as const;
export const ImportHTTPConnectorVersion = {"operationId":"ImportHTTPConnectorVersion","method":"POST","path":["/o/","organisationId","/connector/","connectorId","/http/import"],"form":asMultipart} as const;
export const ImportHTTPConnector = {"operationId":"ImportHTTPConnector","method":"POST","path":["/o/","organisationId","/protocols/http/import"],"form":asMultipart} as const;
export const CreateBigQueryConnector = {"operationId":"CreateBigQueryConnector","method":"POST","path":["/o/","organisationId","/protocols/bigquery/connectors"]} as const;
export const GetRawSchema = {"operationId":"GetRawSchema","method":"GET","path":["/o/","organisationId","/schemas/","connectorId","/","version","/","schemaFilename"]} as const;

/** Every operation of connect-v1, keyed by method name (operationId, first letter lowercased). */
export const connectV1Operations = /* @__PURE__ */ table<[
  typeof ListCategories,
  typeof ListPublicConnectors,
  typeof ListConnectors,
  typeof GetConnector,
  typeof UpdateConnector,
  typeof DeleteConnector,
  typeof UpdateConnectorTags,
  typeof UpdateConnectorCategories,
  typeof UpsertAuthSchemeConfig,
  typeof DeleteAuthSchemeConfig,
  typeof InitialiseOAuth2Connection,
  typeof ListConnectorConnections,
  typeof CreateConnectorConnection,
  typeof GetConnection,
  typeof UpdateConnection,
  typeof DeleteConnection,
  typeof ListConnectorVersions,
  typeof CreateConnectorVersion,
  typeof GetConnectorVersion,
  typeof UpdateConnectorVersion,
  typeof DeleteConnectorVersion,
  typeof ImportPublicConnectorVersion,
  typeof PublishConnector,
  typeof UnpublishConnector,
  typeof GetActions,
  typeof CreateAction,
  typeof GetAction,
  typeof UpdateAction,
  typeof DeleteAction,
  typeof GetTriggers,
  typeof CreateTrigger,
  typeof GetTrigger,
  typeof UpdateTrigger,
  typeof DeleteTrigger,
  typeof GetDefinitions,
  typeof CreateDefinitions,
  typeof DeleteDefinitions,
  typeof GetDefinition,
  typeof UpdateDefinition,
  typeof DeleteDefinition,
  typeof ListProtocols,
  typeof ListAuthSchemes,
  typeof GetProtocolUploadURL,
  typeof CreateHTTPConnector,
  typeof ImportHTTPConnectorVersion,
  typeof ImportHTTPConnector,
  typeof CreateBigQueryConnector,
  typeof GetRawSchema,
]>(
  ["ListCategories", "GET", "/categories"],
  ["ListPublicConnectors", "GET", "/connectors", {"page":"connectors"}],
  ["ListConnectors", "GET", "/o/|organisationId|/connectors", {"page":"connectors"}],
  ["GetConnector", "GET", "/o/|organisationId|/connectors/|connectorId"],
  ["UpdateConnector", "PUT", "/o/|organisationId|/connectors/|connectorId"],
  ["DeleteConnector", "DELETE", "/o/|organisationId|/connectors/|connectorId", {"empty":true}],
  ["UpdateConnectorTags", "PUT", "/o/|organisationId|/connectors/|connectorId|/tags", {"empty":true}],
  ["UpdateConnectorCategories", "PUT", "/o/|organisationId|/connectors/|connectorId|/categories", {"empty":true}],
  ["UpsertAuthSchemeConfig", "PUT", "/o/|organisationId|/connectors/|connectorId|/auth-scheme-configs/|authSchemeConfigId"],
  ["DeleteAuthSchemeConfig", "DELETE", "/o/|organisationId|/connectors/|connectorId|/auth-scheme-configs/|authSchemeConfigId"],
  ["InitialiseOAuth2Connection", "POST", "/o/|organisationId|/connectors/|connectorId|/oauth2/initialise"],
  ["ListConnectorConnections", "GET", "/o/|organisationId|/connectors/|connectorId|/connections", {"page":"items"}],
  ["CreateConnectorConnection", "POST", "/o/|organisationId|/connectors/|connectorId|/connections"],
  ["GetConnection", "GET", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId"],
  ["UpdateConnection", "PUT", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId"],
  ["DeleteConnection", "DELETE", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId", {"empty":true}],
  ["ListConnectorVersions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions", {"page":"items"}],
  ["CreateConnectorVersion", "POST", "/o/|organisationId|/connectors/|connectorId|/versions"],
  ["GetConnectorVersion", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version"],
  ["UpdateConnectorVersion", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version"],
  ["DeleteConnectorVersion", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version", {"empty":true}],
  ["ImportPublicConnectorVersion", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/library/import"],
  ["PublishConnector", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/publish"],
  ["UnpublishConnector", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/unpublish"],
  ["GetActions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions", {"page":"actions"}],
  ["CreateAction", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions"],
  ["GetAction", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName"],
  ["UpdateAction", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName"],
  ["DeleteAction", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName", {"empty":true}],
  ["GetTriggers", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers", {"page":"triggers"}],
  ["CreateTrigger", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers"],
  ["GetTrigger", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName"],
  ["UpdateTrigger", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName"],
  ["DeleteTrigger", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName", {"empty":true}],
  ["GetDefinitions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions", {"page":"definitions"}],
  ["CreateDefinitions", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions"],
  ["DeleteDefinitions", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions", {"empty":true}],
  ["GetDefinition", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName"],
  ["UpdateDefinition", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName"],
  ["DeleteDefinition", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName", {"empty":true}],
  ["ListProtocols", "GET", "/o/|organisationId|/protocols", {"page":"protocols"}],
  ["ListAuthSchemes", "GET", "/o/|organisationId|/protocols/|protocolSlug|/auth-schemes"],
  ["GetProtocolUploadURL", "GET", "/o/|organisationId|/protocols/|protocolSlug|/upload-url"],
  ["CreateHTTPConnector", "POST", "/o/|organisationId|/protocols/http/connectors"],
  ["ImportHTTPConnectorVersion", "POST", "/o/|organisationId|/connector/|connectorId|/http/import", {"form":asMultipart}],
  ["ImportHTTPConnector", "POST", "/o/|organisationId|/protocols/http/import", {"form":asMultipart}],
  ["CreateBigQueryConnector", "POST", "/o/|organisationId|/protocols/bigquery/connectors"],
  ["GetRawSchema", "GET", "/o/|organisationId|/schemas/|connectorId|/|version|/|schemaFilename"],
);
