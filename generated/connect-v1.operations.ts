// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { operation, table } from "../src/core/descriptor.js";
import { asMultipart } from "../src/core/multipart.js";

// One descriptor per operation of the spec, named after its operationId: operation(operationId,
// method, path, extras). `path` alternates literal text and the camelCase name of a path
// parameter, joined with "|" (split again at load). Extras: `form` turns an upload's body
// into a form (multipart/form-data), `empty` marks answers without a body, `page` the array of
// a cursor page, `cursor` where its cursor goes and where the answer holds the next one (when
// not `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error. Each call is pure: a bundle keeps only those it uses.

export const ListCategories = /* @__PURE__ */ operation("ListCategories", "GET", "/categories");
export const ListPublicConnectors = /* @__PURE__ */ operation("ListPublicConnectors", "GET", "/connectors", {"page":"connectors"});
export const ListConnectors = /* @__PURE__ */ operation("ListConnectors", "GET", "/o/|organisationId|/connectors", {"page":"connectors"});
export const GetConnector = /* @__PURE__ */ operation("GetConnector", "GET", "/o/|organisationId|/connectors/|connectorId");
export const UpdateConnector = /* @__PURE__ */ operation("UpdateConnector", "PUT", "/o/|organisationId|/connectors/|connectorId");
export const DeleteConnector = /* @__PURE__ */ operation("DeleteConnector", "DELETE", "/o/|organisationId|/connectors/|connectorId", {"empty":true});
export const UpdateConnectorTags = /* @__PURE__ */ operation("UpdateConnectorTags", "PUT", "/o/|organisationId|/connectors/|connectorId|/tags", {"empty":true});
export const UpdateConnectorCategories = /* @__PURE__ */ operation("UpdateConnectorCategories", "PUT", "/o/|organisationId|/connectors/|connectorId|/categories", {"empty":true});
export const UpsertAuthSchemeConfig = /* @__PURE__ */ operation("UpsertAuthSchemeConfig", "PUT", "/o/|organisationId|/connectors/|connectorId|/auth-scheme-configs/|authSchemeConfigId");
export const DeleteAuthSchemeConfig = /* @__PURE__ */ operation("DeleteAuthSchemeConfig", "DELETE", "/o/|organisationId|/connectors/|connectorId|/auth-scheme-configs/|authSchemeConfigId");
export const InitialiseOAuth2Connection = /* @__PURE__ */ operation("InitialiseOAuth2Connection", "POST", "/o/|organisationId|/connectors/|connectorId|/oauth2/initialise");
export const ListConnectorConnections = /* @__PURE__ */ operation("ListConnectorConnections", "GET", "/o/|organisationId|/connectors/|connectorId|/connections", {"page":"items"});
export const CreateConnectorConnection = /* @__PURE__ */ operation("CreateConnectorConnection", "POST", "/o/|organisationId|/connectors/|connectorId|/connections");
export const GetConnection = /* @__PURE__ */ operation("GetConnection", "GET", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId");
export const UpdateConnection = /* @__PURE__ */ operation("UpdateConnection", "PUT", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId");
export const DeleteConnection = /* @__PURE__ */ operation("DeleteConnection", "DELETE", "/o/|organisationId|/connectors/|connectorId|/connections/|connectionId", {"empty":true});
export const ListConnectorVersions = /* @__PURE__ */ operation("ListConnectorVersions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions", {"page":"items"});
export const CreateConnectorVersion = /* @__PURE__ */ operation("CreateConnectorVersion", "POST", "/o/|organisationId|/connectors/|connectorId|/versions");
export const GetConnectorVersion = /* @__PURE__ */ operation("GetConnectorVersion", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version");
export const UpdateConnectorVersion = /* @__PURE__ */ operation("UpdateConnectorVersion", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version");
export const DeleteConnectorVersion = /* @__PURE__ */ operation("DeleteConnectorVersion", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version", {"empty":true});
export const ImportPublicConnectorVersion = /* @__PURE__ */ operation("ImportPublicConnectorVersion", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/library/import");
export const PublishConnector = /* @__PURE__ */ operation("PublishConnector", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/publish");
export const UnpublishConnector = /* @__PURE__ */ operation("UnpublishConnector", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/unpublish");
export const GetActions = /* @__PURE__ */ operation("GetActions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions", {"page":"actions"});
export const CreateAction = /* @__PURE__ */ operation("CreateAction", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions");
export const GetAction = /* @__PURE__ */ operation("GetAction", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName");
export const UpdateAction = /* @__PURE__ */ operation("UpdateAction", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName");
export const DeleteAction = /* @__PURE__ */ operation("DeleteAction", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/actions/|actionName", {"empty":true});
export const GetTriggers = /* @__PURE__ */ operation("GetTriggers", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers", {"page":"triggers"});
export const CreateTrigger = /* @__PURE__ */ operation("CreateTrigger", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers");
export const GetTrigger = /* @__PURE__ */ operation("GetTrigger", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName");
export const UpdateTrigger = /* @__PURE__ */ operation("UpdateTrigger", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName");
export const DeleteTrigger = /* @__PURE__ */ operation("DeleteTrigger", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/triggers/|triggerName", {"empty":true});
export const GetDefinitions = /* @__PURE__ */ operation("GetDefinitions", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions", {"page":"definitions"});
export const CreateDefinitions = /* @__PURE__ */ operation("CreateDefinitions", "POST", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions");
export const DeleteDefinitions = /* @__PURE__ */ operation("DeleteDefinitions", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions", {"empty":true});
export const GetDefinition = /* @__PURE__ */ operation("GetDefinition", "GET", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName");
export const UpdateDefinition = /* @__PURE__ */ operation("UpdateDefinition", "PUT", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName");
export const DeleteDefinition = /* @__PURE__ */ operation("DeleteDefinition", "DELETE", "/o/|organisationId|/connectors/|connectorId|/versions/|version|/definitions/|definitionName", {"empty":true});
export const ListProtocols = /* @__PURE__ */ operation("ListProtocols", "GET", "/o/|organisationId|/protocols", {"page":"protocols"});
export const ListAuthSchemes = /* @__PURE__ */ operation("ListAuthSchemes", "GET", "/o/|organisationId|/protocols/|protocolSlug|/auth-schemes");
export const GetProtocolUploadURL = /* @__PURE__ */ operation("GetProtocolUploadURL", "GET", "/o/|organisationId|/protocols/|protocolSlug|/upload-url");
export const CreateHTTPConnector = /* @__PURE__ */ operation("CreateHTTPConnector", "POST", "/o/|organisationId|/protocols/http/connectors");
export const ImportHTTPConnectorVersion = /* @__PURE__ */ operation("ImportHTTPConnectorVersion", "POST", "/o/|organisationId|/connector/|connectorId|/http/import", {"form":asMultipart});
export const ImportHTTPConnector = /* @__PURE__ */ operation("ImportHTTPConnector", "POST", "/o/|organisationId|/protocols/http/import", {"form":asMultipart});
export const CreateBigQueryConnector = /* @__PURE__ */ operation("CreateBigQueryConnector", "POST", "/o/|organisationId|/protocols/bigquery/connectors");
export const GetRawSchema = /* @__PURE__ */ operation("GetRawSchema", "GET", "/o/|organisationId|/schemas/|connectorId|/|version|/|schemaFilename");

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
