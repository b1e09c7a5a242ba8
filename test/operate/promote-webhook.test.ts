// promote (SyncEnvironments, then the version to wait for) and end users' webhook URLs over HTTP.
import { expect, test } from "vitest";
import { promote } from "../../src/operate/promote.js";
import { waitForEnvironment } from "../../src/operate/wait-for-environment.js";
import { endUserWebhookUrl, webhookUrlOf } from "../../src/operate/webhook-url.js";
import { json, startLoopback } from "../support/loopback.js";
import { ORG, platformOn, PROJECT, projectAnswer } from "./answers.js";

test("promote sends SyncEnvironments and names the version the target should come to run", async () => {
  let synced = false;
  const server = await startLoopback((seen, res) => {
    if (seen.method === "POST") synced = true;
    return json(res, 200, projectAnswer([
      { name: "staging", status: "running", version: "v15" },
      { name: "production", status: synced && seen.method === "GET" ? "running" : "draft", version: synced && seen.method === "GET" ? "v15" : "v14" },
    ]));
  });
  const platform = platformOn(server.url);
  const promotion = await promote(platform, { projectId: PROJECT, from: "staging", to: "production" });
  expect(server.requests[0]).toMatchObject({ method: "POST", url: `/o/${ORG}/projects/${PROJECT}/environments/sync` });
  expect(JSON.parse(server.requests[0]!.body.toString("utf8"))).toEqual({ sourceEnvName: "staging", targetEnvName: "production" });
  expect(promotion.environment).toMatchObject({ name: "production", status: "draft" });
  expect(promotion.version?.name).toBe("v15");
  const running = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", version: promotion.version?.name, intervalMs: 5 });
  expect(running.deployedVersion?.name).toBe("v15");
});

test("promote to an environment the answer does not have is environment_not_found", async () => {
  const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([{ name: "staging", status: "running" }])));
  await expect(promote(platformOn(server.url), { projectId: PROJECT, from: "staging", to: "prod" })).rejects.toMatchObject({ reason: "environment_not_found", environment: "prod" });
});

test("an end user's webhook URL: the environment's public URL, the workflow, users, the external id (each encoded)", async () => {
  const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([{ name: "production", status: "running" }])));
  const url = await endUserWebhookUrl(platformOn(server.url), { projectId: PROJECT, environment: "production", webhook: "orders", externalId: "cust 48/213" });
  expect(url).toBe("https://acme-order-sync-production.versori.run/orders/users/cust%2048%2F213");
  expect(server.requests[0]).toMatchObject({ method: "GET", url: `/o/${ORG}/projects/${PROJECT}` });
  expect(webhookUrlOf({ publicUrl: "acme.versori.run/" }, { webhook: "new-order", externalId: "Zoë" })).toBe("https://acme.versori.run/new-order/users/Zo%C3%AB");
});
