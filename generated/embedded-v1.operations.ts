// Generated from openapi/embedded-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { table } from "../src/core/descriptor.js";

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `form` turns an upload's body into
// a form (multipart/form-data), `empty` marks answers without a body, `page` the array of a
// cursor page, `cursor` where its cursor goes and where the answer holds the next one (when not
// `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error.

export const ListHubs = {"operationId":"ListHubs","method":"GET","path":["/o/","organisationId","/hubs"]} as const;
export const CreateHub = {"operationId":"CreateHub","method":"POST","path":["/hubs"]} as const;
export const GetHub = {"operationId":"GetHub","method":"GET","path":["/hubs/","hubId"]} as const;
export const DeleteHub = {"operationId":"DeleteHub","method":"DELETE","path":["/hubs/","hubId"],"empty":true} as const;
export const UpdateHubDetails = {"operationId":"UpdateHubDetails","method":"PATCH","path":["/hubs/","hubId"]} as const;
export const ListEndUsers = {"operationId":"ListEndUsers","method":"GET","path":["/hubs/","hubId","/users"],"page":"users"} as const;
export const CreateEndUser = {"operationId":"CreateEndUser","method":"POST","path":["/hubs/","hubId","/users"]} as const;
export const GetEndUser = {"operationId":"GetEndUser","method":"GET","path":["/hubs/","hubId","/users/","userId"]} as const;
export const DeleteEndUser = {"operationId":"DeleteEndUser","method":"DELETE","path":["/hubs/","hubId","/users/","userId"],"empty":true} as const;
export const ListEndUserConnections = {"operationId":"ListEndUserConnections","method":"GET","path":["/hubs/","hubId","/users/","userId","/connections"],"page":"connections","joined":["hub_connector_id"]} as const;
export const CreateEndUserConnection = {"operationId":"CreateEndUserConnection","method":"POST","path":["/hubs/","hubId","/users/","userId","/connections"]} as const;
export const ListIntegrations = {"operationId":"ListIntegrations","method":"GET","path":["/hubs/","hubId","/integrations"],"page":"integrations"} as const;
export const CreateIntegration = {"operationId":"CreateIntegration","method":"POST","path":["/hubs/","hubId","/integrations"]} as const;
export const GetIntegration = {"operationId":"GetIntegration","method":"GET","path":["/integrations/","integrationId"]} as const;
export const DeleteIntegration = {"operationId":"DeleteIntegration","method":"DELETE","path":["/integrations/","integrationId"],"empty":true} as const;
export const UpdateIntegration = {"operationId":"UpdateIntegration","method":"PATCH","path":["/integrations/","integrationId"]} as const;
export const ListIntegrationConnectionTemplates = {"operationId":"ListIntegrationConnectionTemplates","method":"GET","path":["/integrations/","integrationId","/connection-templates"],"page":"connectionTemplates"} as const;
export const CreateHubConnectionTemplate = {"operationId":"CreateHubConnectionTemplate","method":"POST","path":["/integrations/","integrationId","/connection-templates"]} as const;
export const UpdateIntegrationMetadata = {"operationId":"UpdateIntegrationMetadata","method":"PUT","path":["/integrations/","integrationId","/metadata"],"empty":true} as const;
export const GetDynamicVariables = {"operationId":"GetDynamicVariables","method":"GET","path":["/integrations/","integrationId","/users/","userId","/variables"]} as const;
export const UpdateDynamicVariablesInternal = {"operationId":"UpdateDynamicVariablesInternal","method":"PUT","path":["/integrations/","integrationId","/users/","userId","/variables"],"empty":true} as const;
export const GetEndUserConnection = {"operationId":"GetEndUserConnection","method":"GET","path":["/connection-templates/","connectionTemplateId","/users/","userId"]} as const;
export const ListEndUserIntegrations = {"operationId":"ListEndUserIntegrations","method":"GET","path":["/embed/","hubId","/users/","userId","/integrations"]} as const;
export const GetEmbeddedIntegration = {"operationId":"GetEmbeddedIntegration","method":"GET","path":["/embed/","hubId","/users/","userId","/integrations/","integrationId"]} as const;
export const InitialiseOAuth2EmbeddedConnection = {"operationId":"InitialiseOAuth2EmbeddedConnection","method":"POST","path":["/embed/","hubId","/connector/","connectorId","/oauth2/initialise"]} as const;
export const ListEndUserActivations = {"operationId":"ListEndUserActivations","method":"GET","path":["/embed/","hubId","/users/","userId","/activations"],"page":"activations"} as const;
export const ActivateIntegration = {"operationId":"ActivateIntegration","method":"POST","path":["/activations"]} as const;
export const GetActivation = {"operationId":"GetActivation","method":"GET","path":["/activations/","activationId"]} as const;
export const DeleteActivation = {"operationId":"DeleteActivation","method":"DELETE","path":["/activations/","activationId"],"empty":true} as const;
export const UpdateDynamicVariables = {"operationId":"UpdateDynamicVariables","method":"PUT","path":["/activations/","activationId","/variables"]} as const;
export const HealthCheck = {"operationId":"HealthCheck","method":"GET","path":["/healthz"]} as const;

/** Every operation of embedded-v1, keyed by method name (operationId, first letter lowercased). */
export const embeddedV1Operations = /* @__PURE__ */ table<[
  typeof ListHubs,
  typeof CreateHub,
  typeof GetHub,
  typeof DeleteHub,
  typeof UpdateHubDetails,
  typeof ListEndUsers,
  typeof CreateEndUser,
  typeof GetEndUser,
  typeof DeleteEndUser,
  typeof ListEndUserConnections,
  typeof CreateEndUserConnection,
  typeof ListIntegrations,
  typeof CreateIntegration,
  typeof GetIntegration,
  typeof DeleteIntegration,
  typeof UpdateIntegration,
  typeof ListIntegrationConnectionTemplates,
  typeof CreateHubConnectionTemplate,
  typeof UpdateIntegrationMetadata,
  typeof GetDynamicVariables,
  typeof UpdateDynamicVariablesInternal,
  typeof GetEndUserConnection,
  typeof ListEndUserIntegrations,
  typeof GetEmbeddedIntegration,
  typeof InitialiseOAuth2EmbeddedConnection,
  typeof ListEndUserActivations,
  typeof ActivateIntegration,
  typeof GetActivation,
  typeof DeleteActivation,
  typeof UpdateDynamicVariables,
  typeof HealthCheck,
]>(
  ["ListHubs", "GET", "/o/|organisationId|/hubs"],
  ["CreateHub", "POST", "/hubs"],
  ["GetHub", "GET", "/hubs/|hubId"],
  ["DeleteHub", "DELETE", "/hubs/|hubId", {"empty":true}],
  ["UpdateHubDetails", "PATCH", "/hubs/|hubId"],
  ["ListEndUsers", "GET", "/hubs/|hubId|/users", {"page":"users"}],
  ["CreateEndUser", "POST", "/hubs/|hubId|/users"],
  ["GetEndUser", "GET", "/hubs/|hubId|/users/|userId"],
  ["DeleteEndUser", "DELETE", "/hubs/|hubId|/users/|userId", {"empty":true}],
  ["ListEndUserConnections", "GET", "/hubs/|hubId|/users/|userId|/connections", {"page":"connections","joined":["hub_connector_id"]}],
  ["CreateEndUserConnection", "POST", "/hubs/|hubId|/users/|userId|/connections"],
  ["ListIntegrations", "GET", "/hubs/|hubId|/integrations", {"page":"integrations"}],
  ["CreateIntegration", "POST", "/hubs/|hubId|/integrations"],
  ["GetIntegration", "GET", "/integrations/|integrationId"],
  ["DeleteIntegration", "DELETE", "/integrations/|integrationId", {"empty":true}],
  ["UpdateIntegration", "PATCH", "/integrations/|integrationId"],
  ["ListIntegrationConnectionTemplates", "GET", "/integrations/|integrationId|/connection-templates", {"page":"connectionTemplates"}],
  ["CreateHubConnectionTemplate", "POST", "/integrations/|integrationId|/connection-templates"],
  ["UpdateIntegrationMetadata", "PUT", "/integrations/|integrationId|/metadata", {"empty":true}],
  ["GetDynamicVariables", "GET", "/integrations/|integrationId|/users/|userId|/variables"],
  ["UpdateDynamicVariablesInternal", "PUT", "/integrations/|integrationId|/users/|userId|/variables", {"empty":true}],
  ["GetEndUserConnection", "GET", "/connection-templates/|connectionTemplateId|/users/|userId"],
  ["ListEndUserIntegrations", "GET", "/embed/|hubId|/users/|userId|/integrations"],
  ["GetEmbeddedIntegration", "GET", "/embed/|hubId|/users/|userId|/integrations/|integrationId"],
  ["InitialiseOAuth2EmbeddedConnection", "POST", "/embed/|hubId|/connector/|connectorId|/oauth2/initialise"],
  ["ListEndUserActivations", "GET", "/embed/|hubId|/users/|userId|/activations", {"page":"activations"}],
  ["ActivateIntegration", "POST", "/activations"],
  ["GetActivation", "GET", "/activations/|activationId"],
  ["DeleteActivation", "DELETE", "/activations/|activationId", {"empty":true}],
  ["UpdateDynamicVariables", "PUT", "/activations/|activationId|/variables"],
  ["HealthCheck", "GET", "/healthz"],
);
