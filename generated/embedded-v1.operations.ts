// Generated from openapi/embedded-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { operation, table } from "../src/core/descriptor.js";

// One descriptor per operation of the spec, named after its operationId: operation(operationId,
// method, path, extras). `path` alternates literal text and the camelCase name of a path
// parameter, joined with "|" (split again at load). Extras: `form` turns an upload's body
// into a form (multipart/form-data), `empty` marks answers without a body, `page` the array of
// a cursor page, `cursor` where its cursor goes and where the answer holds the next one (when
// not `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error. Each call is pure: a bundle keeps only those it uses.

export const ListHubs = /* @__PURE__ */ operation("ListHubs", "GET", "/o/|organisationId|/hubs");
export const CreateHub = /* @__PURE__ */ operation("CreateHub", "POST", "/hubs");
export const GetHub = /* @__PURE__ */ operation("GetHub", "GET", "/hubs/|hubId");
export const DeleteHub = /* @__PURE__ */ operation("DeleteHub", "DELETE", "/hubs/|hubId", {"empty":true});
export const UpdateHubDetails = /* @__PURE__ */ operation("UpdateHubDetails", "PATCH", "/hubs/|hubId");
export const ListEndUsers = /* @__PURE__ */ operation("ListEndUsers", "GET", "/hubs/|hubId|/users", {"page":"users"});
export const CreateEndUser = /* @__PURE__ */ operation("CreateEndUser", "POST", "/hubs/|hubId|/users");
export const GetEndUser = /* @__PURE__ */ operation("GetEndUser", "GET", "/hubs/|hubId|/users/|userId");
export const DeleteEndUser = /* @__PURE__ */ operation("DeleteEndUser", "DELETE", "/hubs/|hubId|/users/|userId", {"empty":true});
export const ListEndUserConnections = /* @__PURE__ */ operation("ListEndUserConnections", "GET", "/hubs/|hubId|/users/|userId|/connections", {"page":"connections","joined":["hub_connector_id"]});
export const CreateEndUserConnection = /* @__PURE__ */ operation("CreateEndUserConnection", "POST", "/hubs/|hubId|/users/|userId|/connections");
export const ListIntegrations = /* @__PURE__ */ operation("ListIntegrations", "GET", "/hubs/|hubId|/integrations", {"page":"integrations"});
export const CreateIntegration = /* @__PURE__ */ operation("CreateIntegration", "POST", "/hubs/|hubId|/integrations");
export const GetIntegration = /* @__PURE__ */ operation("GetIntegration", "GET", "/integrations/|integrationId");
export const DeleteIntegration = /* @__PURE__ */ operation("DeleteIntegration", "DELETE", "/integrations/|integrationId", {"empty":true});
export const UpdateIntegration = /* @__PURE__ */ operation("UpdateIntegration", "PATCH", "/integrations/|integrationId");
export const ListIntegrationConnectionTemplates = /* @__PURE__ */ operation("ListIntegrationConnectionTemplates", "GET", "/integrations/|integrationId|/connection-templates", {"page":"connectionTemplates"});
export const CreateHubConnectionTemplate = /* @__PURE__ */ operation("CreateHubConnectionTemplate", "POST", "/integrations/|integrationId|/connection-templates");
export const UpdateIntegrationMetadata = /* @__PURE__ */ operation("UpdateIntegrationMetadata", "PUT", "/integrations/|integrationId|/metadata", {"empty":true});
export const GetDynamicVariables = /* @__PURE__ */ operation("GetDynamicVariables", "GET", "/integrations/|integrationId|/users/|userId|/variables");
export const UpdateDynamicVariablesInternal = /* @__PURE__ */ operation("UpdateDynamicVariablesInternal", "PUT", "/integrations/|integrationId|/users/|userId|/variables", {"empty":true});
export const GetEndUserConnection = /* @__PURE__ */ operation("GetEndUserConnection", "GET", "/connection-templates/|connectionTemplateId|/users/|userId");
export const ListEndUserIntegrations = /* @__PURE__ */ operation("ListEndUserIntegrations", "GET", "/embed/|hubId|/users/|userId|/integrations");
export const GetEmbeddedIntegration = /* @__PURE__ */ operation("GetEmbeddedIntegration", "GET", "/embed/|hubId|/users/|userId|/integrations/|integrationId");
export const InitialiseOAuth2EmbeddedConnection = /* @__PURE__ */ operation("InitialiseOAuth2EmbeddedConnection", "POST", "/embed/|hubId|/connector/|connectorId|/oauth2/initialise");
export const ListEndUserActivations = /* @__PURE__ */ operation("ListEndUserActivations", "GET", "/embed/|hubId|/users/|userId|/activations", {"page":"activations"});
export const ActivateIntegration = /* @__PURE__ */ operation("ActivateIntegration", "POST", "/activations");
export const GetActivation = /* @__PURE__ */ operation("GetActivation", "GET", "/activations/|activationId");
export const DeleteActivation = /* @__PURE__ */ operation("DeleteActivation", "DELETE", "/activations/|activationId", {"empty":true});
export const UpdateDynamicVariables = /* @__PURE__ */ operation("UpdateDynamicVariables", "PUT", "/activations/|activationId|/variables");
export const HealthCheck = /* @__PURE__ */ operation("HealthCheck", "GET", "/healthz");

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
