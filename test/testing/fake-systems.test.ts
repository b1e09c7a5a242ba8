// Systems and their auth scheme configs on the fake platform through the real Platform client:
// a system a project's connection template uses cannot be deleted (409); UpsertAuthSchemeConfig adds or replaces a config in the system (GetSystem and ListSystems show
// it), DeleteAuthSchemeConfig removes it, then 404; the body's id must be the path's.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

const KEY = "01JRH9Y0GMSHGBSKEQ93AATC1N";
const OAUTH = "01JRH9Y0GMSHGBSKEQ93AATC2P";
const apiKey = (name: string) => ({ type: "api-key" as const, apiKey: { id: KEY, description: "Store API key", name, in: "header" as const } });

async function withSystem() {
  const clients = fakeClients();
  const system = await clients.platform.createSystem({
    body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [apiKey("X-Shopify-Access-Token")] },
  });
  return { ...clients, system };
}

describe("auth scheme configs", () => {
  test("upsert adds one, then replaces it under the same id; the system shows them in order; delete then 404", async () => {
    const { platform, system } = await withSystem();
    const oauth2 = {
      type: "oauth2" as const,
      oauth2: {
        id: OAUTH,
        description: "Shopify OAuth",
        tokenUrl: "https://shop.example/oauth/token",
        scopes: [],
        defaultScopes: ["read_orders"],
        grant: { type: "authorizationCode" as const, authorizationCode: { clientId: "client-1", clientSecret: "s3cret" } },
      },
    };
    const stored = await platform.upsertAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH, body: oauth2 });
    // The client secret is accepted on writes and never shown.
    const shown = { ...oauth2, oauth2: { ...oauth2.oauth2, grant: { type: "authorizationCode", authorizationCode: { clientId: "client-1" } } } };
    expect(stored).toEqual(shown);
    expect((await platform.getSystem({ systemId: system.id })).authSchemeConfigs).toEqual([apiKey("X-Shopify-Access-Token"), shown]);

    await platform.upsertAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: KEY, body: apiKey("X-Api-Key") });
    expect((await platform.getSystem({ systemId: system.id })).authSchemeConfigs).toEqual([apiKey("X-Api-Key"), shown]);
    expect((await platform.listSystems()).items.map((s) => s.authSchemeConfigs)).toEqual([[apiKey("X-Api-Key"), shown]]);

    await platform.deleteAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH });
    expect((await platform.getSystem({ systemId: system.id })).authSchemeConfigs).toEqual([apiKey("X-Api-Key")]);
    expect((await rejection(platform.deleteAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH }))).status).toBe(404);
  });

  test("the body's id must be the path's (400 naming it); an unknown system is 404; a kind without settings is kept under the path's id", async () => {
    const { platform, system } = await withSystem();
    const mismatch = await rejection(platform.upsertAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH, body: apiKey("X-Api-Key") }));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.fields).toEqual([{ field: "apiKey.id", message: `must be ${OAUTH}, the id in the path` }]);
    expect((await rejection(platform.upsertAuthSchemeConfig({ systemId: OAUTH, authSchemeConfigId: KEY, body: apiKey("X") }))).status).toBe(404);

    await platform.upsertAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH, body: { type: "secret" } });
    expect((await platform.getSystem({ systemId: system.id })).authSchemeConfigs.map((c) => c.type)).toEqual(["api-key", "secret"]);
    await platform.deleteAuthSchemeConfig({ systemId: system.id, authSchemeConfigId: OAUTH });
    expect((await platform.getSystem({ systemId: system.id })).authSchemeConfigs.map((c) => c.type)).toEqual(["api-key"]);
  });
});

describe("systems", () => {
  test("a system a connection template uses is 409 on delete; once the template is gone it deletes, then 404", async () => {
    const { platform, system } = await withSystem();
    const project = await platform.createProject({ body: { name: "Shop sync" } });
    const template = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shop" } });
    const refused = await rejection(platform.deleteSystem({ systemId: system.id }));
    expect([refused.status, refused.body.code]).toEqual([409, "conflict"]);
    expect((await platform.getSystem({ systemId: system.id })).id).toBe(system.id);

    await platform.deleteConnectionTemplate({ projectId: project.id, templateId: template.connectionTemplateId! });
    await platform.deleteSystem({ systemId: system.id });
    expect((await rejection(platform.getSystem({ systemId: system.id }))).status).toBe(404);
  });
});
