// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `body` lists the request media
// kinds, `empty` marks answers without a body, `page` names the array of a cursor page.

export const UpsertAuthSchemeConfig = {"operationId":"UpsertAuthSchemeConfig","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/auth-scheme-configs/","authSchemeConfigId"],"body":["json"]} as const;
export const DeleteAuthSchemeConfig = {"operationId":"DeleteAuthSchemeConfig","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId","/auth-scheme-configs/","authSchemeConfigId"]} as const;
export const ListCategories = {"operationId":"ListCategories","method":"GET","path":["/categories"]} as const;
export const ListPublicConnectors = {"operationId":"ListPublicConnectors","method":"GET","path":["/connectors"],"page":"connectors"} as const;
export const ListConnectors = {"operationId":"ListConnectors","method":"GET","path":["/o/","organisationId","/connectors"],"page":"connectors"} as const;
export const GetConnector = {"operationId":"GetConnector","method":"GET","path":["/o/","organisationId","/connectors/","connectorId"]} as const;
export const UpdateConnector = {"operationId":"UpdateConnector","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId"],"body":["json"]} as const;
export const DeleteConnector = {"operationId":"DeleteConnector","method":"DELETE","path":["/o/","organisationId","/connectors/","connectorId"],"empty":true} as const;
export const UpdateConnectorTags = {"operationId":"UpdateConnectorTags","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/tags"],"body":["json"],"empty":true} as const;
export const UpdateConnectorCategories = {"operationId":"UpdateConnectorCategories","method":"PUT","path":["/o/","organisationId","/connectors/","connectorId","/categories"],"body":["json"],"empty":true} as const;

/** Every operation of connect-v1, keyed by method name (operationId, first letter lowercased). */
export const connectV1Operations = {
  upsertAuthSchemeConfig: UpsertAuthSchemeConfig,
  deleteAuthSchemeConfig: DeleteAuthSchemeConfig,
  listCategories: ListCategories,
  listPublicConnectors: ListPublicConnectors,
  listConnectors: ListConnectors,
  getConnector: GetConnector,
  updateConnector: UpdateConnector,
  deleteConnector: DeleteConnector,
  updateConnectorTags: UpdateConnectorTags,
  updateConnectorCategories: UpdateConnectorCategories,
} as const;
