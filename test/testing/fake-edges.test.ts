// The fake platform at the edges, like the platform: a request that breaks the contract is the
// contract's 400 naming the field, no or a wrong credential is 401, another organisation 403, an
// unknown id 404; operations it does not model answer their example, marked; faults and latency
// on request; reset; and the same fake over HTTP with CORS.
import { describe, expect, test } from "vitest";
import { createPlatformClient, VersoriApiError } from "../../src/index.js";
import { startFakePlatform } from "../../src/testing/index.js";
import { fakeClients, rejection } from "../support/fake-clients.js";

describe("answers like the platform's", () => {
  test("a body that breaks the contract is 400 with the contract's error body naming the field", async () => {
    const { platform } = fakeClients();
    const missing = await rejection(platform.createEndUser({ body: { displayName: "no external id" } as never }));
    expect(missing).toBeInstanceOf(VersoriApiError);
    expect([missing.status, missing.code, missing.fields]).toEqual([400, "bad_request", [{ field: "externalId", message: "is required" }]]);
    const wrongType = await rejection(platform.createProject({ body: { name: 42 as never } }));
    expect(wrongType.fields).toEqual([{ field: "name", message: "must be string" }]);
    const badEnum = await rejection(platform.updateIssue({ issueId: "01JR92PJKGD6B0N4AMJGQ0RSTV", body: { severity: "apocalyptic" as never } }));
    expect([badEnum.status, badEnum.fields[0].field]).toEqual([400, "severity"]);
  });

  test("a query parameter of the wrong type is 400 naming it", async () => {
    const { fake } = fakeClients();
    const answer = await fake.fetch(`https://platform.versori.com/api/v2/o/${fake.organisationId}/users?first=zero`, { headers: { authorization: `Bearer ${fake.apiKey}` } });
    expect(answer.status).toBe(400);
    expect((await answer.json()).fields).toEqual([{ field: "first", message: "must be integer" }]);
  });

  test("no credentials and a wrong API key are 401; another organisation is 403", async () => {
    const { fake, platform } = fakeClients();
    const anonymous = await fake.fetch(`https://platform.versori.com/api/v2/o/${fake.organisationId}/projects`);
    expect([anonymous.status, (await anonymous.json()).code]).toEqual([401, "unauthorized"]);
    const wrongKey = createPlatformClient({ fetch: fake.fetch, token: "not-the-key", organisationId: fake.organisationId, maxRetries: 0 });
    expect((await rejection(wrongKey.listProjects())).status).toBe(401);
    expect((await rejection(platform.listProjects({ organisationId: "01HQ2Z8W4TQK6V9M3XJ7R5B2CD" }))).status).toBe(403);
  });

  test("an operation the fake does not model answers the contract's example, marked by a header", async () => {
    const { fake, platform } = fakeClients();
    const { data, response } = await platform.withResponse.listExecutionPools();
    expect(response.headers.get("x-versori-fake")).toBe("example");
    expect(data).toHaveProperty("executionPools");
    expect(fake.calls.at(-1)).toMatchObject({ operationId: "ListExecutionPools", status: 200 });
  });

  test("an example list answers one page: its cursor is left out", async () => {
    const { platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "P" } });
    const traces = [];
    for await (const trace of platform.paginate.listTraces({ projectId: project.id })) traces.push(trace);
    expect(traces.length).toBeGreaterThan(0);
  });
});

describe("a list that pages by its last item's id", () => {
  test("paginate.listIssues walks the issues created, pageSize at a time, to the empty page", async () => {
    const { fake, platform } = fakeClients();
    const ids: string[] = [];
    // An issue is of an environment that exists.
    const project = await platform.createProject({ body: { name: "P" } });
    for (const title of ["one", "two", "three"]) {
      const issue = await platform.createIssue({ body: { organisationId: fake.organisationId, reason: "manual", severity: "low", title, message: "m", projectId: project.id, environmentId: project.environments[0]!.id } });
      ids.push(issue.id);
    }
    const seen: string[] = [];
    for await (const issue of platform.paginate.listIssues({ pageSize: 2 })) seen.push(issue.id);
    expect(seen).toEqual(ids);
  });
});

describe("faults, latency, reset", () => {
  test("fail(operationId) answers the contract's error with Retry-After, the given number of times", async () => {
    const { fake, platform } = fakeClients();
    fake.fail("ListProjects", { status: 429, times: 2, retryAfter: 3 });
    for (let i = 0; i < 2; i++) {
      const error = await rejection(platform.listProjects());
      expect([error.status, error.code, error.response.headers.get("retry-after")]).toEqual([429, "rate_limited", "3"]);
    }
    expect((await platform.listProjects()).projects).toEqual([]);
  });

  test("latency delays every answer; reset empties the state and keeps the organisation and key", async () => {
    const { fake, platform } = fakeClients({ settings: { latencyMs: 40 } });
    const started = Date.now();
    await platform.createProject({ body: { name: "P" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    fake.settings.latencyMs = 0;
    fake.reset();
    expect(fake.calls).toEqual([]);
    expect((await platform.listProjects()).projects).toEqual([]);
  });
});

describe("startFakePlatform", () => {
  test("serves the fake over HTTP on 127.0.0.1 with CORS", async () => {
    const server = await startFakePlatform();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const platform = createPlatformClient({ baseUrl: server.baseUrls.platform, token: server.fake.apiKey, organisationId: server.fake.organisationId });
      const project = await platform.createProject({ body: { name: "Over HTTP" } });
      expect((await platform.getProject({ projectId: project.id })).name).toBe("Over HTTP");
      const preflight = await fetch(`${server.baseUrls.platform}/o/${server.fake.organisationId}/projects`, {
        method: "OPTIONS",
        headers: { origin: "http://app.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      });
      expect([preflight.status, preflight.headers.get("access-control-allow-origin")]).toEqual([204, "*"]);
      const answer = await fetch(`${server.baseUrls.platform}/o/${server.fake.organisationId}/projects`, { headers: { authorization: `Bearer ${server.fake.apiKey}`, origin: "http://app.example" } });
      expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    } finally {
      await server.stop();
    }
  });
});
