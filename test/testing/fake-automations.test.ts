// Automations and issues on the fake platform through the real Platform client: create, read,
// update, list; an automation's secrets and runs; an issue's
// environment and project, and its status through acknowledge, resolve, close and reopen.
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

  test("a new automation has the prompt template sent (empty when not) and no secrets; secrets sent become secretNames, values never returned", async () => {
    const { platform } = fakeClients();
    const automation = await platform.createAutomation({ body: { name: "Triage" } });
    expect(automation).toEqual({ id: automation.id, name: "Triage", createdAt: expect.any(String), promptTemplate: "", secretNames: [] });
    const updated = await platform.updateAutomation({ automationId: automation.id, body: { secrets: [{ name: "STORE_TOKEN", value: "shpat_1" }, { name: "ERP_KEY", value: "k" }] } });
    expect(updated).toEqual({ ...automation, secretNames: ["STORE_TOKEN", "ERP_KEY"] });
    expect(JSON.stringify(await platform.getAutomation({ automationId: automation.id }))).not.toContain("shpat_1");
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

describe("issues: environment, project and status", () => {
  async function withEnvironment() {
    const clients = fakeClients();
    const project = await clients.platform.createProject({ body: { name: "P" } });
    return { ...clients, project, environmentId: project.environments[0]!.id };
  }

  test("a new issue is of its environment's project, open, seen once, unresolved, with what was sent and nothing else", async () => {
    const { fake, platform, project, environmentId } = await withEnvironment();
    const issue = await platform.createIssue({ body: { organisationId: fake.organisationId, environmentId, reason: "manual", severity: "low", title: "Check the ERP timeout" } });
    expect(issue).toEqual({
      id: issue.id,
      organisationId: fake.organisationId,
      projectId: project.id,
      environmentId,
      status: "open",
      reason: "manual",
      severity: "low",
      title: "Check the ERP timeout",
      message: "",
      labels: {},
      annotations: {},
      createdAt: issue.createdAt,
      lastSeenAt: issue.createdAt,
      seenCount: 1,
      resolvedAt: null,
    });
    const body = { organisationId: fake.organisationId, reason: "manual" as const, severity: "low" as const, title: "t" };
    expect((await rejection(platform.createIssue({ body: { ...body, environmentId: "01JR7ZAY1187NGRJXS8JZXA0P3" } }))).status).toBe(404);
    const other = await platform.createProject({ body: { name: "Other" } });
    const wrongProject = await rejection(platform.createIssue({ body: { ...body, environmentId, projectId: other.id } }));
    expect([wrongProject.status, wrongProject.body.fields[0].field]).toEqual([400, "projectId"]);
  });

  test("acknowledge, resolve (resolvedAt stamped, resolutionStatus resolved), find by status, reopen with resolvedAt null", async () => {
    const { fake, platform, environmentId } = await withEnvironment();
    const open = async (title: string) => platform.createIssue({ body: { organisationId: fake.organisationId, environmentId, reason: "error", severity: "high", title } });
    const [a, b] = [await open("A"), await open("B")];
    expect(await platform.updateIssue({ issueId: a.id, body: { status: "acked" } })).toMatchObject({ status: "acked", resolvedAt: null });
    const resolved = await platform.updateIssue({ issueId: a.id, body: { status: "resolved" } });
    expect(resolved).toMatchObject({ status: "resolved", resolutionStatus: "resolved", resolvedAt: expect.any(String) });
    const closed = await platform.updateIssue({ issueId: b.id, body: { status: "closed", resolutionStatus: "ignored", resolvedAt: "2026-03-12T08:05:31.000Z" } });
    expect(closed).toMatchObject({ status: "closed", resolutionStatus: "ignored", resolvedAt: "2026-03-12T08:05:31.000Z" });
    expect((await platform.listIssues({ query: { status: "resolved" } })).map((i) => i.id)).toEqual([a.id]);
    expect((await platform.listIssues({ query: { status: "open" } })).map((i) => i.id)).toEqual([]);

    const reopened = await platform.updateIssue({ issueId: a.id, body: { resolvedAt: null } });
    expect(reopened.status).toBe("open");
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened).not.toHaveProperty("resolutionStatus");
    expect((await platform.listIssues({ query: { status: "open", environment_id: environmentId } })).map((i) => i.id)).toEqual([a.id]);
  });
});
