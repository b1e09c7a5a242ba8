// The Platform binding as a user meets it: production URL by default, a bound organisation, a
// signing-key JWT as `Authorization: JWT`, the light entry and the openapi-fetch path client on
// the same transport.
import { describe, expect, test } from "vitest";
import { createPlatformClient, createPlatformFetchClient, PLATFORM_PRODUCTION_URL } from "../../src/index.js";
import { call, createPlatformCore, DeployProject } from "../../src/platform/index.js";
import { jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";

const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";

describe("createPlatformClient", () => {
  test("calls production by default, with the bound organisation and an API key", async () => {
    const rec = recordingFetch(() => jsonResponse(200, { projects: [] }));
    const platform = createPlatformClient({ token: "key-1", organisationId: ORG, fetch: rec.fetch });
    await expect(platform.listProjects()).resolves.toEqual({ projects: [] });
    expect(PLATFORM_PRODUCTION_URL).toBe("https://platform.versori.com/api/v2");
    expect(rec.requests[0]!.url).toBe(`https://platform.versori.com/api/v2/o/${ORG}/projects`);
    expect(rec.requests[0]!.headers.get("authorization")).toBe("Bearer key-1");
  });

  test("authScheme JWT sends the token as Authorization: JWT, re-read for every call", async () => {
    const rec = recordingFetch(() => jsonResponse(200, { id: "u" }));
    let n = 0;
    const platform = createPlatformClient({ authScheme: "JWT", token: async () => `jwt-${++n}`, organisationId: ORG, fetch: rec.fetch });
    await platform.getEndUser({ userId: "cust-48213" });
    await platform.getEndUser({ userId: "cust-48213" });
    expect(rec.requests.map((r) => r.headers.get("authorization"))).toEqual(["JWT jwt-1", "JWT jwt-2"]);
    expect(new URL(rec.requests[0]!.url).pathname).toBe(`/api/v2/o/${ORG}/users/cust-48213`);
  });

  test("query parameters keep the contract's names and the body goes as JSON", async () => {
    const rec = recordingFetch(() => jsonResponse(200, { id: PROJECT }));
    const platform = createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch });
    await platform.deployProject({ projectId: PROJECT, query: { project_env: "production" }, body: { versionName: "v1", files: [], labels: {} } });
    const request = rec.requests[0]!;
    expect(request.method).toBe("PUT");
    expect(request.url).toBe(`https://api.test/v2/o/${ORG}/projects/${PROJECT}/deploy?project_env=production`);
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(await request.json()).toEqual({ versionName: "v1", files: [], labels: {} });
  });
});

test("the light entry sends the same request as the method", async () => {
  const rec = recordingFetch(() => jsonResponse(200, { id: PROJECT }));
  const args = { projectId: PROJECT, query: { project_env: "staging" }, body: { versionName: "v2", files: [], labels: {} } };
  await call(createPlatformCore({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch }), DeployProject, args);
  await createPlatformClient({ baseUrl: "https://api.test/v2", organisationId: ORG, fetch: rec.fetch }).deployProject(args);
  const [viaCall, viaMethod] = rec.requests;
  expect(viaCall!.url).toBe(viaMethod!.url);
  expect(await viaCall!.text()).toBe(await viaMethod!.text());
});

test("createPlatformFetchClient: openapi-fetch's paths on the same transport", async () => {
  const rec = recordingFetch(() => jsonResponse(200, { projects: [] }));
  const client = createPlatformFetchClient({ token: "key-1", fetch: rec.fetch });
  const { data } = await client.GET("/o/{organisation_id}/projects", { params: { path: { organisation_id: ORG } } });
  expect(data).toEqual({ projects: [] });
  expect(rec.requests[0]!.url).toBe(`https://platform.versori.com/api/v2/o/${ORG}/projects`);
  expect(rec.requests[0]!.headers.get("authorization")).toBe("Bearer key-1");
});
