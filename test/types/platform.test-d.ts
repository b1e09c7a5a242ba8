// The Platform API client has the typed surface of the others: methods named after operationIds,
// camelCase path parameters, required fields required, unions that narrow, a bindable
// organisationId, paginators for every cursor-paged list (whatever its cursor style), and `call`
// with the Platform descriptors only.
import { describe, expectTypeOf, test } from "vitest";
import {
  createConnectCore,
  createPlatformClient,
  GetConnection as ConnectGetConnection,
  isApiError,
  UpdateConnector,
  type KVEntry,
  type PlatformActivation,
  type PlatformConnection,
  type PlatformEndUser,
  type PlatformSchemas,
  type Project,
  type ProjectLog,
  type ProjectVersion,
  type System,
} from "../../src/index.js";
import { call, createPlatformCore, GetConnection, GetKV, GetProject, ListKV } from "../../src/platform/index.js";

const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";

describe("methods", () => {
  const platform = createPlatformClient({ token: "t", organisationId: "o" });

  test("camelCase path parameters and typed results", () => {
    expectTypeOf(platform.getProject).parameter(0).toHaveProperty("projectId").toEqualTypeOf<string>();
    expectTypeOf(platform.getProject).returns.resolves.toEqualTypeOf<Project>();
    expectTypeOf(platform.deployProjectVersion).parameter(0).toHaveProperty("versionId").toEqualTypeOf<string>();
    expectTypeOf(platform.getIntegrationFlow).parameter(0).toHaveProperty("flowName").toEqualTypeOf<string>();
    expectTypeOf(platform.setDynamicVariable).parameter(0).toHaveProperty("variableName").toEqualTypeOf<string>();
    expectTypeOf(platform.listUserActivations).parameter(0).toHaveProperty("externalUserId").toEqualTypeOf<string>();
    expectTypeOf(platform.listUserActivations).returns.resolves.toEqualTypeOf<PlatformActivation[]>();
    expectTypeOf(platform.getKV).parameter(0).toHaveProperty("key").toEqualTypeOf<string>();
    expectTypeOf(platform.createEndUser).returns.resolves.toEqualTypeOf<PlatformEndUser>();
    expectTypeOf(platform.getConnection).returns.resolves.toEqualTypeOf<PlatformConnection>();
    expectTypeOf(platform.deleteProject).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(platform.linkSystemActions).returns.resolves.toEqualTypeOf<void>();
    // @ts-expect-error snake_case names are not accepted
    void platform.getProject({ project_id: PROJECT });
  });

  test("required fields are required", () => {
    // @ts-expect-error an end user needs an externalId
    void platform.createEndUser({ body: { displayName: "Northwind" } });
    // @ts-expect-error an activation needs the user, the environment and the connections
    void platform.activateUser({ body: { userId: "cust-1" } });
    // @ts-expect-error SuspendProject's environment is a required query parameter
    void platform.suspendProject({ projectId: PROJECT });
    void platform.suspendProject({ projectId: PROJECT, query: { environment: "staging" } });
    // @ts-expect-error a KV write needs a value
    void platform.setKV({ store: "s", key: "k", body: {} });
    // @ts-expect-error the body of a deployment is required (a version name and the files)
    void platform.deployProject({ projectId: PROJECT });
    expectTypeOf<ProjectVersion>().toHaveProperty("state").toEqualTypeOf<"draft" | "failed" | "ready" | "superseded">();
  });

  test("unions narrow", () => {
    const entry = {} as KVEntry;
    const value = entry.value;
    if (typeof value === "string") expectTypeOf(value).toEqualTypeOf<string>();
    else if (Array.isArray(value)) expectTypeOf(value).toEqualTypeOf<unknown[]>();
    const issue = {} as PlatformSchemas["Issue"];
    expectTypeOf(issue.resolvedAt).toEqualTypeOf<string | null | undefined>();
    if (issue.resolvedAt !== null && issue.resolvedAt !== undefined) expectTypeOf(issue.resolvedAt).toEqualTypeOf<string>();
    const config = {} as PlatformSchemas["AuthSchemeConfig"];
    if (config.type === "api-key") expectTypeOf(config.type).toEqualTypeOf<"api-key">();
    const kv = {} as PlatformSchemas["GetKVResponse"];
    if (typeof kv.value === "number") expectTypeOf(kv.value).toEqualTypeOf<number>();
  });

  test("the CLI contract's additions: stars, deleting an environment, storage and the default environment", () => {
    expectTypeOf(platform.starProject).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(platform.unstarProject).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(platform.deleteEnvironment).parameter(0).toHaveProperty("environmentId").toEqualTypeOf<string>();
    expectTypeOf(platform.deleteEnvironment).returns.resolves.toEqualTypeOf<Project>();
    void platform.listProjects({ query: { starred: true } });
    expectTypeOf<Project["starred"]>().toEqualTypeOf<boolean>();
    expectTypeOf<PlatformSchemas["ProjectSummary"]["starred"]>().toEqualTypeOf<boolean>();
    expectTypeOf<PlatformSchemas["ProjectSettings"]["defaultEnvironment"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PlatformSchemas["ResourceRequirements"]["storage"]>().toEqualTypeOf<string | undefined>();
  });

  test("an OAuth 2.0 flow may name its own callback, and the code carries it back", () => {
    expectTypeOf<PlatformSchemas["InitialiseOAuth2ConnectionRequest"]>().toHaveProperty("redirectUrl").toEqualTypeOf<string | undefined>();
    expectTypeOf<PlatformSchemas["CredentialDataOAuth2Code"]>().toHaveProperty("redirectUrl").toEqualTypeOf<string | undefined>();
  });

  test("authScheme JWT and a token source are accepted", () => {
    void createPlatformClient({ authScheme: "JWT", token: async () => "jwt", organisationId: "o" }).getEndUser({ userId: "cust-1" });
  });
});

describe("organisationId", () => {
  test("required unbound, optional bound; operations without it do not take it", () => {
    const unbound = createPlatformClient({ token: "t" });
    // @ts-expect-error organisationId is required on an unbound client
    void unbound.listProjects();
    void unbound.listProjects({ organisationId: "o" });
    void createPlatformClient({ organisationId: "o" }).listProjects();
    void unbound.getKV({ store: "s", key: "k" });
    void unbound.listProjectNotifications({ projectId: PROJECT });
  });
});

describe("paginate", () => {
  const platform = createPlatformClient({ organisationId: "o" });

  test("every paged list, whatever its cursor style, yields its items", () => {
    expectTypeOf(platform.paginate.listProjectVersions({ projectId: PROJECT })).toMatchTypeOf<AsyncIterable<ProjectVersion>>();
    expectTypeOf(platform.paginate.listSystems()).toMatchTypeOf<AsyncIterable<System>>();
    expectTypeOf(platform.paginate.listEndUsers()).toMatchTypeOf<AsyncIterable<PlatformEndUser>>();
    expectTypeOf(platform.paginate.getProjectLogs({ projectId: PROJECT })).toMatchTypeOf<AsyncIterable<ProjectLog>>();
    expectTypeOf(platform.paginate.searchProjectLogs({ projectId: PROJECT })).toMatchTypeOf<AsyncIterable<ProjectLog>>();
    expectTypeOf(platform.paginate.listKV({ store: "s", body: {} })).toMatchTypeOf<AsyncIterable<KVEntry>>();
    expectTypeOf(platform.paginate.listTraces({ projectId: PROJECT })).toMatchTypeOf<AsyncIterable<PlatformSchemas["SpanSummary"]>>();
    // The answer is the array itself; the cursor is the last issue's id.
    expectTypeOf(platform.paginate.listIssues({ query: { status: "open" }, pageSize: 50 })).toMatchTypeOf<AsyncIterable<PlatformSchemas["Issue"]>>();
  });

  test("cursors stay with the iterator; pageSize only where the list takes `first`", () => {
    void platform.paginate.getProjectLogs({ projectId: PROJECT, pageSize: 50, after: "saved" });
    // @ts-expect-error next_token is moved by the iterator
    void platform.paginate.getProjectLogs({ projectId: PROJECT, query: { next_token: "x" } });
    // @ts-expect-error ListTraces takes no page size
    void platform.paginate.listTraces({ projectId: PROJECT, pageSize: 10 });
    // @ts-expect-error ListKV's page size is the body's options.limit
    void platform.paginate.listKV({ store: "s", body: {}, pageSize: 10 });
    // @ts-expect-error ListKV needs its body
    void platform.paginate.listKV({ store: "s" });
  });

  test("lists without a cursor are not paged", () => {
    // @ts-expect-error ListProjects answers every project at once
    void platform.paginate.listProjects;
    // @ts-expect-error the iterator moves ListIssues' after
    void platform.paginate.listIssues({ query: { after: "01JR92PJKGD6B0N4AMJG91P5JJ" } });
  });
});

describe("isApiError", () => {
  test("knows the Platform methods and the statuses their contract documents", () => {
    const error: unknown = new Error("x");
    if (isApiError(error, "createProjectVersion", 409)) expectTypeOf(error.body).toEqualTypeOf<PlatformSchemas["Error"]>();
    if (isApiError(error, "deployProject")) expectTypeOf(error.status).toEqualTypeOf<400 | 401 | 403 | 404 | 429 | 500>();
    // @ts-expect-error DeployProject documents no 409
    void isApiError(error, "deployProject", 409);
  });
});

describe("the light entry", () => {
  test("call takes Platform descriptors, not another API's of the same name", () => {
    const core = createPlatformCore({ organisationId: "o" });
    expectTypeOf(call(core, GetProject, { projectId: PROJECT })).resolves.toEqualTypeOf<Project>();
    expectTypeOf(call(core, GetConnection, { connectionId: "c" })).resolves.toEqualTypeOf<PlatformConnection>();
    expectTypeOf(call(core, GetKV, { store: "s", key: "k" })).resolves.toEqualTypeOf<PlatformSchemas["GetKVResponse"]>();
    void call(core, ListKV, { store: "s", body: {} });
    // @ts-expect-error Connect's GetConnection is another operation
    void call(core, ConnectGetConnection, {} as never);
    // @ts-expect-error UpdateConnector belongs to the Connect API
    void call(core, UpdateConnector, {} as never);
    // @ts-expect-error a Platform descriptor does not go to a Connect core
    void call(createConnectCore({ organisationId: "o" }), GetProject, { projectId: PROJECT });
    // @ts-expect-error nor does Platform's GetConnection, although Connect has an operation of that name
    void call(createConnectCore({ organisationId: "o" }), GetConnection, { connectionId: "c" } as never);
  });
});

describe("a field the contract gives a default may be left out of a request body", () => {
  // The platform takes the default when the field is absent (`default: false`, `default: 100`),
  // so the body type must not require it: only the spec's `required` list does.
  const platform = createPlatformClient({ token: "t", organisationId: "o" });

  test("cloneEnvironment without cloneSystems and copyStaticUserVariables", () => {
    void platform.cloneEnvironment({ projectId: PROJECT, body: { oldEnvName: "production", newEnvName: "staging" } });
  });

  test("listKV's options without limit, createRecording without hasVoiceover", () => {
    void platform.listKV({ store: "s", body: { options: {}, selector: { prefix: ["a"] } } });
    void platform.createRecording({ automationId: "a", body: { fileName: "demo.webm", contentType: "video/webm" } });
    expectTypeOf<PlatformSchemas["ListOptions"]["limit"]>().toEqualTypeOf<number | undefined>();
  });

  test("a field the spec requires is still required", () => {
    // @ts-expect-error newEnvName is required
    void platform.cloneEnvironment({ projectId: PROJECT, body: { oldEnvName: "production" } });
  });
});
