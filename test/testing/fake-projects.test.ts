// The fake platform's projects through the real Platform client: create then find, update then
// read, delete then 404; deploys through their states with their log lines, paged with
// `next_token` (GetProjectLogs) and a body cursor (SearchProjectLogs).
import { describe, expect, test } from "vitest";
import { VersoriApiError } from "../../src/index.js";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

const files = [{ filename: "src/index.ts", content: "export {};\n" }];

describe("projects", () => {
  test("create then find, update then read, delete then 404", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Order sync" } });
    expect(project.id).toMatch(ULID);
    expect(project.environments.map((e) => [e.name, e.status])).toEqual([["production", "draft"]]);
    expect(project.currentFiles.files).toEqual([]);
    expect(await platform.getProject({ projectId: project.id })).toEqual(project);
    expect((await platform.listProjects()).projects.map((p) => p.id)).toEqual([project.id]);

    const updated = await platform.updateProject({ projectId: project.id, body: { name: "Order sync v2" } });
    expect(updated.name).toBe("Order sync v2");
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(project.updatedAt));
    expect((await platform.getProject({ projectId: project.id })).name).toBe("Order sync v2");

    await platform.deleteProject({ projectId: project.id });
    const error = await rejection(platform.getProject({ projectId: project.id }));
    expect(error).toBeInstanceOf(VersoriApiError);
    expect([error.status, error.code]).toEqual([404, "not_found"]);
    expect((await platform.listProjects()).projects).toEqual([]);
  });

  test("starred projects, and ListProjects' starred filter", async () => {
    const { platform } = fakeClients();
    const [a, b] = [await platform.createProject({ body: { name: "A" } }), await platform.createProject({ body: { name: "B" } })];
    expect(a.starred).toBe(false);
    await platform.starProject({ projectId: b.id });
    expect((await platform.getProject({ projectId: b.id })).starred).toBe(true);
    expect((await platform.listProjects({ query: { starred: true } })).projects.map((p) => p.name)).toEqual(["B"]);
    expect((await platform.listProjects({ query: { starred: false } })).projects.map((p) => p.name)).toEqual(["A"]);
    await platform.unstarProject({ projectId: b.id });
    expect((await platform.listProjects({ query: { starred: true } })).projects).toEqual([]);
    expect((await rejection(platform.starProject({ projectId: "01JR1BZQCYS9AMYX9277MZHQ8C" }))).status).toBe(404);
  });

  test("DeleteEnvironment removes one environment of the project", async () => {
    const { platform } = fakeClients({ environments: ["staging", "production"] });
    const project = await platform.createProject({ body: { name: "Two" } });
    const after = await platform.deleteEnvironment({ projectId: project.id, environmentId: project.environments[0]!.id });
    expect(after.environments.map((e) => e.name)).toEqual(["production"]);
    expect((await rejection(platform.deleteEnvironment({ projectId: project.id, environmentId: project.environments[0]!.id }))).status).toBe(404);
  });

  test("UpdateEnvironmentConfig replaces the environment's config, which the project shows; an unknown environment is 404", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Config" } });
    const config = { deploymentSpec: { replicas: 2 } };
    await platform.updateEnvironmentConfig({ environmentId: project.environments[0]!.id, body: config });
    expect((await platform.getProject({ projectId: project.id })).environments[0]!.config).toEqual(config);
    expect((await rejection(platform.updateEnvironmentConfig({ environmentId: "01JRXPT4W4NRWVZS79ZCKRD96C", body: config }))).status).toBe(404);
  });
  test("a new project has the environments the fake was given", async () => {
    const { platform } = fakeClients({ environments: ["staging", "production"] });
    const project = await platform.createProject({ body: { name: "Two" } });
    expect(project.environments.map((e) => e.name)).toEqual(["staging", "production"]);
  });

  test("sub-resources of an unknown project are 404", async () => {
    const { platform } = fakeClients();
    const error = await rejection(platform.listProjectVersions({ projectId: "01JR1BZQCYS9AMYX9277MZHQ8C" }));
    expect(error.status).toBe(404);
  });
});

describe("deploy", () => {
  test("deploys at once by default: a version, the environment running it, and log lines", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Order sync" } });
    const deployed = await platform.deployProject({ projectId: project.id, query: { project_env: "production" }, body: { versionName: "v1", files, labels: {} } });
    const production = deployed.environments[0]!;
    expect([production.status, production.deployedVersion?.name, production.deployedVersion?.state]).toEqual(["running", "v1", "ready"]);
    expect((await platform.getProject({ projectId: project.id })).currentFiles.files).toEqual(files);
    expect((await platform.listProjectVersions({ projectId: project.id })).items.map((v) => v.name)).toEqual(["v1"]);
    const lines = [];
    for await (const line of platform.paginate.getProjectLogs({ projectId: project.id, query: { project_env: "production" } })) lines.push(line.message);
    expect(lines).toEqual(["deploying version v1 to production", "version v1 is running in production"]);
  });

  test("over a delay: the state it had (draft) first, running once the delay has passed", async () => {
    const { fake, platform } = fakeClients({ settings: { deployDelayMs: 30 } });
    const project = await platform.createProject({ body: { name: "Slow" } });
    const deployed = await platform.deployProject({ projectId: project.id, body: { versionName: "v1", files, labels: {} } });
    expect(deployed.environments[0]!.status).toBe("draft");
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await platform.getProject({ projectId: project.id })).environments[0]!.status).toBe("running");
    fake.reset();
  });

  test("to the contract's error state on request, with an ERROR line, and the version failed", async () => {
    const { fake, platform } = fakeClients();
    fake.settings.deployError = "build failed: missing export";
    const project = await platform.createProject({ body: { name: "Broken" } });
    const deployed = await platform.deployProject({ projectId: project.id, body: { versionName: "v1", files, labels: {} } });
    expect(deployed.environments[0]!.status).toBe("error");
    expect(deployed.environments[0]!.deployedVersion).toBeUndefined();
    const errors = [];
    for await (const line of platform.paginate.getProjectLogs({ projectId: project.id })) if (line.severity === "ERROR") errors.push(line.message);
    expect(errors).toEqual(["deploy of version v1 failed: build failed: missing export"]);
    const [version] = (await platform.listProjectVersions({ projectId: project.id })).items;
    expect(version!.state).toBe("failed");
  });

  test("an environment the project does not have is 404", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "P" } });
    const error = await rejection(platform.deployProject({ projectId: project.id, query: { project_env: "nope" }, body: { versionName: "v1", files, labels: {} } }));
    expect(error.status).toBe(404);
  });
});

describe("suspend", () => {
  test("SuspendProject stops one environment (suspended, its version kept, a log line); a deploy resumes it; an unknown environment is 404", async () => {
    const { platform } = fakeClients({ environments: ["staging", "production"] });
    const project = await platform.createProject({ body: { name: "Suspend" } });
    await platform.deployProject({ projectId: project.id, query: { project_env: "staging" }, body: { versionName: "v1", files, labels: {} } });
    const suspended = await platform.suspendProject({ projectId: project.id, query: { environment: "staging" } });
    expect(suspended.environments.map((e) => [e.name, e.status, e.deployedVersion?.name])).toEqual([["staging", "suspended", "v1"], ["production", "draft", undefined]]);
    expect((await platform.getProject({ projectId: project.id })).environments[0]!.status).toBe("suspended");
    const lines = (await platform.getProjectLogs({ projectId: project.id, query: { project_env: "staging" } })).logs.map((l) => l.message);
    expect(lines.at(-1)).toBe("staging suspended");
    await platform.deployProject({ projectId: project.id, query: { project_env: "staging" }, body: { versionName: "v2", files, labels: {} } });
    expect((await platform.getProject({ projectId: project.id })).environments[0]!.status).toBe("running");
    expect((await rejection(platform.suspendProject({ projectId: project.id, query: { environment: "qa" } }))).status).toBe(404);
  });
});

describe("sentiment", () => {
  test("AddProjectSentiment appends a score, stamped now, to the project's sentiment history, which GetProject shows; an unknown project is 404", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Chat" } });
    const before = Date.now();
    await platform.addProjectSentiment({ projectId: project.id, body: { sentimentScore: 4, messageId: "msg-1" } });
    const scored = await platform.addProjectSentiment({ projectId: project.id, body: { sentimentScore: 1, messageId: "msg-2" } });
    const history = scored.metadata?.sentimentHistory ?? [];
    expect(history.map((h) => [h.sentimentScore, h.messageId])).toEqual([[4, "msg-1"], [1, "msg-2"]]);
    for (const h of history) expect(Date.parse(h.timestamp!)).toBeGreaterThanOrEqual(before - 1000);
    expect((await platform.getProject({ projectId: project.id })).metadata).toEqual(scored.metadata);
    expect((await rejection(platform.addProjectSentiment({ projectId: "01JR1BZQCYS9AMYX9277MZHQ8C", body: { sentimentScore: 1, messageId: "m" } }))).status).toBe(404);
  });
});

describe("execution pools", () => {
  test("ChangeEnvironmentExecutionPool moves one environment: suspended first when running (a log line), a new public URL; a draft one stays draft; an unknown environment is 404", async () => {
    const { platform } = fakeClients({ environments: ["staging", "production"] });
    const project = await platform.createProject({ body: { name: "Pools" } });
    await platform.deployProject({ projectId: project.id, query: { project_env: "staging" }, body: { versionName: "v1", files, labels: {} } });
    const [staging, production] = (await platform.getProject({ projectId: project.id })).environments as [(typeof project.environments)[0], (typeof project.environments)[0]];
    const moved = await platform.changeEnvironmentExecutionPool({ projectId: project.id, query: { project_env: "staging" }, body: { executionPool: "acme-eu-private" } });
    expect(moved).toMatchObject({ id: staging.id, name: "staging", status: "suspended", executionPool: "acme-eu-private", deployedVersion: { name: "v1" } });
    expect(moved.publicUrl).not.toBe(staging.publicUrl);
    expect((await platform.getProject({ projectId: project.id })).environments[0]).toEqual(moved);
    const lines = (await platform.getProjectLogs({ projectId: project.id, query: { project_env: "staging" } })).logs.map((l) => l.message);
    expect(lines.slice(-2)).toEqual(["staging suspended", "staging moved to execution pool acme-eu-private"]);

    const draft = await platform.changeEnvironmentExecutionPool({ projectId: project.id, query: { project_env: "production" }, body: { executionPool: "acme-eu-private" } });
    expect(draft).toMatchObject({ status: "draft", executionPool: "acme-eu-private" });
    expect(draft.publicUrl).not.toBe(production.publicUrl);
    expect((await rejection(platform.changeEnvironmentExecutionPool({ projectId: project.id, query: { project_env: "qa" }, body: { executionPool: "x" } }))).status).toBe(404);
  });
});

describe("logs", () => {
  test("250 lines paged with next_token (GetProjectLogs) and a body cursor (SearchProjectLogs)", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Chatty" } });
    for (let i = 0; i < 250; i++) fake.log(project.id, { message: `line ${i}`, severity: i % 50 === 0 ? "ERROR" : "INFO" });
    const expected = Array.from({ length: 250 }, (_, i) => `line ${i}`);

    const pages = [];
    for await (const page of platform.paginate.getProjectLogs({ projectId: project.id, pageSize: 40 }).pages()) pages.push(page.logs.map((l) => l.message));
    expect(pages.map((p) => p.length)).toEqual([40, 40, 40, 40, 40, 40, 10]);
    expect(pages.flat()).toEqual(expected);

    const searched = [];
    for await (const line of platform.paginate.searchProjectLogs({ projectId: project.id, body: { first: 30 } })) searched.push(line.message);
    expect(searched).toEqual(expected);
    const filtered = [];
    for await (const line of platform.paginate.getProjectLogs({ projectId: project.id, query: { search: "line 1" } })) filtered.push(line.message);
    expect(filtered).toEqual(expected.filter((m) => m.includes("line 1")));
  });
  test("start (at or after), end (before) and order (desc: newest first, across pages) narrow and turn the lines", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Timed" } });
    for (let i = 0; i < 6; i++) {
      fake.log(project.id, { message: `line ${i}` });
      await new Promise((resolve) => setTimeout(resolve, 3)); // a later millisecond for the next line
    }
    const all = (await platform.getProjectLogs({ projectId: project.id })).logs;
    expect(all.map((l) => l.message)).toEqual(["line 0", "line 1", "line 2", "line 3", "line 4", "line 5"]);
    const read = async (query: Record<string, string>, pageSize?: number) => {
      const lines = [];
      for await (const line of platform.paginate.getProjectLogs({ projectId: project.id, query, pageSize })) lines.push(line.message);
      return lines;
    };
    expect(await read({ start: all[1]!.timestamp, end: all[4]!.timestamp })).toEqual(["line 1", "line 2", "line 3"]);
    expect(await read({ order: "desc" }, 4)).toEqual(["line 5", "line 4", "line 3", "line 2", "line 1", "line 0"]);
    expect(await read({ order: "asc", start: all[4]!.timestamp })).toEqual(["line 4", "line 5"]);
    const searched = await platform.searchProjectLogs({ projectId: project.id, body: { startTime: all[2]!.timestamp, endTime: all[5]!.timestamp, order: "desc" } });
    expect(searched.logs.map((l) => l.message)).toEqual(["line 4", "line 3", "line 2"]);
  });
  test("latest: only the lines of the version the environment runs (a failed deploy leaves it as it was)", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Versions" } });
    const latest = async () => (await platform.getProjectLogs({ projectId: project.id, query: { latest: true } })).logs.map((l) => l.message);
    fake.log(project.id, { message: "before any deploy" });
    expect(await latest()).toEqual([]);
    await platform.deployProject({ projectId: project.id, body: { versionName: "v1", files, labels: {} } });
    fake.log(project.id, { message: "on v1" });
    await platform.deployProject({ projectId: project.id, body: { versionName: "v2", files, labels: {} } });
    fake.log(project.id, { message: "on v2" });
    const v2 = ["deploying version v2 to production", "version v2 is running in production", "on v2"];
    expect(await latest()).toEqual(v2);
    fake.settings.deployError = "compile error";
    await platform.deployProject({ projectId: project.id, body: { versionName: "v3", files, labels: {} } });
    expect(await latest()).toEqual(v2);
    expect((await platform.getProjectLogs({ projectId: project.id, query: { latest: true, build: false } })).logs.map((l) => l.message)).toEqual(["on v2"]);
    expect((await platform.searchProjectLogs({ projectId: project.id, body: { latest: true, order: "desc" } })).logs.map((l) => l.message)).toEqual([...v2].reverse());
    expect((await platform.getProjectLogs({ projectId: project.id })).logs).toHaveLength(9);
  });
  test("SearchProjectLogs' filters: a field eq / not_eq / reg_eq / not_reg_eq, the message search / not_search; a bad one is 400 naming it", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Filtered" } });
    fake.log(project.id, { message: "order 1042 copied to the ERP", fields: { orderId: "1042" } });
    fake.log(project.id, { message: "ERP answered 503", severity: "ERROR", fields: { orderId: "1043" } });
    fake.log(project.id, { message: "order 2001 copied to the ERP", fields: { orderId: "2001" } });
    const search = async (filters: { field?: string; value: string; match: string }[]) =>
      (await platform.searchProjectLogs({ projectId: project.id, body: { filters } })).logs.map((l) => l.message);

    expect(await search([{ field: "severity", value: "ERROR", match: "eq" }])).toEqual(["ERP answered 503"]);
    expect(await search([{ field: "severity", value: "ERROR", match: "not_eq" }])).toEqual(["order 1042 copied to the ERP", "order 2001 copied to the ERP"]);
    expect(await search([{ field: "orderId", value: "^10", match: "reg_eq" }])).toEqual(["order 1042 copied to the ERP", "ERP answered 503"]);
    expect(await search([{ field: "fields.orderId", value: "^10", match: "not_reg_eq" }])).toEqual(["order 2001 copied to the ERP"]);
    expect(await search([{ value: "copied", match: "search" }, { field: "orderId", value: "2001", match: "not_eq" }])).toEqual(["order 1042 copied to the ERP"]);
    expect(await search([{ value: "copied", match: "not_search" }])).toEqual(["ERP answered 503"]);

    const bad = await rejection(platform.searchProjectLogs({ projectId: project.id, body: { filters: [{ value: "x", match: "like" }] } }));
    expect([bad.status, bad.body.fields]).toEqual([400, [{ field: "filters[0].match", message: "is not one of eq, not_eq, reg_eq, not_reg_eq, search, not_search" }]]);
    expect((await rejection(platform.searchProjectLogs({ projectId: project.id, body: { filters: [{ field: "orderId", value: "(", match: "reg_eq" }] } }))).body.fields[0].field).toBe("filters[0].value");
  });
});
