// Defects found by using the packed fake as an app would (issue 25, /tmp/fakeuser-app): each test
// here failed before its fix.
import { describe, expect, test } from "vitest";
import { fakeClients, ULID } from "../support/fake-clients.js";

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

  test("what an item gives is kept: its id, its fields", async () => {
    const { fake, platform } = fakeClients();
    fake.seed(`/o/${fake.organisationId}/users`, [{ id: "01JR1BZQCYS9AMYX9277MZHQ8C", externalId: "cust-2", displayName: "Contoso", createdAt: "2025-01-01T00:00:00Z" }]);
    expect(await platform.getEndUser({ userId: "01JR1BZQCYS9AMYX9277MZHQ8C" })).toMatchObject({ externalId: "cust-2", displayName: "Contoso", createdAt: "2025-01-01T00:00:00Z" });
  });
});
