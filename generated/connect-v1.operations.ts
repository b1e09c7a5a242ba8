// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `multipart` marks bodies that may
// be a form (file uploads), `empty` answers without a body, `page` the array of a cursor page,
// `cursor` where its cursor goes and where the answer holds the next one (when not `after` and
// `next`), `joined` the query arrays sent comma-joined in one value (explode: false), `reserved`
// path values that would make another operation's path, `secret` a success body that must
// never appear in an error.

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
export const ImportHTTPConnectorVersion = {"operationId":"ImportHTTPConnectorVersion","method":"POST","path":["/o/","organisationId","/connector/","connectorId","/http/import"],"multipart":true} as const;
export const ImportHTTPConnector = {"operationId":"ImportHTTPConnector","method":"POST","path":["/o/","organisationId","/protocols/http/import"],"multipart":true} as const;
export const CreateBigQueryConnector = {"operationId":"CreateBigQueryConnector","method":"POST","path":["/o/","organisationId","/protocols/bigquery/connectors"]} as const;
export const GetRawSchema = {"operationId":"GetRawSchema","method":"GET","path":["/o/","organisationId","/schemas/","connectorId","/","version","/","schemaFilename"]} as const;

/** Every operation of connect-v1, keyed by method name (operationId, first letter lowercased). */
export const connectV1Operations = {
  listCategories: ListCategories,
  listPublicConnectors: ListPublicConnectors,
  listConnectors: ListConnectors,
  getConnector: GetConnector,
  updateConnector: UpdateConnector,
  deleteConnector: DeleteConnector,
  updateConnectorTags: UpdateConnectorTags,
  updateConnectorCategories: UpdateConnectorCategories,
  upsertAuthSchemeConfig: UpsertAuthSchemeConfig,
  deleteAuthSchemeConfig: DeleteAuthSchemeConfig,
  initialiseOAuth2Connection: InitialiseOAuth2Connection,
  listConnectorConnections: ListConnectorConnections,
  createConnectorConnection: CreateConnectorConnection,
  getConnection: GetConnection,
  updateConnection: UpdateConnection,
  deleteConnection: DeleteConnection,
  listConnectorVersions: ListConnectorVersions,
  createConnectorVersion: CreateConnectorVersion,
  getConnectorVersion: GetConnectorVersion,
  updateConnectorVersion: UpdateConnectorVersion,
  deleteConnectorVersion: DeleteConnectorVersion,
  importPublicConnectorVersion: ImportPublicConnectorVersion,
  publishConnector: PublishConnector,
  unpublishConnector: UnpublishConnector,
  getActions: GetActions,
  createAction: CreateAction,
  getAction: GetAction,
  updateAction: UpdateAction,
  deleteAction: DeleteAction,
  getTriggers: GetTriggers,
  createTrigger: CreateTrigger,
  getTrigger: GetTrigger,
  updateTrigger: UpdateTrigger,
  deleteTrigger: DeleteTrigger,
  getDefinitions: GetDefinitions,
  createDefinitions: CreateDefinitions,
  deleteDefinitions: DeleteDefinitions,
  getDefinition: GetDefinition,
  updateDefinition: UpdateDefinition,
  deleteDefinition: DeleteDefinition,
  listProtocols: ListProtocols,
  listAuthSchemes: ListAuthSchemes,
  getProtocolUploadURL: GetProtocolUploadURL,
  createHTTPConnector: CreateHTTPConnector,
  importHTTPConnectorVersion: ImportHTTPConnectorVersion,
  importHTTPConnector: ImportHTTPConnector,
  createBigQueryConnector: CreateBigQueryConnector,
  getRawSchema: GetRawSchema,
} as const;
