// Generated from openapi/platform-v2.yaml by `npm run generate`. Do not edit by hand:
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

export const ActivateUser = /* @__PURE__ */ operation("ActivateUser", "POST", "/o/|organisationId|/activations");
export const ListExecutionPools = /* @__PURE__ */ operation("ListExecutionPools", "GET", "/o/|organisationId|/execution-pools");
export const ListProjects = /* @__PURE__ */ operation("ListProjects", "GET", "/o/|organisationId|/projects");
export const CreateProject = /* @__PURE__ */ operation("CreateProject", "POST", "/o/|organisationId|/projects");
export const GetProject = /* @__PURE__ */ operation("GetProject", "GET", "/o/|organisationId|/projects/|projectId");
export const UpdateProject = /* @__PURE__ */ operation("UpdateProject", "PUT", "/o/|organisationId|/projects/|projectId");
export const DeleteProject = /* @__PURE__ */ operation("DeleteProject", "DELETE", "/o/|organisationId|/projects/|projectId", {"empty":true});
export const CloneProject = /* @__PURE__ */ operation("CloneProject", "POST", "/o/|organisationId|/projects/|projectId|/clone");
export const CloneEnvironment = /* @__PURE__ */ operation("CloneEnvironment", "POST", "/o/|organisationId|/projects/|projectId|/environments/clone");
export const SyncEnvironments = /* @__PURE__ */ operation("SyncEnvironments", "POST", "/o/|organisationId|/projects/|projectId|/environments/sync");
export const GetProjectVariablesSchema = /* @__PURE__ */ operation("GetProjectVariablesSchema", "GET", "/o/|organisationId|/projects/|projectId|/variables");
export const SetProjectVariablesSchema = /* @__PURE__ */ operation("SetProjectVariablesSchema", "PUT", "/o/|organisationId|/projects/|projectId|/variables");
export const PatchProjectVariablesSchema = /* @__PURE__ */ operation("PatchProjectVariablesSchema", "PATCH", "/o/|organisationId|/projects/|projectId|/variables");
export const AddProjectSentiment = /* @__PURE__ */ operation("AddProjectSentiment", "POST", "/o/|organisationId|/projects/|projectId|/sentiment");
export const ListProjectVersions = /* @__PURE__ */ operation("ListProjectVersions", "GET", "/o/|organisationId|/projects/|projectId|/versions", {"page":"items"});
export const CreateProjectVersion = /* @__PURE__ */ operation("CreateProjectVersion", "POST", "/o/|organisationId|/projects/|projectId|/versions");
export const GetVersionFiles = /* @__PURE__ */ operation("GetVersionFiles", "GET", "/o/|organisationId|/projects/|projectId|/versions/|versionId|/files");
export const GetFiles = /* @__PURE__ */ operation("GetFiles", "GET", "/o/|organisationId|/projects/|projectId|/files");
export const UpdateFiles = /* @__PURE__ */ operation("UpdateFiles", "PUT", "/o/|organisationId|/projects/|projectId|/files", {"empty":true});
export const PatchFiles = /* @__PURE__ */ operation("PatchFiles", "PATCH", "/o/|organisationId|/projects/|projectId|/files", {"empty":true});
export const ChangeEnvironmentExecutionPool = /* @__PURE__ */ operation("ChangeEnvironmentExecutionPool", "PUT", "/o/|organisationId|/projects/|projectId|/environments/execution-pools");
export const CallIntegration = /* @__PURE__ */ operation("CallIntegration", "POST", "/o/|organisationId|/projects/|projectId|/environments/call");
export const DeployProject = /* @__PURE__ */ operation("DeployProject", "PUT", "/o/|organisationId|/projects/|projectId|/deploy");
export const DeployProjectVersion = /* @__PURE__ */ operation("DeployProjectVersion", "PUT", "/o/|organisationId|/projects/|projectId|/versions/|versionId|/deploy");
export const StartTestContainer = /* @__PURE__ */ operation("StartTestContainer", "POST", "/o/|organisationId|/projects/|projectId|/testing/start");
export const TriggerWorkflow = /* @__PURE__ */ operation("TriggerWorkflow", "POST", "/o/|organisationId|/projects/|projectId|/testing/trigger/|triggerName");
export const ValidateFiles = /* @__PURE__ */ operation("ValidateFiles", "PUT", "/o/|organisationId|/projects/|projectId|/validate");
export const GetProjectLogs = /* @__PURE__ */ operation("GetProjectLogs", "GET", "/o/|organisationId|/projects/|projectId|/logs", {"page":"logs","cursor":["query.next_token","nextToken"]});
export const SearchProjectLogs = /* @__PURE__ */ operation("SearchProjectLogs", "POST", "/o/|organisationId|/projects/|projectId|/logs", {"page":"logs","cursor":["body.nextToken","nextToken"]});
export const ListTraces = /* @__PURE__ */ operation("ListTraces", "GET", "/o/|organisationId|/projects/|projectId|/traces", {"page":"items","cursor":["query.next_token","nextToken"]});
export const GetTrace = /* @__PURE__ */ operation("GetTrace", "GET", "/o/|organisationId|/projects/|projectId|/traces/|traceId");
export const GetIntegrationFlows = /* @__PURE__ */ operation("GetIntegrationFlows", "GET", "/o/|organisationId|/projects/|projectId|/workflows");
export const GetIntegrationFlow = /* @__PURE__ */ operation("GetIntegrationFlow", "GET", "/o/|organisationId|/projects/|projectId|/workflows/|flowName");
export const UpdateIntegrationFlow = /* @__PURE__ */ operation("UpdateIntegrationFlow", "PUT", "/o/|organisationId|/projects/|projectId|/workflows/|flowName");
export const DeleteFlow = /* @__PURE__ */ operation("DeleteFlow", "DELETE", "/o/|organisationId|/projects/|projectId|/workflows/|flowName", {"empty":true});
export const SuspendProject = /* @__PURE__ */ operation("SuspendProject", "POST", "/o/|organisationId|/projects/|projectId|/suspend");
export const ListConnections = /* @__PURE__ */ operation("ListConnections", "GET", "/o/|organisationId|/connections", {"page":"items"});
export const CreateConnection = /* @__PURE__ */ operation("CreateConnection", "POST", "/o/|organisationId|/connections");
export const GetConnection = /* @__PURE__ */ operation("GetConnection", "GET", "/o/|organisationId|/connections/|connectionId");
export const UpdateConnection = /* @__PURE__ */ operation("UpdateConnection", "PUT", "/o/|organisationId|/connections/|connectionId");
export const DeleteConnection = /* @__PURE__ */ operation("DeleteConnection", "DELETE", "/o/|organisationId|/connections/|connectionId", {"empty":true});
export const LinkConnectionToEnvironment = /* @__PURE__ */ operation("LinkConnectionToEnvironment", "POST", "/o/|organisationId|/connections/|connectionId|/link", {"empty":true});
export const UnlinkConnectionFromEnvironment = /* @__PURE__ */ operation("UnlinkConnectionFromEnvironment", "DELETE", "/o/|organisationId|/connections/|connectionId|/link", {"empty":true});
export const ListEndUsers = /* @__PURE__ */ operation("ListEndUsers", "GET", "/o/|organisationId|/users", {"page":"users"});
export const CreateEndUser = /* @__PURE__ */ operation("CreateEndUser", "POST", "/o/|organisationId|/users");
export const ListAutomations = /* @__PURE__ */ operation("ListAutomations", "GET", "/o/|organisationId|/automations");
export const CreateAutomation = /* @__PURE__ */ operation("CreateAutomation", "POST", "/o/|organisationId|/automations");
export const ListAutomationRuns = /* @__PURE__ */ operation("ListAutomationRuns", "GET", "/o/|organisationId|/automations/|automationId|/run");
export const RunAutomation = /* @__PURE__ */ operation("RunAutomation", "POST", "/o/|organisationId|/automations/|automationId|/run");
export const GetAutomation = /* @__PURE__ */ operation("GetAutomation", "GET", "/o/|organisationId|/automations/|automationId");
export const UpdateAutomation = /* @__PURE__ */ operation("UpdateAutomation", "PUT", "/o/|organisationId|/automations/|automationId");
export const ListRecordings = /* @__PURE__ */ operation("ListRecordings", "GET", "/o/|organisationId|/automations/|automationId|/recordings");
export const CreateRecording = /* @__PURE__ */ operation("CreateRecording", "POST", "/o/|organisationId|/automations/|automationId|/recordings");
export const GetAutomationRun = /* @__PURE__ */ operation("GetAutomationRun", "GET", "/o/|organisationId|/automations/|automationId|/runs/|runId");
export const GetRecording = /* @__PURE__ */ operation("GetRecording", "GET", "/o/|organisationId|/automations/|automationId|/recordings/|recordingId");
export const CreateTranscription = /* @__PURE__ */ operation("CreateTranscription", "POST", "/o/|organisationId|/automations/|automationId|/recordings/|recordingId");
export const ListSchedulers = /* @__PURE__ */ operation("ListSchedulers", "GET", "/o/|organisationId|/environments/|environmentId|/schedulers");
export const GetScheduler = /* @__PURE__ */ operation("GetScheduler", "GET", "/o/|organisationId|/environments/|environmentId|/schedulers/|schedulerId");
export const TriggerScheduler = /* @__PURE__ */ operation("TriggerScheduler", "POST", "/o/|organisationId|/environments/|environmentId|/schedulers/|schedulerId", {"empty":true});
export const ListActivations = /* @__PURE__ */ operation("ListActivations", "GET", "/o/|organisationId|/environments/|environmentId|/activations");
export const GetActivation = /* @__PURE__ */ operation("GetActivation", "GET", "/o/|organisationId|/environments/|environmentId|/activations/|activationId");
export const DeleteActivation = /* @__PURE__ */ operation("DeleteActivation", "DELETE", "/o/|organisationId|/environments/|environmentId|/activations/|activationId", {"empty":true});
export const SetStaticUserVariables = /* @__PURE__ */ operation("SetStaticUserVariables", "PATCH", "/o/|organisationId|/environments/|environmentId|/variables");
export const UpdateEnvironmentConfig = /* @__PURE__ */ operation("UpdateEnvironmentConfig", "PUT", "/o/|organisationId|/environments/|environmentId|/config", {"empty":true});
export const SetDynamicVariables = /* @__PURE__ */ operation("SetDynamicVariables", "PATCH", "/o/|organisationId|/environments/|environmentId|/activations/|activationId|/variables");
export const SetDynamicVariable = /* @__PURE__ */ operation("SetDynamicVariable", "PUT", "/o/|organisationId|/environments/|environmentId|/activations/|activationId|/variables/|variableName");
export const ListUserActivations = /* @__PURE__ */ operation("ListUserActivations", "GET", "/o/|organisationId|/environment/|environmentId|/users/|externalUserId|/activations");
export const GetEndUser = /* @__PURE__ */ operation("GetEndUser", "GET", "/o/|organisationId|/users/|userId");
export const DeleteEndUser = /* @__PURE__ */ operation("DeleteEndUser", "DELETE", "/o/|organisationId|/users/|userId", {"empty":true});
export const GetActivationConnection = /* @__PURE__ */ operation("GetActivationConnection", "GET", "/o/|organisationId|/environment-systems/|envSystemId|/activations/|activationId");
export const ListSystems = /* @__PURE__ */ operation("ListSystems", "GET", "/o/|organisationId|/systems", {"page":"items"});
export const CreateSystem = /* @__PURE__ */ operation("CreateSystem", "POST", "/o/|organisationId|/systems");
export const GetSystem = /* @__PURE__ */ operation("GetSystem", "GET", "/o/|organisationId|/systems/|systemId");
export const UpdateSystem = /* @__PURE__ */ operation("UpdateSystem", "PUT", "/o/|organisationId|/systems/|systemId");
export const DeleteSystem = /* @__PURE__ */ operation("DeleteSystem", "DELETE", "/o/|organisationId|/systems/|systemId", {"empty":true});
export const LinkSystemActions = /* @__PURE__ */ operation("LinkSystemActions", "POST", "/o/|organisationId|/systems/|systemId|/projects/|projectId|/actions-link", {"empty":true});
export const LinkSystemTriggers = /* @__PURE__ */ operation("LinkSystemTriggers", "POST", "/o/|organisationId|/systems/|systemId|/projects/|projectId|/triggers-link", {"empty":true});
export const ListSystemActions = /* @__PURE__ */ operation("ListSystemActions", "GET", "/o/|organisationId|/systems/|systemId|/actions");
export const CreateSystemActions = /* @__PURE__ */ operation("CreateSystemActions", "POST", "/o/|organisationId|/systems/|systemId|/actions");
export const GetSystemAction = /* @__PURE__ */ operation("GetSystemAction", "GET", "/o/|organisationId|/systems/|systemId|/actions/|actionId");
export const UpdateSystemAction = /* @__PURE__ */ operation("UpdateSystemAction", "PUT", "/o/|organisationId|/systems/|systemId|/actions/|actionId");
export const DeleteSystemAction = /* @__PURE__ */ operation("DeleteSystemAction", "DELETE", "/o/|organisationId|/systems/|systemId|/actions/|actionId", {"empty":true});
export const ListSystemTriggers = /* @__PURE__ */ operation("ListSystemTriggers", "GET", "/o/|organisationId|/systems/|systemId|/triggers");
export const CreateSystemTriggers = /* @__PURE__ */ operation("CreateSystemTriggers", "POST", "/o/|organisationId|/systems/|systemId|/triggers");
export const UpsertAuthSchemeConfig = /* @__PURE__ */ operation("UpsertAuthSchemeConfig", "PUT", "/o/|organisationId|/systems/|systemId|/auth-scheme-configs/|authSchemeConfigId");
export const DeleteAuthSchemeConfig = /* @__PURE__ */ operation("DeleteAuthSchemeConfig", "DELETE", "/o/|organisationId|/systems/|systemId|/auth-scheme-configs/|authSchemeConfigId", {"empty":true});
export const ListEnvironmentConnections = /* @__PURE__ */ operation("ListEnvironmentConnections", "GET", "/o/|organisationId|/projects/|projectId|/connections");
export const ListProjectConnectionTemplates = /* @__PURE__ */ operation("ListProjectConnectionTemplates", "GET", "/o/|organisationId|/projects/|projectId|/connection-templates");
export const CreateConnectionTemplate = /* @__PURE__ */ operation("CreateConnectionTemplate", "POST", "/o/|organisationId|/projects/|projectId|/connection-templates");
export const UpdateConnectionTemplate = /* @__PURE__ */ operation("UpdateConnectionTemplate", "PUT", "/o/|organisationId|/projects/|projectId|/connection-templates/|templateId");
export const DeleteConnectionTemplate = /* @__PURE__ */ operation("DeleteConnectionTemplate", "DELETE", "/o/|organisationId|/projects/|projectId|/connection-templates/|templateId", {"empty":true});
export const InitialiseOAuth2Connection = /* @__PURE__ */ operation("InitialiseOAuth2Connection", "POST", "/o/|organisationId|/systems/|systemId|/oauth2/initialise");
export const InitialiseOAuth1Connection = /* @__PURE__ */ operation("InitialiseOAuth1Connection", "POST", "/o/|organisationId|/systems/|systemId|/oauth1/initialise");
export const ListIssues = /* @__PURE__ */ operation("ListIssues", "GET", "/o/|organisationId|/issues");
export const CreateIssue = /* @__PURE__ */ operation("CreateIssue", "POST", "/o/|organisationId|/issues");
export const UpdateIssue = /* @__PURE__ */ operation("UpdateIssue", "PATCH", "/o/|organisationId|/issues/|issueId");
export const ListNotificationChannels = /* @__PURE__ */ operation("ListNotificationChannels", "GET", "/o/|organisationId|/notification_channels");
export const CreateNotificationChannel = /* @__PURE__ */ operation("CreateNotificationChannel", "POST", "/o/|organisationId|/notification_channels");
export const DeleteNotificationChannel = /* @__PURE__ */ operation("DeleteNotificationChannel", "DELETE", "/o/|organisationId|/notification_channels/|channelId", {"empty":true});
export const ListProjectNotifications = /* @__PURE__ */ operation("ListProjectNotifications", "GET", "/projects/|projectId|/notifications");
export const CreateProjectNotification = /* @__PURE__ */ operation("CreateProjectNotification", "POST", "/projects/|projectId|/notifications");
export const DeleteProjectNotification = /* @__PURE__ */ operation("DeleteProjectNotification", "DELETE", "/projects/|projectId|/notifications/|notificationId", {"empty":true});
export const GetOrganisationMetricsSummary = /* @__PURE__ */ operation("GetOrganisationMetricsSummary", "GET", "/o/|organisationId|/metricssummary");
export const GetProjectMetricsSummary = /* @__PURE__ */ operation("GetProjectMetricsSummary", "GET", "/o/|organisationId|/projects/metricssummary");
export const ListStores = /* @__PURE__ */ operation("ListStores", "GET", "/o/|organisationId|/store");
export const CreateStore = /* @__PURE__ */ operation("CreateStore", "POST", "/o/|organisationId|/store");
export const GetKV = /* @__PURE__ */ operation("GetKV", "GET", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}});
export const SetKV = /* @__PURE__ */ operation("SetKV", "PUT", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}});
export const DeleteKV = /* @__PURE__ */ operation("DeleteKV", "DELETE", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}});
export const BatchSetKV = /* @__PURE__ */ operation("BatchSetKV", "PUT", "/store/|store|/kv/batch");
export const BatchGetKV = /* @__PURE__ */ operation("BatchGetKV", "POST", "/store/|store|/kv/batch");
export const BatchDeleteKV = /* @__PURE__ */ operation("BatchDeleteKV", "DELETE", "/store/|store|/kv/batch");
export const ListKV = /* @__PURE__ */ operation("ListKV", "POST", "/store/|store|/kv/list", {"page":"data","cursor":["body.selector.after","pagination.nextCursor"]});
export const CountKV = /* @__PURE__ */ operation("CountKV", "POST", "/store/|store|/kv/count");

/** Every operation of platform-v2, keyed by method name (operationId, first letter lowercased). */
export const platformV2Operations = /* @__PURE__ */ table<[
  typeof ActivateUser,
  typeof ListExecutionPools,
  typeof ListProjects,
  typeof CreateProject,
  typeof GetProject,
  typeof UpdateProject,
  typeof DeleteProject,
  typeof CloneProject,
  typeof CloneEnvironment,
  typeof SyncEnvironments,
  typeof GetProjectVariablesSchema,
  typeof SetProjectVariablesSchema,
  typeof PatchProjectVariablesSchema,
  typeof AddProjectSentiment,
  typeof ListProjectVersions,
  typeof CreateProjectVersion,
  typeof GetVersionFiles,
  typeof GetFiles,
  typeof UpdateFiles,
  typeof PatchFiles,
  typeof ChangeEnvironmentExecutionPool,
  typeof CallIntegration,
  typeof DeployProject,
  typeof DeployProjectVersion,
  typeof StartTestContainer,
  typeof TriggerWorkflow,
  typeof ValidateFiles,
  typeof GetProjectLogs,
  typeof SearchProjectLogs,
  typeof ListTraces,
  typeof GetTrace,
  typeof GetIntegrationFlows,
  typeof GetIntegrationFlow,
  typeof UpdateIntegrationFlow,
  typeof DeleteFlow,
  typeof SuspendProject,
  typeof ListConnections,
  typeof CreateConnection,
  typeof GetConnection,
  typeof UpdateConnection,
  typeof DeleteConnection,
  typeof LinkConnectionToEnvironment,
  typeof UnlinkConnectionFromEnvironment,
  typeof ListEndUsers,
  typeof CreateEndUser,
  typeof ListAutomations,
  typeof CreateAutomation,
  typeof ListAutomationRuns,
  typeof RunAutomation,
  typeof GetAutomation,
  typeof UpdateAutomation,
  typeof ListRecordings,
  typeof CreateRecording,
  typeof GetAutomationRun,
  typeof GetRecording,
  typeof CreateTranscription,
  typeof ListSchedulers,
  typeof GetScheduler,
  typeof TriggerScheduler,
  typeof ListActivations,
  typeof GetActivation,
  typeof DeleteActivation,
  typeof SetStaticUserVariables,
  typeof UpdateEnvironmentConfig,
  typeof SetDynamicVariables,
  typeof SetDynamicVariable,
  typeof ListUserActivations,
  typeof GetEndUser,
  typeof DeleteEndUser,
  typeof GetActivationConnection,
  typeof ListSystems,
  typeof CreateSystem,
  typeof GetSystem,
  typeof UpdateSystem,
  typeof DeleteSystem,
  typeof LinkSystemActions,
  typeof LinkSystemTriggers,
  typeof ListSystemActions,
  typeof CreateSystemActions,
  typeof GetSystemAction,
  typeof UpdateSystemAction,
  typeof DeleteSystemAction,
  typeof ListSystemTriggers,
  typeof CreateSystemTriggers,
  typeof UpsertAuthSchemeConfig,
  typeof DeleteAuthSchemeConfig,
  typeof ListEnvironmentConnections,
  typeof ListProjectConnectionTemplates,
  typeof CreateConnectionTemplate,
  typeof UpdateConnectionTemplate,
  typeof DeleteConnectionTemplate,
  typeof InitialiseOAuth2Connection,
  typeof InitialiseOAuth1Connection,
  typeof ListIssues,
  typeof CreateIssue,
  typeof UpdateIssue,
  typeof ListNotificationChannels,
  typeof CreateNotificationChannel,
  typeof DeleteNotificationChannel,
  typeof ListProjectNotifications,
  typeof CreateProjectNotification,
  typeof DeleteProjectNotification,
  typeof GetOrganisationMetricsSummary,
  typeof GetProjectMetricsSummary,
  typeof ListStores,
  typeof CreateStore,
  typeof GetKV,
  typeof SetKV,
  typeof DeleteKV,
  typeof BatchSetKV,
  typeof BatchGetKV,
  typeof BatchDeleteKV,
  typeof ListKV,
  typeof CountKV,
]>(
  ["ActivateUser", "POST", "/o/|organisationId|/activations"],
  ["ListExecutionPools", "GET", "/o/|organisationId|/execution-pools"],
  ["ListProjects", "GET", "/o/|organisationId|/projects"],
  ["CreateProject", "POST", "/o/|organisationId|/projects"],
  ["GetProject", "GET", "/o/|organisationId|/projects/|projectId"],
  ["UpdateProject", "PUT", "/o/|organisationId|/projects/|projectId"],
  ["DeleteProject", "DELETE", "/o/|organisationId|/projects/|projectId", {"empty":true}],
  ["CloneProject", "POST", "/o/|organisationId|/projects/|projectId|/clone"],
  ["CloneEnvironment", "POST", "/o/|organisationId|/projects/|projectId|/environments/clone"],
  ["SyncEnvironments", "POST", "/o/|organisationId|/projects/|projectId|/environments/sync"],
  ["GetProjectVariablesSchema", "GET", "/o/|organisationId|/projects/|projectId|/variables"],
  ["SetProjectVariablesSchema", "PUT", "/o/|organisationId|/projects/|projectId|/variables"],
  ["PatchProjectVariablesSchema", "PATCH", "/o/|organisationId|/projects/|projectId|/variables"],
  ["AddProjectSentiment", "POST", "/o/|organisationId|/projects/|projectId|/sentiment"],
  ["ListProjectVersions", "GET", "/o/|organisationId|/projects/|projectId|/versions", {"page":"items"}],
  ["CreateProjectVersion", "POST", "/o/|organisationId|/projects/|projectId|/versions"],
  ["GetVersionFiles", "GET", "/o/|organisationId|/projects/|projectId|/versions/|versionId|/files"],
  ["GetFiles", "GET", "/o/|organisationId|/projects/|projectId|/files"],
  ["UpdateFiles", "PUT", "/o/|organisationId|/projects/|projectId|/files", {"empty":true}],
  ["PatchFiles", "PATCH", "/o/|organisationId|/projects/|projectId|/files", {"empty":true}],
  ["ChangeEnvironmentExecutionPool", "PUT", "/o/|organisationId|/projects/|projectId|/environments/execution-pools"],
  ["CallIntegration", "POST", "/o/|organisationId|/projects/|projectId|/environments/call"],
  ["DeployProject", "PUT", "/o/|organisationId|/projects/|projectId|/deploy"],
  ["DeployProjectVersion", "PUT", "/o/|organisationId|/projects/|projectId|/versions/|versionId|/deploy"],
  ["StartTestContainer", "POST", "/o/|organisationId|/projects/|projectId|/testing/start"],
  ["TriggerWorkflow", "POST", "/o/|organisationId|/projects/|projectId|/testing/trigger/|triggerName"],
  ["ValidateFiles", "PUT", "/o/|organisationId|/projects/|projectId|/validate"],
  ["GetProjectLogs", "GET", "/o/|organisationId|/projects/|projectId|/logs", {"page":"logs","cursor":["query.next_token","nextToken"]}],
  ["SearchProjectLogs", "POST", "/o/|organisationId|/projects/|projectId|/logs", {"page":"logs","cursor":["body.nextToken","nextToken"]}],
  ["ListTraces", "GET", "/o/|organisationId|/projects/|projectId|/traces", {"page":"items","cursor":["query.next_token","nextToken"]}],
  ["GetTrace", "GET", "/o/|organisationId|/projects/|projectId|/traces/|traceId"],
  ["GetIntegrationFlows", "GET", "/o/|organisationId|/projects/|projectId|/workflows"],
  ["GetIntegrationFlow", "GET", "/o/|organisationId|/projects/|projectId|/workflows/|flowName"],
  ["UpdateIntegrationFlow", "PUT", "/o/|organisationId|/projects/|projectId|/workflows/|flowName"],
  ["DeleteFlow", "DELETE", "/o/|organisationId|/projects/|projectId|/workflows/|flowName", {"empty":true}],
  ["SuspendProject", "POST", "/o/|organisationId|/projects/|projectId|/suspend"],
  ["ListConnections", "GET", "/o/|organisationId|/connections", {"page":"items"}],
  ["CreateConnection", "POST", "/o/|organisationId|/connections"],
  ["GetConnection", "GET", "/o/|organisationId|/connections/|connectionId"],
  ["UpdateConnection", "PUT", "/o/|organisationId|/connections/|connectionId"],
  ["DeleteConnection", "DELETE", "/o/|organisationId|/connections/|connectionId", {"empty":true}],
  ["LinkConnectionToEnvironment", "POST", "/o/|organisationId|/connections/|connectionId|/link", {"empty":true}],
  ["UnlinkConnectionFromEnvironment", "DELETE", "/o/|organisationId|/connections/|connectionId|/link", {"empty":true}],
  ["ListEndUsers", "GET", "/o/|organisationId|/users", {"page":"users"}],
  ["CreateEndUser", "POST", "/o/|organisationId|/users"],
  ["ListAutomations", "GET", "/o/|organisationId|/automations"],
  ["CreateAutomation", "POST", "/o/|organisationId|/automations"],
  ["ListAutomationRuns", "GET", "/o/|organisationId|/automations/|automationId|/run"],
  ["RunAutomation", "POST", "/o/|organisationId|/automations/|automationId|/run"],
  ["GetAutomation", "GET", "/o/|organisationId|/automations/|automationId"],
  ["UpdateAutomation", "PUT", "/o/|organisationId|/automations/|automationId"],
  ["ListRecordings", "GET", "/o/|organisationId|/automations/|automationId|/recordings"],
  ["CreateRecording", "POST", "/o/|organisationId|/automations/|automationId|/recordings"],
  ["GetAutomationRun", "GET", "/o/|organisationId|/automations/|automationId|/runs/|runId"],
  ["GetRecording", "GET", "/o/|organisationId|/automations/|automationId|/recordings/|recordingId"],
  ["CreateTranscription", "POST", "/o/|organisationId|/automations/|automationId|/recordings/|recordingId"],
  ["ListSchedulers", "GET", "/o/|organisationId|/environments/|environmentId|/schedulers"],
  ["GetScheduler", "GET", "/o/|organisationId|/environments/|environmentId|/schedulers/|schedulerId"],
  ["TriggerScheduler", "POST", "/o/|organisationId|/environments/|environmentId|/schedulers/|schedulerId", {"empty":true}],
  ["ListActivations", "GET", "/o/|organisationId|/environments/|environmentId|/activations"],
  ["GetActivation", "GET", "/o/|organisationId|/environments/|environmentId|/activations/|activationId"],
  ["DeleteActivation", "DELETE", "/o/|organisationId|/environments/|environmentId|/activations/|activationId", {"empty":true}],
  ["SetStaticUserVariables", "PATCH", "/o/|organisationId|/environments/|environmentId|/variables"],
  ["UpdateEnvironmentConfig", "PUT", "/o/|organisationId|/environments/|environmentId|/config", {"empty":true}],
  ["SetDynamicVariables", "PATCH", "/o/|organisationId|/environments/|environmentId|/activations/|activationId|/variables"],
  ["SetDynamicVariable", "PUT", "/o/|organisationId|/environments/|environmentId|/activations/|activationId|/variables/|variableName"],
  ["ListUserActivations", "GET", "/o/|organisationId|/environment/|environmentId|/users/|externalUserId|/activations"],
  ["GetEndUser", "GET", "/o/|organisationId|/users/|userId"],
  ["DeleteEndUser", "DELETE", "/o/|organisationId|/users/|userId", {"empty":true}],
  ["GetActivationConnection", "GET", "/o/|organisationId|/environment-systems/|envSystemId|/activations/|activationId"],
  ["ListSystems", "GET", "/o/|organisationId|/systems", {"page":"items"}],
  ["CreateSystem", "POST", "/o/|organisationId|/systems"],
  ["GetSystem", "GET", "/o/|organisationId|/systems/|systemId"],
  ["UpdateSystem", "PUT", "/o/|organisationId|/systems/|systemId"],
  ["DeleteSystem", "DELETE", "/o/|organisationId|/systems/|systemId", {"empty":true}],
  ["LinkSystemActions", "POST", "/o/|organisationId|/systems/|systemId|/projects/|projectId|/actions-link", {"empty":true}],
  ["LinkSystemTriggers", "POST", "/o/|organisationId|/systems/|systemId|/projects/|projectId|/triggers-link", {"empty":true}],
  ["ListSystemActions", "GET", "/o/|organisationId|/systems/|systemId|/actions"],
  ["CreateSystemActions", "POST", "/o/|organisationId|/systems/|systemId|/actions"],
  ["GetSystemAction", "GET", "/o/|organisationId|/systems/|systemId|/actions/|actionId"],
  ["UpdateSystemAction", "PUT", "/o/|organisationId|/systems/|systemId|/actions/|actionId"],
  ["DeleteSystemAction", "DELETE", "/o/|organisationId|/systems/|systemId|/actions/|actionId", {"empty":true}],
  ["ListSystemTriggers", "GET", "/o/|organisationId|/systems/|systemId|/triggers"],
  ["CreateSystemTriggers", "POST", "/o/|organisationId|/systems/|systemId|/triggers"],
  ["UpsertAuthSchemeConfig", "PUT", "/o/|organisationId|/systems/|systemId|/auth-scheme-configs/|authSchemeConfigId"],
  ["DeleteAuthSchemeConfig", "DELETE", "/o/|organisationId|/systems/|systemId|/auth-scheme-configs/|authSchemeConfigId", {"empty":true}],
  ["ListEnvironmentConnections", "GET", "/o/|organisationId|/projects/|projectId|/connections"],
  ["ListProjectConnectionTemplates", "GET", "/o/|organisationId|/projects/|projectId|/connection-templates"],
  ["CreateConnectionTemplate", "POST", "/o/|organisationId|/projects/|projectId|/connection-templates"],
  ["UpdateConnectionTemplate", "PUT", "/o/|organisationId|/projects/|projectId|/connection-templates/|templateId"],
  ["DeleteConnectionTemplate", "DELETE", "/o/|organisationId|/projects/|projectId|/connection-templates/|templateId", {"empty":true}],
  ["InitialiseOAuth2Connection", "POST", "/o/|organisationId|/systems/|systemId|/oauth2/initialise"],
  ["InitialiseOAuth1Connection", "POST", "/o/|organisationId|/systems/|systemId|/oauth1/initialise"],
  ["ListIssues", "GET", "/o/|organisationId|/issues"],
  ["CreateIssue", "POST", "/o/|organisationId|/issues"],
  ["UpdateIssue", "PATCH", "/o/|organisationId|/issues/|issueId"],
  ["ListNotificationChannels", "GET", "/o/|organisationId|/notification_channels"],
  ["CreateNotificationChannel", "POST", "/o/|organisationId|/notification_channels"],
  ["DeleteNotificationChannel", "DELETE", "/o/|organisationId|/notification_channels/|channelId", {"empty":true}],
  ["ListProjectNotifications", "GET", "/projects/|projectId|/notifications"],
  ["CreateProjectNotification", "POST", "/projects/|projectId|/notifications"],
  ["DeleteProjectNotification", "DELETE", "/projects/|projectId|/notifications/|notificationId", {"empty":true}],
  ["GetOrganisationMetricsSummary", "GET", "/o/|organisationId|/metricssummary"],
  ["GetProjectMetricsSummary", "GET", "/o/|organisationId|/projects/metricssummary"],
  ["ListStores", "GET", "/o/|organisationId|/store"],
  ["CreateStore", "POST", "/o/|organisationId|/store"],
  ["GetKV", "GET", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}}],
  ["SetKV", "PUT", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}}],
  ["DeleteKV", "DELETE", "/store/|store|/kv/|key", {"reserved":{"key":["batch","list","count"]}}],
  ["BatchSetKV", "PUT", "/store/|store|/kv/batch"],
  ["BatchGetKV", "POST", "/store/|store|/kv/batch"],
  ["BatchDeleteKV", "DELETE", "/store/|store|/kv/batch"],
  ["ListKV", "POST", "/store/|store|/kv/list", {"page":"data","cursor":["body.selector.after","pagination.nextCursor"]}],
  ["CountKV", "POST", "/store/|store|/kv/count"],
);
