// CloneProject and CloneEnvironment on the fake platform through the real Platform client, as the
// contract describes them: a cloned project is a new project with the source's files, settings,
// variables schema, environments (their config, not deployed) and connection templates, and no
// connections; a cloned environment is a new environment of the project with the source's config
// (and, with cloneSystems, its connection templates), not deployed.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

const MISSING = "01JR1BZQCYS9AMYX9277MZHQ8C";
const config = { deploymentSpec: { replicas: 2 } };
// The contract's defaults, which the client's types require.
const DEFAULTS = { cloneSystems: false, copyStaticUserVariables: false };

async function deployedProject() {
  const clients = fakeClients({ environments: ["production", "staging"] });
  const { platform } = clients;
  const system = await platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
  const project = await platform.createProject({ body: { name: "orders" } });
  const [production, staging] = project.environments as [(typeof project.environments)[0], (typeof project.environments)[0]];
  await platform.updateFiles({ projectId: project.id, body: { files: [{ filename: "src/index.ts", content: "export {};\n" }], labels: { team: "commerce" } } });
  await platform.setProjectVariablesSchema({ projectId: project.id, body: { type: "object", properties: { region: { type: "string" } } } });
  await platform.updateEnvironmentConfig({ environmentId: production.id, body: config });
  const shared = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shopify" } });
  const onlyStaging = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shopify-staging", environmentId: staging.id } });
  const connection = await platform.createConnection({ body: { connectionTemplateId: shared.connectionTemplateId!, connection: { name: "shop", credentials: [] } } });
  await platform.linkConnectionToEnvironment({ connectionId: connection.id, body: { connectionTemplateId: shared.connectionTemplateId! } });
  await platform.deployProject({ projectId: project.id, query: { project_env: "production" }, body: { versionName: "v1", files: [{ filename: "src/index.ts", content: "export {};\n" }], labels: { team: "commerce" } } });
  return { ...clients, system, project: await platform.getProject({ projectId: project.id }), production, staging, shared, onlyStaging };
}

describe("CloneProject", () => {
  test("a new project with the source's files, settings, schema, environments (config, not deployed) and templates; no connections", async () => {
    const { platform, project, staging } = await deployedProject();
    const copy = await platform.cloneProject({ projectId: project.id });
    expect(copy.id).toMatch(ULID);
    expect(copy.id).not.toBe(project.id);
    expect(copy).toMatchObject({ name: project.name, currentFiles: project.currentFiles, dynamicVariablesSchema: project.dynamicVariablesSchema, settings: project.settings, starred: false });
    expect(copy.environments.map((e) => e.name)).toEqual(["production", "staging"]);
    for (const env of copy.environments) {
      expect(project.environments.map((e) => e.id)).not.toContain(env.id);
      expect(env.status).toBe("draft");
      expect(env.deployedVersion).toBeUndefined();
    }
    expect(copy.environments[0]!.config).toEqual(config);
    expect(await platform.getProject({ projectId: copy.id })).toEqual(copy);
    expect((await platform.listProjects()).projects.map((p) => p.id)).toEqual([project.id, copy.id]);

    const templates = (await platform.listProjectConnectionTemplates({ projectId: copy.id })).items;
    expect(templates.map((t) => t.name)).toEqual(["shopify", "shopify-staging"]);
    // The staging-only template belongs to the copy's staging.
    const copyStaging = copy.environments[1]!;
    expect((await platform.listProjectConnectionTemplates({ projectId: copy.id, query: { env_id: copyStaging.id } })).items).toHaveLength(2);
    expect((await platform.listProjectConnectionTemplates({ projectId: copy.id, query: { env_id: copy.environments[0]!.id } })).items.map((t) => t.name)).toEqual(["shopify"]);
    expect(templates.every((t) => t.connectionTemplateId !== undefined)).toBe(true);
    expect((await platform.listEnvironmentConnections({ projectId: copy.id })).items).toEqual([]);
    // The source is untouched.
    expect((await platform.listProjectConnectionTemplates({ projectId: project.id, query: { env_id: staging.id } })).items).toHaveLength(2);
    expect((await platform.listEnvironmentConnections({ projectId: project.id })).items).toHaveLength(1);
    expect((await rejection(platform.cloneProject({ projectId: MISSING }))).status).toBe(404);
  });
});

describe("CloneEnvironment", () => {
  test("a new environment with the source's config and execution pool unless sent, not deployed; cloneSystems copies its templates", async () => {
    const { platform, project, production, staging } = await deployedProject();
    const withQa = await platform.cloneEnvironment({ projectId: project.id, body: { oldEnvName: "production", newEnvName: "qa", ...DEFAULTS } });
    expect(withQa.id).toBe(project.id);
    expect(withQa.environments.map((e) => e.name)).toEqual(["production", "staging", "qa"]);
    const qa = withQa.environments[2]!;
    expect(qa.id).toMatch(ULID);
    expect(qa).toMatchObject({ status: "draft", config });
    expect(qa.deployedVersion).toBeUndefined();
    expect(await platform.getProject({ projectId: project.id })).toEqual(withQa);
    expect(withQa.environments[0]).toEqual(project.environments.find((e) => e.id === production.id));

    const names = async (envId: string) => (await platform.listProjectConnectionTemplates({ projectId: project.id, query: { env_id: envId } })).items.map((t) => t.name);
    expect(await names(qa.id)).toEqual(["shopify"]);
    const uat = (await platform.cloneEnvironment({ projectId: project.id, body: { ...DEFAULTS, oldEnvName: "staging", newEnvName: "uat", cloneSystems: true, executionPool: "pool-2" } })).environments[3]!;
    expect(uat.executionPool).toBe("pool-2");
    // The template of no environment serves uat already; staging's own is copied to uat.
    expect(await names(uat.id)).toEqual(["shopify", "shopify-staging"]);
    expect(await names(staging.id)).toEqual(["shopify", "shopify-staging"]);
    const all = (await platform.listProjectConnectionTemplates({ projectId: project.id })).items;
    expect(all.map((t) => t.name)).toEqual(["shopify", "shopify-staging", "shopify-staging"]);
    expect(new Set(all.map((t) => t.connectionTemplateId)).size).toBe(3);

    const unknown = await rejection(platform.cloneEnvironment({ projectId: project.id, body: { oldEnvName: "nope", newEnvName: "x", ...DEFAULTS } }));
    expect(unknown.status).toBe(404);
    const taken = await rejection(platform.cloneEnvironment({ projectId: project.id, body: { oldEnvName: "production", newEnvName: "qa", ...DEFAULTS } }));
    expect(taken.status).toBe(400);
    expect(taken.body.fields).toEqual([{ field: "newEnvName", message: "is the name of an environment of the project" }]);
    expect((await rejection(platform.cloneEnvironment({ projectId: MISSING, body: { oldEnvName: "production", newEnvName: "y", ...DEFAULTS } }))).status).toBe(404);
  });
});
