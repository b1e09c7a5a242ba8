// Generated from openapi/platform-v2.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { table } from "../src/core/descriptor.js";

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `form` turns an upload's body into
// a form (multipart/form-data), `empty` marks answers without a body, `page` the array of a
// cursor page, `cursor` where its cursor goes and where the answer holds the next one (when not
// `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error.

export const ActivateUser = {"operationId":"ActivateUser","method":"POST","path":["/o/","organisationId","/activations"]} as const;
export const ListExecutionPools = {"operationId":"ListExecutionPools","method":"GET","path":["/o/","organisationId","/execution-pools"]} as const;
export const ListProjects = {"operationId":"ListProjects","method":"GET","path":["/o/","organisationId","/projects"]} as const;
export const CreateProject = {"operationId":"CreateProject","method":"POST","path":["/o/","organisationId","/projects"]} as const;
export const GetProject = {"operationId":"GetProject","method":"GET","path":["/o/","organisationId","/projects/","projectId"]} as const;
export const UpdateProject = {"operationId":"UpdateProject","method":"PUT","path":["/o/","organisationId","/projects/","projectId"]} as const;
export const DeleteProject = {"operationId":"DeleteProject","method":"DELETE","path":["/o/","organisationId","/projects/","projectId"],"empty":true} as const;
export const StarProject = {"operationId":"StarProject","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/star"],"empty":true} as const;
export const UnstarProject = {"operationId":"UnstarProject","method":"DELETE","path":["/o/","organisationId","/projects/","projectId","/star"],"empty":true} as const;
export const CloneProject = {"operationId":"CloneProject","method":"POST","path":["/o/","organisationId","/projects/","projectId","/clone"]} as const;
export const CloneEnvironment = {"operationId":"CloneEnvironment","method":"POST","path":["/o/","organisationId","/projects/","projectId","/environments/clone"]} as const;
export const DeleteEnvironment = {"operationId":"DeleteEnvironment","method":"POST","path":["/o/","organisationId","/projects/","projectId","/environments/","environmentId"]} as const;
export const SyncEnvironments = {"operationId":"SyncEnvironments","method":"POST","path":["/o/","organisationId","/projects/","projectId","/environments/sync"]} as const;
export const GetProjectVariablesSchema = {"operationId":"GetProjectVariablesSchema","method":"GET","path":["/o/","organisationId","/projects/","projectId","/variables"]} as const;
export const SetProjectVariablesSchema = {"operationId":"SetProjectVariablesSchema","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/variables"]} as const;
export const PatchProjectVariablesSchema = {"operationId":"PatchProjectVariablesSchema","method":"PATCH","path":["/o/","organisationId","/projects/","projectId","/variables"]} as const;
export const AddProjectSentiment = {"operationId":"AddProjectSentiment","method":"POST","path":["/o/","organisationId","/projects/","projectId","/sentiment"]} as const;
export const ListProjectVersions = {"operationId":"ListProjectVersions","method":"GET","path":["/o/","organisationId","/projects/","projectId","/versions"],"page":"items"} as const;
export const CreateProjectVersion = {"operationId":"CreateProjectVersion","method":"POST","path":["/o/","organisationId","/projects/","projectId","/versions"]} as const;
export const GetVersionFiles = {"operationId":"GetVersionFiles","method":"GET","path":["/o/","organisationId","/projects/","projectId","/versions/","versionId","/files"]} as const;
export const GetFiles = {"operationId":"GetFiles","method":"GET","path":["/o/","organisationId","/projects/","projectId","/files"]} as const;
export const UpdateFiles = {"operationId":"UpdateFiles","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/files"],"empty":true} as const;
export const PatchFiles = {"operationId":"PatchFiles","method":"PATCH","path":["/o/","organisationId","/projects/","projectId","/files"],"empty":true} as const;
export const ChangeEnvironmentExecutionPool = {"operationId":"ChangeEnvironmentExecutionPool","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/environments/execution-pools"]} as const;
export const CallIntegration = {"operationId":"CallIntegration","method":"POST","path":["/o/","organisationId","/projects/","projectId","/environments/call"]} as const;
export const DeployProject = {"operationId":"DeployProject","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/deploy"]} as const;
export const DeployProjectVersion = {"operationId":"DeployProjectVersion","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/versions/","versionId","/deploy"]} as const;
export const StartTestContainer = {"operationId":"StartTestContainer","method":"POST","path":["/o/","organisationId","/projects/","projectId","/testing/start"]} as const;
export const TriggerWorkflow = {"operationId":"TriggerWorkflow","method":"POST","path":["/o/","organisationId","/projects/","projectId","/testing/trigger/","triggerName"]} as const;
export const ValidateFiles = {"operationId":"ValidateFiles","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/validate"]} as const;
export const GetProjectLogs = {"operationId":"GetProjectLogs","method":"GET","path":["/o/","organisationId","/projects/","projectId","/logs"],"page":"logs","cursor":["query.next_token","nextToken"]} as const;
export const SearchProjectLogs = {"operationId":"SearchProjectLogs","method":"POST","path":["/o/","organisationId","/projects/","projectId","/logs"],"page":"logs","cursor":["body.nextToken","nextToken"]} as const;
export const ListTraces = {"operationId":"ListTraces","method":"GET","path":["/o/","organisationId","/projects/","projectId","/traces"],"page":"items","cursor":["query.next_token","nextToken"]} as const;
export const GetTrace = {"operationId":"GetTrace","method":"GET","path":["/o/","organisationId","/projects/","projectId","/traces/","traceId"]} as const;
export const GetIntegrationFlows = {"operationId":"GetIntegrationFlows","method":"GET","path":["/o/","organisationId","/projects/","projectId","/workflows"]} as const;
export const GetIntegrationFlow = {"operationId":"GetIntegrationFlow","method":"GET","path":["/o/","organisationId","/projects/","projectId","/workflows/","flowName"]} as const;
export const UpdateIntegrationFlow = {"operationId":"UpdateIntegrationFlow","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/workflows/","flowName"]} as const;
export const DeleteFlow = {"operationId":"DeleteFlow","method":"DELETE","path":["/o/","organisationId","/projects/","projectId","/workflows/","flowName"],"empty":true} as const;
export const SuspendProject = {"operationId":"SuspendProject","method":"POST","path":["/o/","organisationId","/projects/","projectId","/suspend"]} as const;
export const ListConnections = {"operationId":"ListConnections","method":"GET","path":["/o/","organisationId","/connections"],"page":"items"} as const;
export const CreateConnection = {"operationId":"CreateConnection","method":"POST","path":["/o/","organisationId","/connections"]} as const;
export const GetConnection = {"operationId":"GetConnection","method":"GET","path":["/o/","organisationId","/connections/","connectionId"]} as const;
export const UpdateConnection = {"operationId":"UpdateConnection","method":"PUT","path":["/o/","organisationId","/connections/","connectionId"]} as const;
export const DeleteConnection = {"operationId":"DeleteConnection","method":"DELETE","path":["/o/","organisationId","/connections/","connectionId"],"empty":true} as const;
export const LinkConnectionToEnvironment = {"operationId":"LinkConnectionToEnvironment","method":"POST","path":["/o/","organisationId","/connections/","connectionId","/link"],"empty":true} as const;
export const UnlinkConnectionFromEnvironment = {"operationId":"UnlinkConnectionFromEnvironment","method":"DELETE","path":["/o/","organisationId","/connections/","connectionId","/link"],"empty":true} as const;
export const ListEndUsers = {"operationId":"ListEndUsers","method":"GET","path":["/o/","organisationId","/users"],"page":"users"} as const;
export const CreateEndUser = {"operationId":"CreateEndUser","method":"POST","path":["/o/","organisationId","/users"]} as const;
export const ListAutomations = {"operationId":"ListAutomations","method":"GET","path":["/o/","organisationId","/automations"]} as const;
export const CreateAutomation = {"operationId":"CreateAutomation","method":"POST","path":["/o/","organisationId","/automations"]} as const;
export const ListAutomationRuns = {"operationId":"ListAutomationRuns","method":"GET","path":["/o/","organisationId","/automations/","automationId","/run"]} as const;
export const RunAutomation = {"operationId":"RunAutomation","method":"POST","path":["/o/","organisationId","/automations/","automationId","/run"]} as const;
export const GetAutomation = {"operationId":"GetAutomation","method":"GET","path":["/o/","organisationId","/automations/","automationId"]} as const;
export const UpdateAutomation = {"operationId":"UpdateAutomation","method":"PUT","path":["/o/","organisationId","/automations/","automationId"]} as const;
export const ListRecordings = {"operationId":"ListRecordings","method":"GET","path":["/o/","organisationId","/automations/","automationId","/recordings"]} as const;
export const CreateRecording = {"operationId":"CreateRecording","method":"POST","path":["/o/","organisationId","/automations/","automationId","/recordings"]} as const;
export const GetAutomationRun = {"operationId":"GetAutomationRun","method":"GET","path":["/o/","organisationId","/automations/","automationId","/runs/","runId"]} as const;
export const GetRecording = {"operationId":"GetRecording","method":"GET","path":["/o/","organisationId","/automations/","automationId","/recordings/","recordingId"]} as const;
export const CreateTranscription = {"operationId":"CreateTranscription","method":"POST","path":["/o/","organisationId","/automations/","automationId","/recordings/","recordingId"]} as const;
export const ListSchedulers = {"operationId":"ListSchedulers","method":"GET","path":["/o/","organisationId","/environments/","environmentId","/schedulers"]} as const;
export const GetScheduler = {"operationId":"GetScheduler","method":"GET","path":["/o/","organisationId","/environments/","environmentId","/schedulers/","schedulerId"]} as const;
export const TriggerScheduler = {"operationId":"TriggerScheduler","method":"POST","path":["/o/","organisationId","/environments/","environmentId","/schedulers/","schedulerId"],"empty":true} as const;
export const ListActivations = {"operationId":"ListActivations","method":"GET","path":["/o/","organisationId","/environments/","environmentId","/activations"]} as const;
export const GetActivation = {"operationId":"GetActivation","method":"GET","path":["/o/","organisationId","/environments/","environmentId","/activations/","activationId"]} as const;
export const DeleteActivation = {"operationId":"DeleteActivation","method":"DELETE","path":["/o/","organisationId","/environments/","environmentId","/activations/","activationId"],"empty":true} as const;
export const SetStaticUserVariables = {"operationId":"SetStaticUserVariables","method":"PATCH","path":["/o/","organisationId","/environments/","environmentId","/variables"]} as const;
export const UpdateEnvironmentConfig = {"operationId":"UpdateEnvironmentConfig","method":"PUT","path":["/o/","organisationId","/environments/","environmentId","/config"],"empty":true} as const;
export const SetDynamicVariables = {"operationId":"SetDynamicVariables","method":"PATCH","path":["/o/","organisationId","/environments/","environmentId","/activations/","activationId","/variables"]} as const;
export const SetDynamicVariable = {"operationId":"SetDynamicVariable","method":"PUT","path":["/o/","organisationId","/environments/","environmentId","/activations/","activationId","/variables/","variableName"]} as const;
export const ListUserActivations = {"operationId":"ListUserActivations","method":"GET","path":["/o/","organisationId","/environment/","environmentId","/users/","externalUserId","/activations"]} as const;
export const GetEndUser = {"operationId":"GetEndUser","method":"GET","path":["/o/","organisationId","/users/","userId"]} as const;
export const DeleteEndUser = {"operationId":"DeleteEndUser","method":"DELETE","path":["/o/","organisationId","/users/","userId"],"empty":true} as const;
export const GetActivationConnection = {"operationId":"GetActivationConnection","method":"GET","path":["/o/","organisationId","/environment-systems/","envSystemId","/activations/","activationId"]} as const;
export const ListSystems = {"operationId":"ListSystems","method":"GET","path":["/o/","organisationId","/systems"],"page":"items"} as const;
export const CreateSystem = {"operationId":"CreateSystem","method":"POST","path":["/o/","organisationId","/systems"]} as const;
export const GetSystem = {"operationId":"GetSystem","method":"GET","path":["/o/","organisationId","/systems/","systemId"]} as const;
export const UpdateSystem = {"operationId":"UpdateSystem","method":"PUT","path":["/o/","organisationId","/systems/","systemId"]} as const;
export const DeleteSystem = {"operationId":"DeleteSystem","method":"DELETE","path":["/o/","organisationId","/systems/","systemId"],"empty":true} as const;
export const LinkSystemActions = {"operationId":"LinkSystemActions","method":"POST","path":["/o/","organisationId","/systems/","systemId","/projects/","projectId","/actions-link"],"empty":true} as const;
export const LinkSystemTriggers = {"operationId":"LinkSystemTriggers","method":"POST","path":["/o/","organisationId","/systems/","systemId","/projects/","projectId","/triggers-link"],"empty":true} as const;
export const ListSystemActions = {"operationId":"ListSystemActions","method":"GET","path":["/o/","organisationId","/systems/","systemId","/actions"]} as const;
export const CreateSystemActions = {"operationId":"CreateSystemActions","method":"POST","path":["/o/","organisationId","/systems/","systemId","/actions"]} as const;
export const GetSystemAction = {"operationId":"GetSystemAction","method":"GET","path":["/o/","organisationId","/systems/","systemId","/actions/","actionId"]} as const;
export const UpdateSystemAction = {"operationId":"UpdateSystemAction","method":"PUT","path":["/o/","organisationId","/systems/","systemId","/actions/","actionId"]} as const;
export const DeleteSystemAction = {"operationId":"DeleteSystemAction","method":"DELETE","path":["/o/","organisationId","/systems/","systemId","/actions/","actionId"],"empty":true} as const;
export const ListSystemTriggers = {"operationId":"ListSystemTriggers","method":"GET","path":["/o/","organisationId","/systems/","systemId","/triggers"]} as const;
export const CreateSystemTriggers = {"operationId":"CreateSystemTriggers","method":"POST","path":["/o/","organisationId","/systems/","systemId","/triggers"]} as const;
export const UpsertAuthSchemeConfig = {"operationId":"UpsertAuthSchemeConfig","method":"PUT","path":["/o/","organisationId","/systems/","systemId","/auth-scheme-configs/","authSchemeConfigId"]} as const;
export const DeleteAuthSchemeConfig = {"operationId":"DeleteAuthSchemeConfig","method":"DELETE","path":["/o/","organisationId","/systems/","systemId","/auth-scheme-configs/","authSchemeConfigId"],"empty":true} as const;
export const ListEnvironmentConnections = {"operationId":"ListEnvironmentConnections","method":"GET","path":["/o/","organisationId","/projects/","projectId","/connections"]} as const;
export const ListProjectConnectionTemplates = {"operationId":"ListProjectConnectionTemplates","method":"GET","path":["/o/","organisationId","/projects/","projectId","/connection-templates"]} as const;
export const CreateConnectionTemplate = {"operationId":"CreateConnectionTemplate","method":"POST","path":["/o/","organisationId","/projects/","projectId","/connection-templates"]} as const;
export const UpdateConnectionTemplate = {"operationId":"UpdateConnectionTemplate","method":"PUT","path":["/o/","organisationId","/projects/","projectId","/connection-templates/","templateId"]} as const;
export const DeleteConnectionTemplate = {"operationId":"DeleteConnectionTemplate","method":"DELETE","path":["/o/","organisationId","/projects/","projectId","/connection-templates/","templateId"],"empty":true} as const;
export const InitialiseOAuth2Connection = {"operationId":"InitialiseOAuth2Connection","method":"POST","path":["/o/","organisationId","/systems/","systemId","/oauth2/initialise"]} as const;
export const InitialiseOAuth1Connection = {"operationId":"InitialiseOAuth1Connection","method":"POST","path":["/o/","organisationId","/systems/","systemId","/oauth1/initialise"]} as const;
export const ListIssues = {"operationId":"ListIssues","method":"GET","path":["/o/","organisationId","/issues"],"page":"[]","cursor":["query.after","[-1].id"]} as const;
export const CreateIssue = {"operationId":"CreateIssue","method":"POST","path":["/o/","organisationId","/issues"]} as const;
export const UpdateIssue = {"operationId":"UpdateIssue","method":"PATCH","path":["/o/","organisationId","/issues/","issueId"]} as const;
export const ListNotificationChannels = {"operationId":"ListNotificationChannels","method":"GET","path":["/o/","organisationId","/notification_channels"]} as const;
export const CreateNotificationChannel = {"operationId":"CreateNotificationChannel","method":"POST","path":["/o/","organisationId","/notification_channels"]} as const;
export const DeleteNotificationChannel = {"operationId":"DeleteNotificationChannel","method":"DELETE","path":["/o/","organisationId","/notification_channels/","channelId"],"empty":true} as const;
export const ListProjectNotifications = {"operationId":"ListProjectNotifications","method":"GET","path":["/projects/","projectId","/notifications"]} as const;
export const CreateProjectNotification = {"operationId":"CreateProjectNotification","method":"POST","path":["/projects/","projectId","/notifications"]} as const;
export const DeleteProjectNotification = {"operationId":"DeleteProjectNotification","method":"DELETE","path":["/projects/","projectId","/notifications/","notificationId"],"empty":true} as const;
export const GetOrganisationMetricsSummary = {"operationId":"GetOrganisationMetricsSummary","method":"GET","path":["/o/","organisationId","/metricssummary"]} as const;
export const GetProjectMetricsSummary = {"operationId":"GetProjectMetricsSummary","method":"GET","path":["/o/","organisationId","/projects/metricssummary"]} as const;
export const ListStores = {"operationId":"ListStores","method":"GET","path":["/o/","organisationId","/store"]} as const;
export const CreateStore = {"operationId":"CreateStore","method":"POST","path":["/o/","organisationId","/store"]} as const;
export const GetKV = {"operationId":"GetKV","method":"GET","path":["/store/","store","/kv/","key"],"reserved":{"key":["batch","list","count"]}} as const;
export const SetKV = {"operationId":"SetKV","method":"PUT","path":["/store/","store","/kv/","key"],"reserved":{"key":["batch","list","count"]}} as const;
export const DeleteKV = {"operationId":"DeleteKV","method":"DELETE","path":["/store/","store","/kv/","key"],"reserved":{"key":["batch","list","count"]}} as const;
export const BatchSetKV = {"operationId":"BatchSetKV","method":"PUT","path":["/store/","store","/kv/batch"]} as const;
export const BatchGetKV = {"operationId":"BatchGetKV","method":"POST","path":["/store/","store","/kv/batch"]} as const;
export const BatchDeleteKV = {"operationId":"BatchDeleteKV","method":"DELETE","path":["/store/","store","/kv/batch"]} as const;
export const ListKV = {"operationId":"ListKV","method":"POST","path":["/store/","store","/kv/list"],"page":"data","cursor":["body.selector.after","pagination.nextCursor"]} as const;
export const CountKV = {"operationId":"CountKV","method":"POST","path":["/store/","store","/kv/count"]} as const;

/** Every operation of platform-v2, keyed by method name (operationId, first letter lowercased). */
export const platformV2Operations = /* @__PURE__ */ table<[
  typeof ActivateUser,
  typeof ListExecutionPools,
  typeof ListProjects,
  typeof CreateProject,
  typeof GetProject,
  typeof UpdateProject,
  typeof DeleteProject,
  typeof StarProject,
  typeof UnstarProject,
  typeof CloneProject,
  typeof CloneEnvironment,
  typeof DeleteEnvironment,
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
  ["StarProject", "PUT", "/o/|organisationId|/projects/|projectId|/star", {"empty":true}],
  ["UnstarProject", "DELETE", "/o/|organisationId|/projects/|projectId|/star", {"empty":true}],
  ["CloneProject", "POST", "/o/|organisationId|/projects/|projectId|/clone"],
  ["CloneEnvironment", "POST", "/o/|organisationId|/projects/|projectId|/environments/clone"],
  ["DeleteEnvironment", "POST", "/o/|organisationId|/projects/|projectId|/environments/|environmentId"],
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
  ["ListIssues", "GET", "/o/|organisationId|/issues", {"page":"[]","cursor":["query.after","[-1].id"]}],
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
