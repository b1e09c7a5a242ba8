// Automations and issues on the fake platform through the real Platform client: what the contract
// alone gives (create, read, update, list) and the runs of an automation.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

describe("automations", () => {
  test("create then get, update then read, run then find the run", async () => {
    const { platform } = fakeClients();
    const automation = await platform.createAutomation({ body: { name: "Refunds", promptTemplate: "Refund {order}" } });
    expect(await platform.getAutomation({ automationId: automation.id })).toEqual(automation);
    await platform.updateAutomation({ automationId: automation.id, body: { name: "Refunds v2" } });
    expect((await platform.getAutomation({ automationId: automation.id })).name).toBe("Refunds v2");
    expect((await platform.listAutomations()).map((a) => a.id)).toEqual([automation.id]);

    const { runId } = await platform.runAutomation({ automationId: automation.id, body: { prompt: "Refund order 1042" } });
    expect(await platform.getAutomationRun({ automationId: automation.id, runId })).toMatchObject({ id: runId, status: "completed", prompt: "Refund order 1042" });
    expect((await platform.listAutomationRuns({ automationId: automation.id })).map((r) => r.id)).toEqual([runId]);
    expect((await rejection(platform.runAutomation({ automationId: "01JRA8Q8AXW5H0RK1V9J2JT7QC", body: { prompt: "x" } }))).status).toBe(404);
  });
});

describe("issues", () => {
  test("create, list, update", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "P" } });
    const environmentId = project.environments[0]!.id;
    const issue = await platform.createIssue({
      body: { organisationId: fake.organisationId, projectId: project.id, environmentId, reason: "error", severity: "high", title: "Orders stuck" },
    });
    expect(issue).toMatchObject({ title: "Orders stuck", environmentId, projectId: project.id });
    expect((await platform.listIssues()).map((i) => i.id)).toEqual([issue.id]);
    const updated = await platform.updateIssue({ issueId: issue.id, body: { title: "Orders stuck in sync" } });
    expect(updated.title).toBe("Orders stuck in sync");
  });
});
