// Defects found by using the packed fake as an app would (issue 25, /tmp/fakeuser-app): each test
// here failed before its fix.
import { describe, expect, test } from "vitest";
import { createEndUserSession } from "../../src/embed/index.js";
import { promote } from "../../src/operate/promote.js";
import { waitForEnvironment } from "../../src/operate/wait-for-environment.js";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

describe("a request at a path no API of the fake serves", () => {
  test("is a 404 whose message says where the APIs are (VERSORI_PLATFORM_URL set to startFakePlatform's url)", async () => {
    const { fake } = fakeClients();
    const answer = await fake.fetch(`http://127.0.0.1:4010/o/${fake.organisationId}/projects`, { headers: { authorization: `Bearer ${fake.apiKey}` } });
    expect(answer.status).toBe(404);
    // Was: "No operation answers GET /o/.../projects was not found."
    expect((await answer.json()).message).toBe(
      `No operation answers GET /o/${fake.organisationId}/projects: the fake serves the Platform API under /api/v2 and the Organisations API under /api/organisations/v1 (startFakePlatform's baseUrls).`,
    );
  });

  test("inside an API's base path, names the operation that is missing without a second verb", async () => {
    const { fake } = fakeClients();
    const answer = await fake.fetch("https://platform.versori.com/api/v2/no/such/thing", { headers: { authorization: `Bearer ${fake.apiKey}` } });
    expect(answer.status).toBe(404);
    expect((await answer.json()).message).toBe("No operation of the Platform API answers GET /no/such/thing.");
  });
});

test("a method a path does not have is 405 with the Allow header HTTP asks for (was: no Allow)", async () => {
  const { fake } = fakeClients();
  const answer = await fake.fetch(`https://platform.versori.com/api/v2/o/${fake.organisationId}/projects`, { method: "PATCH", headers: { authorization: `Bearer ${fake.apiKey}` } });
  expect([answer.status, answer.headers.get("allow")]).toEqual([405, "GET, POST"]);
});

test("state.items takes the path seed takes (a path alone is the Platform API's); was [] without the `platform:` prefix", async () => {
  const { fake, platform } = fakeClients();
  const user = await platform.createEndUser({ body: { externalId: "cust-1", displayName: "Northwind" } });
  expect(fake.state.items(`/o/${fake.organisationId}/users`)).toEqual([expect.objectContaining({ id: user.id, externalId: "cust-1" })]);
  expect(fake.state.items(`platform:/o/${fake.organisationId}/users`)).toEqual(fake.state.items(`/o/${fake.organisationId}/users`));
});

describe("seed, as the guide shows it", () => {
  test("a seeded end user is complete in state: the fake's organisation, timestamps, the same in a list as when read", async () => {
    const { fake, platform } = fakeClients();
    const [stored] = fake.seed(`/o/${fake.organisationId}/users`, [{ externalId: "cust-1", displayName: "Northwind" }]);
    expect(stored).toMatchObject({ externalId: "cust-1", displayName: "Northwind", organisationId: fake.organisationId });
    expect(stored!.id).toMatch(ULID);
    expect(Date.parse(String(stored!.createdAt))).not.toBeNaN();
    // Was: read with the contract example's organisation (01HQ2Z8W...), listed without it.
    const read = await platform.getEndUser({ userId: "cust-1" });
    expect(read.organisationId).toBe(fake.organisationId);
    expect((await platform.listEndUsers()).users).toEqual([read]);
  });

  test("a seeded project has the fake's environments and deploys (was: a TypeError inside the fake)", async () => {
    const { fake, platform } = fakeClients();
    const [seeded] = fake.seed(`/o/${fake.organisationId}/projects`, [{ name: "Seeded" }]);
    const projectId = String(seeded!.id);
    const project = await platform.getProject({ projectId });
    expect(project.environments.map((e) => [e.name, e.status])).toEqual([["production", "draft"]]);
    await platform.deployProject({ projectId, query: { project_env: "production" }, body: { versionName: "v1", files: [], labels: {} } });
    expect((await platform.getProject({ projectId })).environments[0]).toMatchObject({ status: "running", deployedVersion: { name: "v1" } });
  });

  test("a path nothing would read from throws at once (was: stored where no call finds it, later 404s)", () => {
    const { fake } = fakeClients();
    expect(() => fake.seed(`o/${fake.organisationId}/users`, [{ externalId: "cust-1" }])).toThrow(
      new TypeError(`seed: o/${fake.organisationId}/users is not a path below the API's base path: it starts with "/" (\`/o/${fake.organisationId}/users\`)`),
    );
    expect(() => fake.seed("/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/users", [{ externalId: "cust-1" }])).toThrow(
      new TypeError(`seed: /o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/users names organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD, not the fake's (${fake.organisationId}); calls for another organisation are 403`),
    );
    expect(fake.state.collections.size).toBe(1); // the organisation alone
  });

  test("what an item gives is kept: its id, its fields", async () => {
    const { fake, platform } = fakeClients();
    fake.seed(`/o/${fake.organisationId}/users`, [{ id: "01JR1BZQCYS9AMYX9277MZHQ8C", externalId: "cust-2", displayName: "Contoso", createdAt: "2025-01-01T00:00:00Z" }]);
    expect(await platform.getEndUser({ userId: "01JR1BZQCYS9AMYX9277MZHQ8C" })).toMatchObject({ externalId: "cust-2", displayName: "Contoso", createdAt: "2025-01-01T00:00:00Z" });
  });
});

describe("promote (SyncEnvironments), as a deploy script does it", () => {
  const files = [{ filename: "src/index.ts", content: "export {};\n" }];
  async function staged(settings = {}) {
    const clients = fakeClients({ environments: ["staging", "production"], settings });
    const project = await clients.platform.createProject({ body: { name: "Order sync" } });
    await clients.platform.deployProject({ projectId: project.id, query: { project_env: "staging" }, body: { versionName: "v7", files, labels: {} } });
    return { ...clients, projectId: project.id };
  }

  test("the target runs the source's version (was: the contract's example, another project's v14)", async () => {
    const { platform, projectId } = await staged({ deployDelayMs: 20 });
    await waitForEnvironment(platform, { projectId, environment: "staging", version: "v7", intervalMs: 5 });
    const promoted = await promote(platform, { projectId, from: "staging", to: "production" });
    expect(promoted.version?.name).toBe("v7");
    expect(promoted.environment.status).toBe("draft"); // until the copy settles
    const production = await waitForEnvironment(platform, { projectId, environment: "production", version: promoted.version?.name, intervalMs: 5 });
    expect(production).toMatchObject({ status: "running", deployedVersion: { name: "v7" } });
    const lines: string[] = [];
    for await (const line of platform.paginate.getProjectLogs({ projectId, query: { project_env: "production" } })) lines.push(line.message);
    expect(lines).toEqual(["deploying version v7 to production", "version v7 is running in production"]);
  });

  test("settings.deployError fails the target as a deploy would", async () => {
    const { fake, platform, projectId } = await staged();
    fake.settings.deployError = "out of memory";
    const { version } = await promote(platform, { projectId, from: "staging", to: "production" });
    const failed = await waitForEnvironment(platform, { projectId, environment: "production", version: version?.name, intervalMs: 5 }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ reason: "environment_failed", state: "error" });
  });

  test("a seeded source's version, which the fake never made, is the one copied", async () => {
    const { fake, platform } = fakeClients({ environments: ["staging", "production"] });
    const [seeded] = fake.seed(`/o/${fake.organisationId}/projects`, [{ name: "Seeded" }]);
    const projectId = String(seeded!.id);
    (seeded!.environments as { deployedVersion?: object }[])[0]!.deployedVersion = { id: "01JRCGD40FZGD7VEG1KFQ3YGZ6", name: "v14", state: "ready", createdAt: "2025-03-11T16:42:10Z" };
    const { version } = await promote(platform, { projectId, from: "staging", to: "production" });
    expect(version?.name).toBe("v14");
    expect((await platform.getProject({ projectId })).environments[1]).toMatchObject({ status: "running", deployedVersion: { name: "v14" } });
  });

  test("a source that runs nothing is 400 naming it; an environment the project lacks is 404", async () => {
    const { platform, projectId } = await staged();
    const nothing = await rejection(platform.syncEnvironments({ projectId, body: { sourceEnvName: "production", targetEnvName: "staging" } }));
    expect([nothing.status, nothing.fields]).toEqual([400, [{ field: "sourceEnvName", message: "runs no version yet" }]]);
    const missing = await rejection(platform.syncEnvironments({ projectId, body: { sourceEnvName: "staging", targetEnvName: "qa" } }));
    expect([missing.status, missing.message]).toEqual([404, "Environment qa was not found."]);
  });
});

describe("fail, before and count name an operation by its operationId", () => {
  test("a client method's name (listProjects) is a TypeError naming the operationId (was: accepted, never fired, counted 0)", () => {
    const { fake } = fakeClients();
    const hint = new TypeError("no operation listProjects in the Platform or Organisations API: the operationId of that call is ListProjects");
    expect(() => fake.fail("listProjects", { status: 503 })).toThrow(hint);
    expect(() => fake.count("listProjects")).toThrow(hint);
    expect(() => fake.before("listProjects", () => undefined)).toThrow(hint);
    expect(() => fake.fail("NoSuchThing")).toThrow(new TypeError("no operation NoSuchThing in the Platform or Organisations API"));
    expect(fake.count("ListProjects")).toBe(0);
  });
});

test("a connection template's id is its system's, as the contract says, so embedding.md's session.connections({ systemId: template.id }) finds the user's connection (was: the template's own id, and none found)", async () => {
  const { fake, platform } = fakeClients();
  const project = await platform.createProject({ body: { name: "Shopify sync" } });
  const system = await platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
  const created = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shop", environmentId: project.environments[0]!.id } });
  expect(created.id).toBe(system.id);
  expect(created.connectionTemplateId).not.toBe(system.id);
  const session = createEndUserSession({ organisationId: fake.organisationId, token: await fake.endUserToken("cust-1"), fetch: fake.fetch });
  const [integration] = await session.integrations({ environmentName: "production" });
  const template = integration!.connectionTemplates[0]!;
  await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, externalId: "cust-1", connection: { name: "my shop", credentials: [] } } });
  const [shopify] = await session.connections({ systemId: template.id });
  expect(shopify?.name).toBe("my shop");
  const activation = await session.activate({ environmentId: integration!.environment.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, existingConnectionId: shopify!.id }] });
  expect(activation.connections?.map((c) => c.id)).toEqual([shopify!.id]);
});
