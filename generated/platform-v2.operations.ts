// Generated from openapi/platform-v2.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `multipart` marks bodies that may
// be a form (file uploads), `empty` answers without a body, `page` the array of a cursor page,
// `cursor` where its cursor goes and where the answer holds the next one (when not `after` and
// `next`), `joined` the query arrays sent comma-joined in one value (explode: false), `reserved`
// path values that would make another operation's path, `secret` a success body that must
// never appear in an error.

export const ActivateUser = {"operationId":"ActivateUser","method":"POST","path":["/o/","organisationId","/activations"]} as const;
export const ListExecutionPools = {"operationId":"ListExecutionPools","method":"GET","path":["/o/","organisationId","/execution-pools"]} as const;
export const ListProjects = {"operationId":"ListProjects","method":"GET","path":["/o/","organisationId","/projects"]} as const;
export const CreateProject = {"operationId":"CreateProject","method":"POST","path":["/o/","organisationId","/projects"]} as const;
export const GetProject = {"operationId":"GetProject","method":"GET","path":["/o/","organisationId","/projects/","projectId"]} as const;
export const UpdateProject = {"operationId":"UpdateProject","method":"PUT","path":["/o/","organisationId","/projects/","projectId"]} as const;
export const DeleteProject = {"operationId":"DeleteProject","method":"DELETE","path":["/o/","organisationId","/projects/","projectId"],"empty":true} as const;
export const CloneProject = {"operationId":"CloneProject","method":"POST","path":["/o/","organisationId","/projects/","projectId","/clone"]} as const;
export const CloneEnvironment = {"operationId":"CloneEnvironment","method":"POST","path":["/o/","organisationId","/projects/","projectId","/environments/clone"]} as const;
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
export const ListIssues = {"operationId":"ListIssues","method":"GET","path":["/o/","organisationId","/issues"]} as const;
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
export const platformV2Operations = {
  activateUser: ActivateUser,
  listExecutionPools: ListExecutionPools,
  listProjects: ListProjects,
  createProject: CreateProject,
  getProject: GetProject,
  updateProject: UpdateProject,
  deleteProject: DeleteProject,
  cloneProject: CloneProject,
  cloneEnvironment: CloneEnvironment,
  syncEnvironments: SyncEnvironments,
  getProjectVariablesSchema: GetProjectVariablesSchema,
  setProjectVariablesSchema: SetProjectVariablesSchema,
  patchProjectVariablesSchema: PatchProjectVariablesSchema,
  addProjectSentiment: AddProjectSentiment,
  listProjectVersions: ListProjectVersions,
  createProjectVersion: CreateProjectVersion,
  getVersionFiles: GetVersionFiles,
  getFiles: GetFiles,
  updateFiles: UpdateFiles,
  patchFiles: PatchFiles,
  changeEnvironmentExecutionPool: ChangeEnvironmentExecutionPool,
  callIntegration: CallIntegration,
  deployProject: DeployProject,
  deployProjectVersion: DeployProjectVersion,
  startTestContainer: StartTestContainer,
  triggerWorkflow: TriggerWorkflow,
  validateFiles: ValidateFiles,
  getProjectLogs: GetProjectLogs,
  searchProjectLogs: SearchProjectLogs,
  listTraces: ListTraces,
  getTrace: GetTrace,
  getIntegrationFlows: GetIntegrationFlows,
  getIntegrationFlow: GetIntegrationFlow,
  updateIntegrationFlow: UpdateIntegrationFlow,
  deleteFlow: DeleteFlow,
  suspendProject: SuspendProject,
  listConnections: ListConnections,
  createConnection: CreateConnection,
  getConnection: GetConnection,
  updateConnection: UpdateConnection,
  deleteConnection: DeleteConnection,
  linkConnectionToEnvironment: LinkConnectionToEnvironment,
  unlinkConnectionFromEnvironment: UnlinkConnectionFromEnvironment,
  listEndUsers: ListEndUsers,
  createEndUser: CreateEndUser,
  listAutomations: ListAutomations,
  createAutomation: CreateAutomation,
  listAutomationRuns: ListAutomationRuns,
  runAutomation: RunAutomation,
  getAutomation: GetAutomation,
  updateAutomation: UpdateAutomation,
  listRecordings: ListRecordings,
  createRecording: CreateRecording,
  getAutomationRun: GetAutomationRun,
  getRecording: GetRecording,
  createTranscription: CreateTranscription,
  listSchedulers: ListSchedulers,
  getScheduler: GetScheduler,
  triggerScheduler: TriggerScheduler,
  listActivations: ListActivations,
  getActivation: GetActivation,
  deleteActivation: DeleteActivation,
  setStaticUserVariables: SetStaticUserVariables,
  updateEnvironmentConfig: UpdateEnvironmentConfig,
  setDynamicVariables: SetDynamicVariables,
  setDynamicVariable: SetDynamicVariable,
  listUserActivations: ListUserActivations,
  getEndUser: GetEndUser,
  deleteEndUser: DeleteEndUser,
  getActivationConnection: GetActivationConnection,
  listSystems: ListSystems,
  createSystem: CreateSystem,
  getSystem: GetSystem,
  updateSystem: UpdateSystem,
  deleteSystem: DeleteSystem,
  linkSystemActions: LinkSystemActions,
  linkSystemTriggers: LinkSystemTriggers,
  listSystemActions: ListSystemActions,
  createSystemActions: CreateSystemActions,
  getSystemAction: GetSystemAction,
  updateSystemAction: UpdateSystemAction,
  deleteSystemAction: DeleteSystemAction,
  listSystemTriggers: ListSystemTriggers,
  createSystemTriggers: CreateSystemTriggers,
  upsertAuthSchemeConfig: UpsertAuthSchemeConfig,
  deleteAuthSchemeConfig: DeleteAuthSchemeConfig,
  listEnvironmentConnections: ListEnvironmentConnections,
  listProjectConnectionTemplates: ListProjectConnectionTemplates,
  createConnectionTemplate: CreateConnectionTemplate,
  updateConnectionTemplate: UpdateConnectionTemplate,
  deleteConnectionTemplate: DeleteConnectionTemplate,
  initialiseOAuth2Connection: InitialiseOAuth2Connection,
  initialiseOAuth1Connection: InitialiseOAuth1Connection,
  listIssues: ListIssues,
  createIssue: CreateIssue,
  updateIssue: UpdateIssue,
  listNotificationChannels: ListNotificationChannels,
  createNotificationChannel: CreateNotificationChannel,
  deleteNotificationChannel: DeleteNotificationChannel,
  listProjectNotifications: ListProjectNotifications,
  createProjectNotification: CreateProjectNotification,
  deleteProjectNotification: DeleteProjectNotification,
  getOrganisationMetricsSummary: GetOrganisationMetricsSummary,
  getProjectMetricsSummary: GetProjectMetricsSummary,
  listStores: ListStores,
  createStore: CreateStore,
  getKV: GetKV,
  setKV: SetKV,
  deleteKV: DeleteKV,
  batchSetKV: BatchSetKV,
  batchGetKV: BatchGetKV,
  batchDeleteKV: BatchDeleteKV,
  listKV: ListKV,
  countKV: CountKV,
} as const;
