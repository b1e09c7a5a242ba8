// Static connections (of no end user) linked to an environment's connection templates on the fake
// platform through the real Platform client: link, list by environment, unlink.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

describe("static connections", () => {
  test("a linked connection is listed for its template's environment; unlinked, it is not; linking to an unknown template is 404", async () => {
    const { platform } = fakeClients({ environments: ["staging", "production"] });
    const project = await platform.createProject({ body: { name: "Shop sync" } });
    const [staging, production] = project.environments;
    const system = await platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
    const template = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shop", environmentId: staging!.id } });
    const connection = await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, connection: { name: "acme-shop", credentials: [] } } });
    const listed = async (envId?: string) => (await platform.listEnvironmentConnections({ projectId: project.id, query: envId ? { env_id: envId } : {} })).items.map((c) => c.id);

    expect(await listed(staging!.id)).toEqual([]);
    await platform.linkConnectionToEnvironment({ connectionId: connection.id, body: { connectionTemplateId: template.connectionTemplateId! } });
    expect(await listed(staging!.id)).toEqual([connection.id]);
    expect(await listed(production!.id)).toEqual([]);
    expect(await listed()).toEqual([connection.id]);

    await platform.unlinkConnectionFromEnvironment({ connectionId: connection.id, body: { connectionTemplateId: template.connectionTemplateId! } });
    expect(await listed(staging!.id)).toEqual([]);
    expect((await rejection(platform.unlinkConnectionFromEnvironment({ connectionId: connection.id, body: { connectionTemplateId: template.connectionTemplateId! } }))).status).toBe(404);
    expect((await rejection(platform.linkConnectionToEnvironment({ connectionId: connection.id, body: { connectionTemplateId: "01JRXPT4W4NRWVZS79ZCKRD96C" } }))).status).toBe(404);
    expect((await rejection(platform.listEnvironmentConnections({ projectId: project.id, query: { env_id: "01JRXPT4W4NRWVZS79ZCKRD96C" } }))).status).toBe(404);
  });
});

describe("seeded connection templates", () => {
  test("a template seeded as the contract has it (id its system's) is updated and deleted by its connectionTemplateId", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "Seeded" } });
    const system = await platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
    const own = "01JRYR64PT6H1MZ1EBFNZKNSEX";
    fake.seed(`/o/${fake.organisationId}/projects/${project.id}/connection-templates`, [
      { id: system.id, connectionTemplateId: own, name: "shop", domain: "shopify.com", dynamic: false, authSchemeConfigs: [], templateBaseUrl: "https://{shop}.myshopify.com" },
    ]);
    const updated = await platform.updateConnectionTemplate({ projectId: project.id, templateId: own, body: { name: "shop-eu" } });
    expect([updated.connectionTemplateId, updated.name]).toEqual([own, "shop-eu"]);
    await platform.deleteConnectionTemplate({ projectId: project.id, templateId: own });
    expect((await rejection(platform.deleteConnectionTemplate({ projectId: project.id, templateId: own }))).status).toBe(404);
  });
});
