// A tour of the Platform API: create a project, deploy it, read its logs, then create an end user
// and activate them. Works against production, the fake platform (`npm run demo`) or a mock:
//
//   VERSORI_API_KEY=... VERSORI_ORG_ID=... npx tsx examples/platform-tour.ts
//
// Against production this creates a project, deploys it to "production" and creates an end user:
// run it in an organisation meant for trying things out.
import { createPlatformClient, PLATFORM_PRODUCTION_URL, VersoriApiError, type ProjectFile } from "versori-client";

const env = process.env;
const apiKey = env.VERSORI_API_KEY;
if (!apiKey) {
  console.error("Set VERSORI_API_KEY to an API key of your organisation.");
  process.exit(2);
}
const platform = createPlatformClient({
  baseUrl: env.VERSORI_PLATFORM_URL || PLATFORM_PRODUCTION_URL,
  token: apiKey,
  organisationId: env.VERSORI_ORG_ID || "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
});

const files: ProjectFile[] = [{ filename: "src/index.ts", content: 'import { webhook } from "@versori/run";\n\nexport const orders = webhook("orders");\n' }];

// 1. A project, with the execution pool its environments will run in.
const pools = await platform.listExecutionPools();
const project = await platform.createProject({ body: { name: "Order sync (tour)", executionPool: pools.executionPools[0]?.name } });
console.log(`created project ${project.id} "${project.name}", environments: ${project.environments.map((e) => e.name).join(", ") || "none yet"}`);

// 2. Deploy the files to production: the platform makes a version from them, builds and deploys it.
const deployed = await platform.deployProject({
  projectId: project.id,
  query: { project_env: "production" },
  body: { versionName: "tour-1", versionDescription: "First deployment from the tour", files, labels: {} },
});
for (const environment of deployed.environments) {
  console.log(`  ${environment.name}: ${environment.status}, ${environment.publicUrl}, version ${environment.deployedVersion?.name ?? "-"}`);
}

// 3. Its logs: paginate walks every page, following the logs' own cursor (next_token / nextToken),
// and the loop ends after the last one (as in the README's tour).
let lines = 0;
for await (const line of platform.paginate.getProjectLogs({ projectId: project.id, pageSize: 50, query: { project_env: "production" } })) {
  lines += 1;
  if (line.severity === "ERROR") console.log(`  [${line.severity}] ${line.timestamp} ${line.message}`);
}
console.log(`  ${lines} log line(s) read`);

// 4. An end user (your own customer) and their activation in production, with a connection of
// their own for each connection template of the environment.
const user = await platform.createEndUser({ body: { externalId: "cust-48213", displayName: "Northwind Traders" } });
console.log(`created end user ${user.externalId} (${user.id})`);
const production = deployed.environments.find((e) => e.name === "production") ?? deployed.environments[0];
if (!production) throw new Error("the project has no environment to activate the user in");
const templates = await platform.listProjectConnectionTemplates({ projectId: project.id, query: { env_id: production.id } });
const activation = await platform.activateUser({
  body: {
    userId: user.externalId,
    environmentId: production.id,
    connections: templates.items.map((template) => ({
      connectionTemplateId: template.connectionTemplateId ?? template.id,
      connection: {
        name: `${user.externalId}-${template.name}`,
        credentials: (template.authSchemeConfigs[0] ? [template.authSchemeConfigs[0]] : []).map((authSchemeConfig) => ({
          id: authSchemeConfig.apiKey?.id ?? "01JRBDGSR701BCGC8FW9JP7ENG",
          authSchemeConfig,
          credential: { id: "01JRASCRXGFTKHQHYMSAHAVHV4", organisationId: user.organisationId, type: "string", data: { string: { value: "the user's API key" } } },
        })),
      },
    })),
    dynamicVariables: { region: "eu-west" },
  },
});
console.log(`activated ${activation.user.externalId} in ${activation.environment?.name ?? production.name}: activation ${activation.id}, ${activation.connections?.length ?? 0} connection(s)`);

// 5. An end user that does not exist: the call rejects with a VersoriApiError. `Prefer: code=404`
// makes a Prism mock answer 404 as well; the platform and the fake ignore the header.
try {
  await platform.getEndUser({ userId: "no-such-user", headers: { Prefer: "code=404" } });
  throw new Error("expected a 404 for an end user that does not exist");
} catch (error) {
  if (!(error instanceof VersoriApiError)) throw error;
  console.log(`getEndUser("no-such-user"): ${error.status} ${error.code}: ${error.message}`);
}
