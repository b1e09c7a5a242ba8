// The README's short tour (Platform and Connect snippets), step by step against the Prism mocks of
// the contracts (what `startMock({ api })` runs): the calls and the `for await` loops the README
// shows end, with the example answers, instead of stopping on a repeated cursor.
import { expect, inject, test } from "vitest";
import { createConnectClient, createPlatformClient, VersoriApiError, type ProjectFile } from "../../src/index.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";

test("the Platform tour: create a project, deploy it, read every log line", async () => {
  const platform = createPlatformClient({ baseUrl: inject("prismUrls").platform!, token: "demo-api-key", organisationId: ORG, maxRetries: 0 });
  const files: ProjectFile[] = [{ filename: "src/index.ts", content: 'export const orders = webhook("orders");\n' }];
  const project = await platform.createProject({ body: { name: "Order sync" } });
  await platform.deployProject({ projectId: project.id, query: { project_env: "production" }, body: { versionName: "v1", files, labels: {} } });
  const lines = [];
  for await (const line of platform.paginate.getProjectLogs({ projectId: project.id, query: { project_env: "production" } })) lines.push(line);
  expect(lines.length).toBeGreaterThan(0);
});

test("the Connect snippet: a connector narrowed by protocol, then every connector", async () => {
  const connect = createConnectClient({ baseUrl: inject("prismUrls").connect!, token: "demo-api-key", organisationId: ORG, maxRetries: 0 });
  const connector = await connect.getConnector({ connectorId: "01HQ3A1F6NB8D2K4W7Y9ZC5E3G" }).catch((error: unknown) => {
    if (error instanceof VersoriApiError && error.status === 404) return undefined;
    throw error;
  });
  expect(connector).toBeDefined();
  const names = [];
  for await (const c of connect.paginate.listConnectors({ pageSize: 50 })) names.push(c.name);
  expect(names.length).toBeGreaterThan(0);
});
