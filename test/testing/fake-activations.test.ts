// Activations on the fake platform through the real Platform client: ActivateUser needs a
// connection for every connection template of the environment and dynamic variables that match
// the project's variables schema; what it makes is found by ListUserActivations, GetActivation,
// ListConnections (end_user_id), and removed by DeleteActivation.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

async function environmentWithTemplate() {
  const clients = fakeClients();
  const { platform } = clients;
  const project = await platform.createProject({ body: { name: "Shopify sync" } });
  const production = project.environments[0]!;
  const system = await platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
  const template = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shop", environmentId: production.id } });
  const user = await platform.createEndUser({ body: { externalId: "cust-1" } });
  return { ...clients, project, production, template, user };
}

describe("activations", () => {
  test("activate with a new connection, then find the activation and the user's connection; delete then 404", async () => {
    const { platform, project, production, template, user } = await environmentWithTemplate();
    expect((await platform.listProjectConnectionTemplates({ projectId: project.id, query: { env_id: production.id } })).items.map((t) => t.id)).toEqual([template.id]);
    const activation = await platform.activateUser({
      body: { userId: "cust-1", environmentId: production.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, connection: { name: "cust-1-shop", credentials: [] } }], dynamicVariables: { region: "eu" } },
    });
    expect([activation.user.externalId, activation.environment?.id, activation.connections?.map((c) => c.name)]).toEqual(["cust-1", production.id, ["cust-1-shop"]]);
    expect((await platform.listUserActivations({ environmentId: production.id, externalUserId: "cust-1" })).map((a) => a.id)).toEqual([activation.id]);
    expect((await platform.getActivation({ environmentId: production.id, activationId: activation.id })).dynamicVariables).toEqual({ region: "eu" });
    const theirs = (await platform.listConnections({ query: { end_user_id: user.id } })).items;
    expect(theirs.map((c) => c.id)).toEqual(activation.connections!.map((c) => c.id));

    expect(await platform.setDynamicVariables({ environmentId: production.id, activationId: activation.id, body: { tier: "gold" } })).toEqual({ region: "eu", tier: "gold" });
    await platform.deleteActivation({ environmentId: production.id, activationId: activation.id });
    expect((await rejection(platform.getActivation({ environmentId: production.id, activationId: activation.id }))).status).toBe(404);
    expect(await platform.listActivations({ environmentId: production.id })).toEqual([]);
  });

  test("GetActivationConnection answers the activation's connection for a template; another template or activation is 404", async () => {
    const { platform, production, template } = await environmentWithTemplate();
    const activation = await platform.activateUser({
      body: { userId: "cust-1", environmentId: production.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, connection: { name: "cust-1-shop", credentials: [] } }] },
    });
    const connection = await platform.getActivationConnection({ envSystemId: template.connectionTemplateId!, activationId: activation.id });
    expect([connection.id, connection.name]).toEqual([activation.connections![0]!.id, "cust-1-shop"]);
    expect((await rejection(platform.getActivationConnection({ envSystemId: "01JRXPT4W4NRWVZS79ZCKRD96C", activationId: activation.id }))).status).toBe(404);
    expect((await rejection(platform.getActivationConnection({ envSystemId: template.connectionTemplateId!, activationId: "01JRXPT4W4NRWVZS79ZCKRD96C" }))).status).toBe(404);
  });

  // Found reading the fake: activations are kept by environment, and GetActivationConnection,
  // whose path names none, looks in every environment's; a deleted environment's or project's
  // activations stayed there and were still found.
  test.each(["environment", "project"] as const)("deleting the %s takes its activations along: GetActivationConnection is 404 after", async (what) => {
    const { fake, platform, project, production, template } = await environmentWithTemplate();
    const activation = await platform.activateUser({
      body: { userId: "cust-1", environmentId: production.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, connection: { name: "cust-1-shop", credentials: [] } }] },
    });
    await platform.getActivationConnection({ envSystemId: template.connectionTemplateId!, activationId: activation.id });
    if (what === "environment") await platform.deleteEnvironment({ projectId: project.id, environmentId: production.id });
    else await platform.deleteProject({ projectId: project.id });
    expect((await rejection(platform.getActivationConnection({ envSystemId: template.connectionTemplateId!, activationId: activation.id }))).status).toBe(404);
    expect(fake.state.items(`/o/${fake.organisationId}/environments/${production.id}/activations`)).toEqual([]);
  });

  test("an existing connection serves a template", async () => {
    const { platform, production, template } = await environmentWithTemplate();
    const connection = await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, externalId: "cust-1", connection: { name: "shared", credentials: [] } } });
    const activation = await platform.activateUser({ body: { userId: "cust-1", environmentId: production.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, existingConnectionId: connection.id }] } });
    expect(activation.connections?.map((c) => c.id)).toEqual([connection.id]);
  });

  test("ListConnections: end_user_id by the user's id or external id (only theirs); system_id by the system of the connection's template", async () => {
    const { platform, project, production, template, user } = await environmentWithTemplate();
    const other = await platform.createSystem({ body: { name: "Xero", domain: "xero.com", templateBaseUrl: "https://api.xero.com", authSchemeConfigs: [] } });
    const otherTemplate = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: other.id, name: "books", environmentId: production.id } });
    const shop = await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, externalId: "cust-1", connection: { name: "shop", credentials: [] } } });
    const books = await platform.createConnection({ body: { connectionTemplateId: otherTemplate.connectionTemplateId!, externalId: "cust-1", connection: { name: "books", credentials: [] } } });
    await platform.createEndUser({ body: { externalId: "cust-2" } });
    await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, externalId: "cust-2", connection: { name: "someone else's", credentials: [] } } });

    const ids = async (query: { end_user_id?: string; system_id?: string }) => (await platform.listConnections({ query })).items.map((c) => c.id);
    expect(await ids({ end_user_id: user.id })).toEqual([shop.id, books.id]);
    expect(await ids({ end_user_id: "cust-1" })).toEqual([shop.id, books.id]);
    expect(books.systemId).toBe(other.id);
    expect(await ids({ end_user_id: "cust-1", system_id: other.id })).toEqual([books.id]);
    // The organisation's own connections are no end user's; an unknown end user has none.
    const own = await platform.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, connection: { name: "the organisation's", credentials: [] } } });
    expect(await ids({ end_user_id: "cust-1" })).toEqual([shop.id, books.id]);
    expect(await ids({ end_user_id: "nobody" })).toEqual([]);
    expect(await ids({})).toContain(own.id);
  });

  test("a template without a connection is the contract's 400 naming the template", async () => {
    const { platform, production, template } = await environmentWithTemplate();
    const error = await rejection(platform.activateUser({ body: { userId: "cust-1", environmentId: production.id, connections: [] } }));
    expect([error.status, error.code]).toEqual([400, "bad_request"]);
    expect(error.fields).toEqual([{ field: "connections", message: `no connection for the template shop (${template.connectionTemplateId})` }]);
  });

  test("dynamic variables are checked against the project's variables schema", async () => {
    const { platform, project, production, template } = await environmentWithTemplate();
    await platform.setProjectVariablesSchema({ projectId: project.id, body: { type: "object", properties: { region: { type: "string", enum: ["eu", "us"] } }, required: ["region"] } });
    const connections = [{ connectionTemplateId: template.connectionTemplateId!, connection: { name: "c", credentials: [] } }];
    const wrong = await rejection(platform.activateUser({ body: { userId: "cust-1", environmentId: production.id, connections, dynamicVariables: { region: "mars" } } }));
    expect([wrong.status, wrong.fields[0].field]).toEqual([400, "dynamicVariables.region"]);
    const patched = await platform.patchProjectVariablesSchema({ projectId: project.id, body: { op: "add", path: "/properties/tier", value: { type: "string" } } });
    expect(Object.keys((patched as { properties: object }).properties)).toEqual(["region", "tier"]);
    const ok = await platform.activateUser({ body: { userId: "cust-1", environmentId: production.id, connections, dynamicVariables: { region: "eu", tier: "gold" } } });
    expect(ok.dynamicVariables).toEqual({ region: "eu", tier: "gold" });
  });

  test("an unknown end user or environment is 404", async () => {
    const { platform, production } = await environmentWithTemplate();
    expect((await rejection(platform.activateUser({ body: { userId: "nobody", environmentId: production.id, connections: [] } }))).status).toBe(404);
    expect((await rejection(platform.activateUser({ body: { userId: "cust-1", environmentId: "01JR7ZAY1187NGRJXS8JZXA0P3", connections: [] } }))).status).toBe(404);
  });
});

describe("static user variables", () => {
  test("SetStaticUserVariables merges what is sent into the environment's static variables, checked against the variables schema; CloneEnvironment copies them when asked", async () => {
    const { platform, project, production } = await environmentWithTemplate();
    await platform.setProjectVariablesSchema({ projectId: project.id, body: { type: "object", properties: { region: { type: "string" }, shards: { type: "integer" } } } });
    expect(await platform.setStaticUserVariables({ environmentId: production.id, body: { region: "eu" } })).toEqual({ region: "eu" });
    expect(await platform.setStaticUserVariables({ environmentId: production.id, body: { shards: 3 } })).toEqual({ region: "eu", shards: 3 });
    const refused = await rejection(platform.setStaticUserVariables({ environmentId: production.id, body: { shards: "many" } }));
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ field: "shards", message: "must be integer" }]);
    expect((await rejection(platform.setStaticUserVariables({ environmentId: "01JR7ZAY1187NGRJXS8JZXA0P3", body: { region: "us" } }))).status).toBe(404);

    const clone = (newEnvName: string, copyStaticUserVariables: boolean) =>
      platform.cloneEnvironment({ projectId: project.id, body: { oldEnvName: production.name, newEnvName, cloneSystems: false, copyStaticUserVariables } });
    const copied = (await clone("qa", true)).environments.find((e) => e.name === "qa")!;
    const bare = (await clone("uat", false)).environments.find((e) => e.name === "uat")!;
    // What the copies hold shows in what the next set answers.
    expect(await platform.setStaticUserVariables({ environmentId: copied.id, body: { shards: 4 } })).toEqual({ region: "eu", shards: 4 });
    expect(await platform.setStaticUserVariables({ environmentId: bare.id, body: { shards: 4 } })).toEqual({ shards: 4 });
    expect(await platform.setStaticUserVariables({ environmentId: production.id, body: {} })).toEqual({ region: "eu", shards: 3 });
  });
});
