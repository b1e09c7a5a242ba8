// Holds openapi/platform-v2.yaml to the facts it must keep (the 117 operations of the platform's
// Platform API v2, as its CLI's contract has them) and to the conventions the pipeline and the
// mock rely on: ULID path ids with a pattern, the shared error answers with examples, examples on
// every body, none of the keywords
// the tools mishandle, and the paged lists (with their cursor styles) the generator derives.
import { describe, expect, test } from "vitest";
import { describeOperations } from "../../scripts/render-operations.mjs";
import { loadSpec } from "../contract/spec.js";
import { expectExamples, expectSharedErrors } from "../support/spec-checks.js";

type Node = Record<string, any>;
const { spec, resolve, specOperations: operations } = loadSpec(new URL("../../openapi/platform-v2.yaml", import.meta.url));
const ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$";

// operationId -> "METHOD path, success status", as the platform defines them.
const EXPECTED: Record<string, string> = {
  ActivateUser: "POST /o/{organisation_id}/activations 200",
  ListExecutionPools: "GET /o/{organisation_id}/execution-pools 200",
  ListProjects: "GET /o/{organisation_id}/projects 200",
  CreateProject: "POST /o/{organisation_id}/projects 200",
  GetProject: "GET /o/{organisation_id}/projects/{project_id} 200",
  UpdateProject: "PUT /o/{organisation_id}/projects/{project_id} 200",
  DeleteProject: "DELETE /o/{organisation_id}/projects/{project_id} 204",
  StarProject: "PUT /o/{organisation_id}/projects/{project_id}/star 204",
  UnstarProject: "DELETE /o/{organisation_id}/projects/{project_id}/star 204",
  CloneProject: "POST /o/{organisation_id}/projects/{project_id}/clone 200",
  CloneEnvironment: "POST /o/{organisation_id}/projects/{project_id}/environments/clone 200",
  DeleteEnvironment: "POST /o/{organisation_id}/projects/{project_id}/environments/{environment_id} 200",
  SyncEnvironments: "POST /o/{organisation_id}/projects/{project_id}/environments/sync 200",
  GetProjectVariablesSchema: "GET /o/{organisation_id}/projects/{project_id}/variables 200",
  SetProjectVariablesSchema: "PUT /o/{organisation_id}/projects/{project_id}/variables 200",
  PatchProjectVariablesSchema: "PATCH /o/{organisation_id}/projects/{project_id}/variables 200",
  AddProjectSentiment: "POST /o/{organisation_id}/projects/{project_id}/sentiment 200",
  ListProjectVersions: "GET /o/{organisation_id}/projects/{project_id}/versions 200",
  CreateProjectVersion: "POST /o/{organisation_id}/projects/{project_id}/versions 200",
  GetVersionFiles: "GET /o/{organisation_id}/projects/{project_id}/versions/{version_id}/files 200",
  GetFiles: "GET /o/{organisation_id}/projects/{project_id}/files 200",
  UpdateFiles: "PUT /o/{organisation_id}/projects/{project_id}/files 204",
  PatchFiles: "PATCH /o/{organisation_id}/projects/{project_id}/files 204",
  ChangeEnvironmentExecutionPool: "PUT /o/{organisation_id}/projects/{project_id}/environments/execution-pools 200",
  CallIntegration: "POST /o/{organisation_id}/projects/{project_id}/environments/call 200",
  DeployProject: "PUT /o/{organisation_id}/projects/{project_id}/deploy 200",
  DeployProjectVersion: "PUT /o/{organisation_id}/projects/{project_id}/versions/{version_id}/deploy 200",
  StartTestContainer: "POST /o/{organisation_id}/projects/{project_id}/testing/start 200",
  TriggerWorkflow: "POST /o/{organisation_id}/projects/{project_id}/testing/trigger/{trigger_name} 200",
  ValidateFiles: "PUT /o/{organisation_id}/projects/{project_id}/validate 200",
  GetProjectLogs: "GET /o/{organisation_id}/projects/{project_id}/logs 200",
  SearchProjectLogs: "POST /o/{organisation_id}/projects/{project_id}/logs 200",
  ListTraces: "GET /o/{organisation_id}/projects/{project_id}/traces 200",
  GetTrace: "GET /o/{organisation_id}/projects/{project_id}/traces/{trace_id} 200",
  GetIntegrationFlows: "GET /o/{organisation_id}/projects/{project_id}/workflows 200",
  GetIntegrationFlow: "GET /o/{organisation_id}/projects/{project_id}/workflows/{flow_name} 200",
  UpdateIntegrationFlow: "PUT /o/{organisation_id}/projects/{project_id}/workflows/{flow_name} 200",
  DeleteFlow: "DELETE /o/{organisation_id}/projects/{project_id}/workflows/{flow_name} 204",
  SuspendProject: "POST /o/{organisation_id}/projects/{project_id}/suspend 200",
  ListConnections: "GET /o/{organisation_id}/connections 200",
  CreateConnection: "POST /o/{organisation_id}/connections 201",
  GetConnection: "GET /o/{organisation_id}/connections/{connection_id} 200",
  UpdateConnection: "PUT /o/{organisation_id}/connections/{connection_id} 200",
  DeleteConnection: "DELETE /o/{organisation_id}/connections/{connection_id} 204",
  LinkConnectionToEnvironment: "POST /o/{organisation_id}/connections/{connection_id}/link 201",
  UnlinkConnectionFromEnvironment: "DELETE /o/{organisation_id}/connections/{connection_id}/link 204",
  ListEndUsers: "GET /o/{organisation_id}/users 200",
  CreateEndUser: "POST /o/{organisation_id}/users 201",
  ListAutomations: "GET /o/{organisation_id}/automations 200",
  CreateAutomation: "POST /o/{organisation_id}/automations 201",
  ListAutomationRuns: "GET /o/{organisation_id}/automations/{automation_id}/run 200",
  RunAutomation: "POST /o/{organisation_id}/automations/{automation_id}/run 202",
  GetAutomation: "GET /o/{organisation_id}/automations/{automation_id} 200",
  UpdateAutomation: "PUT /o/{organisation_id}/automations/{automation_id} 200",
  ListRecordings: "GET /o/{organisation_id}/automations/{automation_id}/recordings 200",
  CreateRecording: "POST /o/{organisation_id}/automations/{automation_id}/recordings 200",
  GetAutomationRun: "GET /o/{organisation_id}/automations/{automation_id}/runs/{run_id} 200",
  GetRecording: "GET /o/{organisation_id}/automations/{automation_id}/recordings/{recording_id} 200",
  CreateTranscription: "POST /o/{organisation_id}/automations/{automation_id}/recordings/{recording_id} 202",
  ListSchedulers: "GET /o/{organisation_id}/environments/{environment_id}/schedulers 200",
  GetScheduler: "GET /o/{organisation_id}/environments/{environment_id}/schedulers/{scheduler_id} 200",
  TriggerScheduler: "POST /o/{organisation_id}/environments/{environment_id}/schedulers/{scheduler_id} 204",
  ListActivations: "GET /o/{organisation_id}/environments/{environment_id}/activations 200",
  GetActivation: "GET /o/{organisation_id}/environments/{environment_id}/activations/{activation_id} 200",
  DeleteActivation: "DELETE /o/{organisation_id}/environments/{environment_id}/activations/{activation_id} 204",
  SetStaticUserVariables: "PATCH /o/{organisation_id}/environments/{environment_id}/variables 200",
  UpdateEnvironmentConfig: "PUT /o/{organisation_id}/environments/{environment_id}/config 204",
  SetDynamicVariables: "PATCH /o/{organisation_id}/environments/{environment_id}/activations/{activation_id}/variables 200",
  SetDynamicVariable: "PUT /o/{organisation_id}/environments/{environment_id}/activations/{activation_id}/variables/{variable_name} 200",
  ListUserActivations: "GET /o/{organisation_id}/environment/{environment_id}/users/{external_user_id}/activations 200",
  GetEndUser: "GET /o/{organisation_id}/users/{user_id} 200",
  DeleteEndUser: "DELETE /o/{organisation_id}/users/{user_id} 204",
  GetActivationConnection: "GET /o/{organisation_id}/environment-systems/{env_system_id}/activations/{activation_id} 200",
  ListSystems: "GET /o/{organisation_id}/systems 200",
  CreateSystem: "POST /o/{organisation_id}/systems 201",
  GetSystem: "GET /o/{organisation_id}/systems/{system_id} 200",
  UpdateSystem: "PUT /o/{organisation_id}/systems/{system_id} 201",
  DeleteSystem: "DELETE /o/{organisation_id}/systems/{system_id} 204",
  LinkSystemActions: "POST /o/{organisation_id}/systems/{system_id}/projects/{project_id}/actions-link 201",
  LinkSystemTriggers: "POST /o/{organisation_id}/systems/{system_id}/projects/{project_id}/triggers-link 201",
  ListSystemActions: "GET /o/{organisation_id}/systems/{system_id}/actions 200",
  CreateSystemActions: "POST /o/{organisation_id}/systems/{system_id}/actions 200",
  GetSystemAction: "GET /o/{organisation_id}/systems/{system_id}/actions/{action_id} 200",
  UpdateSystemAction: "PUT /o/{organisation_id}/systems/{system_id}/actions/{action_id} 200",
  DeleteSystemAction: "DELETE /o/{organisation_id}/systems/{system_id}/actions/{action_id} 204",
  ListSystemTriggers: "GET /o/{organisation_id}/systems/{system_id}/triggers 200",
  CreateSystemTriggers: "POST /o/{organisation_id}/systems/{system_id}/triggers 200",
  UpsertAuthSchemeConfig: "PUT /o/{organisation_id}/systems/{system_id}/auth-scheme-configs/{auth_scheme_config_id} 201",
  DeleteAuthSchemeConfig: "DELETE /o/{organisation_id}/systems/{system_id}/auth-scheme-configs/{auth_scheme_config_id} 204",
  ListEnvironmentConnections: "GET /o/{organisation_id}/projects/{project_id}/connections 200",
  ListProjectConnectionTemplates: "GET /o/{organisation_id}/projects/{project_id}/connection-templates 200",
  CreateConnectionTemplate: "POST /o/{organisation_id}/projects/{project_id}/connection-templates 200",
  UpdateConnectionTemplate: "PUT /o/{organisation_id}/projects/{project_id}/connection-templates/{template_id} 200",
  DeleteConnectionTemplate: "DELETE /o/{organisation_id}/projects/{project_id}/connection-templates/{template_id} 204",
  InitialiseOAuth2Connection: "POST /o/{organisation_id}/systems/{system_id}/oauth2/initialise 200",
  InitialiseOAuth1Connection: "POST /o/{organisation_id}/systems/{system_id}/oauth1/initialise 200",
  ListIssues: "GET /o/{organisation_id}/issues 200",
  CreateIssue: "POST /o/{organisation_id}/issues 201",
  UpdateIssue: "PATCH /o/{organisation_id}/issues/{issue_id} 200",
  ListNotificationChannels: "GET /o/{organisation_id}/notification_channels 200",
  CreateNotificationChannel: "POST /o/{organisation_id}/notification_channels 201",
  DeleteNotificationChannel: "DELETE /o/{organisation_id}/notification_channels/{channel_id} 204",
  ListProjectNotifications: "GET /projects/{project_id}/notifications 200",
  CreateProjectNotification: "POST /projects/{project_id}/notifications 201",
  DeleteProjectNotification: "DELETE /projects/{project_id}/notifications/{notification_id} 204",
  GetOrganisationMetricsSummary: "GET /o/{organisation_id}/metricssummary 200",
  GetProjectMetricsSummary: "GET /o/{organisation_id}/projects/metricssummary 200",
  ListStores: "GET /o/{organisation_id}/store 200",
  CreateStore: "POST /o/{organisation_id}/store 200",
  GetKV: "GET /store/{store}/kv/{key} 200",
  SetKV: "PUT /store/{store}/kv/{key} 200",
  DeleteKV: "DELETE /store/{store}/kv/{key} 200",
  BatchSetKV: "PUT /store/{store}/kv/batch 200",
  BatchGetKV: "POST /store/{store}/kv/batch 200",
  BatchDeleteKV: "DELETE /store/{store}/kv/batch 200",
  ListKV: "POST /store/{store}/kv/list 200",
  CountKV: "POST /store/{store}/kv/count 200",
};

test("the spec has exactly the 117 operations of the Platform API, with their methods, paths and success statuses", () => {
  const actual = Object.fromEntries(
    operations.map(({ op, method, path }) => {
      const success = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      return [op.operationId, `${method} ${path} ${success.join(",")}`];
    }),
  );
  expect(Object.keys(actual)).toHaveLength(117);
  expect(actual).toEqual(EXPECTED);
});

test("production is the only server, and both credentials of the platform are accepted", () => {
  expect(spec.servers).toEqual([{ description: "Production", url: "https://platform.versori.com/api/v2" }]);
  expect(spec.security).toEqual([{ bearerAuth: [] }, { signingKeyJwt: [] }]);
  expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  expect(spec.components.securitySchemes.signingKeyJwt).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
  expect(operations.filter(({ op }) => op.security)).toEqual([]);
});

test("path ids are ULIDs checked by a pattern; names and external ids are non-empty strings", () => {
  const free = ["auth_scheme_config_id", "external_user_id", "flow_name", "key", "trace_id", "trigger_name", "user_id", "variable_name"];
  const pathParams = new Map(operations.flatMap(({ params }) => params.filter((p) => p.in === "path").map((p) => [p.name, p])));
  for (const [name, param] of pathParams) {
    const schema = resolve(param.schema);
    if (free.includes(name)) expect(schema, name).toEqual({ type: "string", minLength: 1 });
    else expect(schema.pattern, name).toBe(ULID_PATTERN);
    expect(param.example, name).toBeDefined();
  }
  expect([...pathParams.keys()].filter((n) => free.includes(n)).sort()).toEqual(free);
  // Each path parameter is declared once per operation (GetAutomation's repeated automation_id).
  for (const { op, params } of operations) {
    const names = params.map((p) => `${p.in}:${p.name}`);
    expect(new Set(names).size, op.operationId).toBe(names.length);
  }
  // Keywords the tools mishandle: `format: ulid` (unknown), `nullable` (not 3.1), `discriminator`.
  const found: string[] = [];
  JSON.stringify(spec, (key, value) => {
    if (key === "nullable" || key === "discriminator" || (key === "format" && (value === "ulid" || value === "timestamp"))) found.push(key);
    return value;
  });
  expect(found).toEqual([]);
});

test("every tag used is declared, and every operation has one", () => {
  const declared = spec.tags.map((t: Node) => t.name);
  for (const { op } of operations) {
    expect(op.tags, op.operationId).toHaveLength(1);
    expect(declared, op.operationId).toContain(op.tags[0]);
  }
});

test("every name a schema requires is one of its properties", () => {
  for (const [name, schema] of Object.entries<Node>(spec.components.schemas)) {
    const parts = [schema, ...(schema.allOf ?? []).map(resolve)];
    const properties = new Set(parts.flatMap((p) => Object.keys(p.properties ?? {})));
    for (const part of parts) for (const required of part.required ?? []) expect(properties, `${name}.${required}`).toContain(required);
  }
});

describe("answers", () => {
  test.each(operations.map((o) => [o.op.operationId, o] as const))("%s documents the shared errors with examples", (_, { op }) => {
    expectSharedErrors(op, resolve, spec.components.schemas.Error);
  });

  // LinkConnectionToEnvironment, LinkSystemActions and LinkSystemTriggers answer 201 without a body.
  test.each(operations.map((o) => [o.op.operationId, o] as const))("%s has examples on its success answer and body", (_, { op }) => {
    expectExamples(op, resolve, ["201", "204"]);
  });
});

test("the generator derives the paged lists, their cursor styles and the reserved KV keys", () => {
  const ops = describeOperations(spec);
  const paged = Object.fromEntries(ops.filter((o) => o.page).map((o) => [o.operationId, [o.page, o.cursor ?? null]]));
  expect(paged).toEqual({
    ListProjectVersions: ["items", null],
    ListConnections: ["items", null],
    ListEndUsers: ["users", null],
    ListSystems: ["items", null],
    GetProjectLogs: ["logs", ["query.next_token", "nextToken"]],
    ListTraces: ["items", ["query.next_token", "nextToken"]],
    SearchProjectLogs: ["logs", ["body.nextToken", "nextToken"]],
    ListKV: ["data", ["body.selector.after", "pagination.nextCursor"]],
    ListIssues: ["[]", ["query.after", "[-1].id"]],
  });
  const reserved = Object.fromEntries(ops.filter((o) => o.reserved).map((o) => [o.operationId, o.reserved]));
  const kv = { key: ["batch", "list", "count"] };
  expect(reserved).toEqual({ GetKV: kv, SetKV: kv, DeleteKV: kv });
});

describe("the generator's checks of x-versori-cursor and its reserved values", () => {
  const doc = (cursor: Node, extra: Node = {}): Node => ({
    openapi: "3.1.0",
    paths: {
      "/things/{id}": {
        get: {
          operationId: "ListThings",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "token", in: "query", schema: { type: "string" } }],
          "x-versori-cursor": cursor,
          responses: { "200": { content: { "application/json": { schema: { type: "object", properties: { things: { type: "array" }, more: { type: "string" } } } } } } },
        },
      },
      "/things/special": { get: { operationId: "GetSpecial", responses: { "204": {} } } },
      ...extra,
    },
  });

  test("a declared cursor is kept when the spec has both ends of it", () => {
    const [list] = describeOperations(doc({ request: "query.token", response: "more" }));
    expect(list).toMatchObject({ page: "things", cursor: ["query.token", "more"] });
  });

  test("an answer that is the array itself pages by a field of its last item", () => {
    const arrayDoc = doc({ request: "query.token", response: "[-1].id" });
    arrayDoc.paths["/things/{id}"].get.responses["200"].content["application/json"].schema = {
      type: "array",
      items: { type: "object", properties: { id: { type: "string" } } },
    };
    expect(describeOperations(arrayDoc)[0]).toMatchObject({ page: "[]", cursor: ["query.token", "[-1].id"] });
    arrayDoc.paths["/things/{id}"].get["x-versori-cursor"].response = "[-1].nope";
    expect(() => describeOperations(arrayDoc)).toThrow("response [-1].nope is not in the answer");
  });

  test.each([
    [{ request: "query.nope", response: "more" }, "query.nope is not a query parameter or body property"],
    [{ request: "body.token", response: "more" }, "body.token is not a query parameter or body property"],
    [{ request: "query.token", response: "missing" }, "response missing is not in the answer"],
  ])("%j is refused: %s", (cursor, message) => {
    expect(() => describeOperations(doc(cursor))).toThrow(message);
  });

  test("a literal sibling path reserves its segment, unless the parameter's pattern refuses it anyway", () => {
    expect(describeOperations(doc({ request: "query.token", response: "more" }))[0]!.reserved).toEqual({ id: ["special"] });
    const patterned = doc({ request: "query.token", response: "more" });
    patterned.paths["/things/{id}"].get.parameters[0].schema = { type: "string", pattern: "^[0-9]+$" };
    expect(describeOperations(patterned)[0]!.reserved).toBeUndefined();
  });
});
