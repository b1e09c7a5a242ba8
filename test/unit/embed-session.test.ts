// versori-client/embed's session against a small stateful fake of the Platform endpoints it
// uses (test/support/fake-platform.ts), through an injected fetch: who the session acts for, the
// end user's get-or-create (once, shared, race-safe, failures not kept), the integrations listing
// (every environment, a fixed number of requests per environment whatever the projects), the
// connections (every page), activation, deactivation and variables.
import { describe, expect, test, vi } from "vitest";
import { createEndUserSession, VersoriOAuthError, type EndUserSessionOptions } from "../../src/embed/index.js";
import { VersoriApiError } from "../../src/index.js";
import { jsonResponse, ORG } from "../support/fake-fetch.js";
import { FakePlatform, project } from "../support/fake-platform.js";

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
/** An unsigned compact JWT with these claims (the session never verifies: the platform does). */
const jwt = (claims: Record<string, unknown>) => `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
const TOKEN = jwt({ sub: "cust-48213", iss: "https://versori.com/sk/k1" });

function session(fake: FakePlatform, options: Partial<EndUserSessionOptions> = {}) {
  return createEndUserSession({ organisationId: ORG, token: TOKEN, fetch: fake.fetch, maxRetries: 0, ...options });
}

describe("who the session acts for", () => {
  test("the token's sub, sent as Authorization: JWT <token> to the organisation's paths", async () => {
    const fake = new FakePlatform();
    const user = await session(fake).endUser();
    expect(user.externalId).toBe("cust-48213");
    expect(fake.requests.map((r) => [r.operationId, r.url.pathname, r.authorization])).toEqual([
      ["GetEndUser", `/api/v2/o/${ORG}/users/cust-48213`, `JWT ${TOKEN}`],
      ["CreateEndUser", `/api/v2/o/${ORG}/users`, `JWT ${TOKEN}`],
    ]);
    expect(fake.requests[1]!.body).toEqual({ externalId: "cust-48213" });
  });

  test("sub in base64url with - and _, without padding, and Unicode: decoded as UTF-8", async () => {
    // "ÿ" and "?>" encode to base64 with "/" and "+", which base64url writes "_" and "-".
    const sub = "Zoë ÿ?>~ 日本 😀";
    const payload = b64url(JSON.stringify({ sub }));
    expect(payload).toMatch(/[-_]/);
    expect(payload).not.toMatch(/=/);
    expect(payload.length % 4).not.toBe(0); // padding would be needed
    const token = `${b64url('{"alg":"RS256"}')}.${payload}.sig`;
    expect(() => atob(payload)).toThrow(); // what atob-based readers do with it
    await expect(createEndUserSession({ organisationId: ORG, token }).externalId()).resolves.toBe(sub);
    // With the padding some encoders add: tolerated.
    const padded = `${b64url("{}")}.${payload}${"=".repeat((4 - (payload.length % 4)) % 4)}.sig`;
    await expect(createEndUserSession({ organisationId: ORG, token: padded }).externalId()).resolves.toBe(sub);
  });

  test.each([
    ["not three parts", "abc.def"],
    ["a payload that is not base64url", "a.b*c.d"],
    ["a payload that is not JSON", `x.${b64url("not json")}.y`],
    ["a payload that is not an object", `x.${b64url('"sub"')}.y`],
    ["a payload that is not UTF-8", `x.${Buffer.from([0x7b, 0xff, 0x7d]).toString("base64url")}.y`],
  ])("a token that is not a JWT (%s): a TypeError that does not quote it", (_name, token) => {
    const secretish = `${token}SECRET`;
    let error: unknown;
    try {
      createEndUserSession({ organisationId: ORG, token: secretish });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/not a JWT/);
    expect((error as Error).message).not.toContain("SECRET");
    expect((error as Error).message).not.toContain(token);
  });

  test("a JWT without sub: a TypeError that says to pass externalId; with externalId it is fine", async () => {
    const token = jwt({ iss: "x" });
    expect(() => createEndUserSession({ organisationId: ORG, token })).toThrow(/no sub claim.*externalId/);
    await expect(createEndUserSession({ organisationId: ORG, token, externalId: "cust-1" }).externalId()).resolves.toBe("cust-1");
  });

  test("bad options are TypeErrors at creation", () => {
    const fetch = async () => jsonResponse(200, {});
    expect(() => createEndUserSession({ organisationId: "", token: TOKEN, fetch })).toThrow(/organisationId/);
    expect(() => createEndUserSession({ organisationId: ORG, token: 1 as unknown as string, fetch })).toThrow(/token must be/);
    expect(() => createEndUserSession({ organisationId: ORG, token: TOKEN, externalId: "" })).toThrow(/externalId/);
    expect(() => createEndUserSession({ organisationId: ORG, token: TOKEN, callbackOrigin: "https://platform.versori.com/cb" })).toThrow(/callbackOrigin/);
    expect(() => createEndUserSession({ organisationId: ORG, token: TOKEN, baseUrl: "ftp://x" })).toThrow(/baseUrl/);
    expect(() => createEndUserSession({ organisationId: ORG, token: TOKEN, timeoutMs: -1 })).toThrow(/timeoutMs/);
  });

  test("a token function: not called at creation; its sub read once, at first use; then called per request", async () => {
    const fake = new FakePlatform();
    const token = vi.fn(async () => TOKEN);
    const s = session(fake, { token });
    expect(token).not.toHaveBeenCalled();
    await s.endUser();
    // Once for the sub, then once per request (GetEndUser, CreateEndUser).
    expect(token).toHaveBeenCalledTimes(3);
    await s.externalId();
    expect(token).toHaveBeenCalledTimes(3);
    expect(fake.requests.every((r) => r.authorization === `JWT ${TOKEN}`)).toBe(true);
  });

  test("a token function whose first token is not a JWT: the call rejects, and the next call reads the sub again", async () => {
    const fake = new FakePlatform();
    const token = vi.fn<() => Promise<string>>().mockResolvedValueOnce("opaque").mockResolvedValue(TOKEN);
    const s = session(fake, { token });
    await expect(s.endUser()).rejects.toThrow(TypeError);
    expect(fake.requests).toHaveLength(0);
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
  });

  test("callbackOrigin: the origin of baseUrl unless set", () => {
    expect(createEndUserSession({ organisationId: ORG, token: TOKEN }).callbackOrigin).toBe("https://platform.versori.com");
    expect(createEndUserSession({ organisationId: ORG, token: TOKEN, baseUrl: "https://eu.example.com:8443/api/v2" }).callbackOrigin).toBe(
      "https://eu.example.com:8443",
    );
    expect(createEndUserSession({ organisationId: ORG, token: TOKEN, callbackOrigin: "https://auth.example.com" }).callbackOrigin).toBe(
      "https://auth.example.com",
    );
  });
});

describe("endUser(): get-or-create", () => {
  test("an end user created once is found the next time (a new session), and kept for the session", async () => {
    const fake = new FakePlatform();
    const first = session(fake, { displayName: "Northwind" });
    const created = await first.endUser();
    expect(created).toMatchObject({ externalId: "cust-48213", displayName: "Northwind" });
    expect(await first.endUser()).toBe(created);
    expect(fake.counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });

    const again = await session(fake).endUser();
    expect(again).toEqual(created);
    expect(fake.counts()).toEqual({ GetEndUser: 2, CreateEndUser: 1 });
  });

  test("concurrent calls share one lookup: one GetEndUser, one CreateEndUser", async () => {
    const fake = new FakePlatform();
    const s = session(fake);
    const users = await Promise.all([s.endUser(), s.endUser(), s.endUser()]);
    expect(new Set(users).size).toBe(1);
    expect(fake.counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });
  });

  test("a conflict on create (another party created the user meanwhile) reads the user again", async () => {
    const fake = new FakePlatform();
    let theirs: unknown;
    fake.beforeCreate = () => {
      theirs = fake.addUser("cust-48213", "created elsewhere");
      fake.beforeCreate = undefined;
    };
    const user = await session(fake).endUser();
    expect(user).toEqual(theirs);
    expect(fake.requests.map((r) => r.operationId)).toEqual(["GetEndUser", "CreateEndUser", "GetEndUser"]);
  });

  test("a failure is not kept: the next call looks again", async () => {
    const fake = new FakePlatform();
    fake.addUser("cust-48213");
    fake.failures.set("GetEndUser", jsonResponse(500, { code: "internal", message: "down" }));
    const s = session(fake);
    const error = await s.endUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).status).toBe(500);
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(fake.counts()).toEqual({ GetEndUser: 2 });
  });

  test("an error other than 404 on the lookup is not taken for a missing user (nothing is created)", async () => {
    const fake = new FakePlatform();
    fake.failures.set("GetEndUser", jsonResponse(403, { code: "forbidden", message: "no" }));
    await expect(session(fake).endUser()).rejects.toMatchObject({ status: 403 });
    expect(fake.count("CreateEndUser")).toBe(0);
  });
});

describe("integrations()", () => {
  function withProjects(n: number, names: readonly string[] = ["production", "staging"]) {
    const fake = new FakePlatform();
    fake.projects = Array.from({ length: n }, (_, i) => project(i + 1, names));
    return fake;
  }

  test("every environment of every project, with the user's activation and the connection templates", async () => {
    const fake = withProjects(2);
    const user = fake.addUser("cust-48213");
    const prod1 = fake.projects[0]!.environments[0]!;
    fake.activations.set(prod1.id, [
      { id: "ACT-OTHER", user: { ...user, externalId: "someone-else" } },
      { id: "ACT-1", user },
    ]);
    const template = { id: "SYS1", name: "shopify", domain: "shopify.com", dynamic: true, authSchemeConfigs: [], templateBaseUrl: "https://x" };
    fake.templates.set(prod1.id, [template]);

    const list = await session(fake).integrations();
    expect(list.map((i) => [i.project.name, i.environment.name, i.activated, i.activation?.id, i.connectionTemplates.length])).toEqual([
      ["Integration 1", "production", true, "ACT-1", 1],
      ["Integration 1", "staging", false, undefined, 0],
      ["Integration 2", "production", false, undefined, 0],
      ["Integration 2", "staging", false, undefined, 0],
    ]);
    expect(list[0]!.connectionTemplates[0]).toEqual(template);
    expect(list[0]!.project).not.toHaveProperty("environments");
    // The user's activations are asked by external id, per environment.
    const asked = fake.requests.filter((r) => r.operationId === "ListUserActivations").map((r) => r.url.pathname);
    expect(asked).toContain(`/api/v2/o/${ORG}/environment/${prod1.id}/users/cust-48213/activations`);
  });

  test.each([1, 5, 20])("%i projects: ListProjects once, then two requests per environment, none per project", async (n) => {
    const fake = withProjects(n);
    fake.addUser("cust-48213");
    const s = session(fake);
    await s.endUser();
    fake.requests.length = 0;

    const all = await s.integrations();
    expect(all).toHaveLength(2 * n);
    expect(fake.counts()).toEqual({ ListProjects: 1, ListUserActivations: 2 * n, ListProjectConnectionTemplates: 2 * n });

    fake.requests.length = 0;
    const production = await s.integrations({ environmentName: "production" });
    expect(production.map((i) => i.environment.name)).toEqual(Array(n).fill("production"));
    expect(fake.counts()).toEqual({ ListProjects: 1, ListUserActivations: n, ListProjectConnectionTemplates: n });
  });

  test("environmentId (or the session's) narrows to one environment: three requests in all", async () => {
    const fake = withProjects(10);
    fake.addUser("cust-48213");
    const staging3 = fake.projects[2]!.environments[1]!;
    const s = session(fake, { environmentId: staging3.id });
    await s.endUser();
    fake.requests.length = 0;
    const [only, ...rest] = await s.integrations();
    expect(rest).toEqual([]);
    expect(only!.environment.id).toBe(staging3.id);
    expect(fake.counts()).toEqual({ ListProjects: 1, ListUserActivations: 1, ListProjectConnectionTemplates: 1 });
    // A name given in the call replaces the session's environment.
    expect(await s.integrations({ environmentName: "production" })).toHaveLength(10);
  });

  test("no more than six environments are read at once", async () => {
    const fake = withProjects(12, ["production"]);
    fake.addUser("cust-48213");
    let inFlight = 0;
    let most = 0;
    const inner = fake.fetch;
    const s = createEndUserSession({
      organisationId: ORG,
      token: TOKEN,
      maxRetries: 0,
      fetch: async (url, init) => {
        most = Math.max(most, ++inFlight);
        try {
          return await inner(url, init);
        } finally {
          inFlight--;
        }
      },
    });
    await s.endUser();
    await s.integrations();
    // Two requests per environment, six environments at a time.
    expect(most).toBe(12);
  });

  test("a failure rejects the listing and starts no further environments", async () => {
    const fake = withProjects(20, ["production"]);
    fake.addUser("cust-48213");
    fake.failures.set("ListUserActivations", jsonResponse(500, { code: "internal", message: "down" }));
    const s = session(fake);
    await s.endUser();
    fake.requests.length = 0;
    await expect(s.integrations()).rejects.toMatchObject({ status: 500 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.count("ListUserActivations")).toBeLessThanOrEqual(6);
  });

  test("a project without environments is listed as nothing; an environment list left out too", async () => {
    const fake = new FakePlatform();
    fake.projects = [project(1, []), { ...project(2), environments: undefined as never }];
    expect(await session(fake).integrations()).toEqual([]);
    expect(fake.count("ListUserActivations")).toBe(0);
  });
});

describe("connections(): every page", () => {
  const connection = (i: number, systemId = "SYS1") => ({ id: `CONN${i}`, name: `c${i}`, credentials: [], createdAt: "2025-03-04T09:15:00Z", updatedAt: "2025-03-04T09:15:00Z", systemId });

  test("follows next to the last page, asking for this end user's connections only", async () => {
    const fake = new FakePlatform();
    fake.connections = [1, 2, 3, 4, 5].map((i) => connection(i));
    const all = await session(fake).connections();
    expect(all.map((c) => c.id)).toEqual(["CONN1", "CONN2", "CONN3", "CONN4", "CONN5"]);
    const pages = fake.requests.filter((r) => r.operationId === "ListConnections");
    expect(pages).toHaveLength(3);
    expect(pages.map((r) => [r.url.searchParams.get("end_user_id"), r.url.searchParams.get("after")])).toEqual([
      ["cust-48213", null],
      ["cust-48213", "2"],
      ["cust-48213", "4"],
    ]);
  });

  test("systemId narrows to one system", async () => {
    const fake = new FakePlatform();
    fake.connections = [connection(1, "SYS1"), connection(2, "SYS2"), connection(3, "SYS2")];
    expect((await session(fake).connections({ systemId: "SYS2" })).map((c) => c.id)).toEqual(["CONN2", "CONN3"]);
    expect(fake.requests[0]!.url.searchParams.get("system_id")).toBe("SYS2");
  });
});

describe("activate(), setVariables(), deactivate()", () => {
  test("activates the end user (created first) in the session's environment, then changes variables and deactivates", async () => {
    const fake = new FakePlatform();
    fake.projects = [project(1)];
    const env = fake.projects[0]!.environments[0]!.id;
    const s = session(fake, { environmentId: env });
    const activation = await s.activate({
      connections: [{ connectionTemplateId: "TPL1", existingConnectionId: "CONN1" }],
      dynamicVariables: { region: "eu-west" },
    });
    expect(fake.requests.map((r) => r.operationId)).toEqual(["GetEndUser", "CreateEndUser", "ActivateUser"]);
    expect(fake.requests[2]!.body).toEqual({
      connections: [{ connectionTemplateId: "TPL1", existingConnectionId: "CONN1" }],
      dynamicVariables: { region: "eu-west" },
      userId: "cust-48213",
      environmentId: env,
    });
    expect((await s.integrations())[0]).toMatchObject({ activated: true, activation: { id: activation.id } });

    expect(await s.setVariables({ activationId: activation.id, variables: { warehouse: "rotterdam" } })).toEqual({ region: "eu-west", warehouse: "rotterdam" });

    await expect(s.deactivate({ activationId: activation.id })).resolves.toBeUndefined();
    expect((await s.integrations())[0]!.activated).toBe(false);
    const deleted = fake.requests.find((r) => r.operationId === "DeleteActivation")!;
    expect(deleted.url.pathname).toBe(`/api/v2/o/${ORG}/environments/${env}/activations/${activation.id}`);
  });

  test("an environment given to the call wins; none at all is a TypeError before any request", async () => {
    const fake = new FakePlatform();
    fake.addUser("cust-48213");
    const s = session(fake);
    await expect(s.activate({ connections: [] })).rejects.toThrow(/environmentId is required/);
    await expect(s.deactivate({ activationId: "A" })).rejects.toThrow(/environmentId is required/);
    expect(fake.requests).toHaveLength(0);
    await s.activate({ environmentId: "ENV9", connections: [] });
    expect(fake.requests.at(-1)!.body).toMatchObject({ environmentId: "ENV9" });
  });

  test("a signal given to a call aborts its request", async () => {
    const fake = new FakePlatform();
    fake.delayMs = 200;
    fake.addUser("cust-48213");
    const s = session(fake, { environmentId: "ENV1" });
    const controller = new AbortController();
    const pending = s.deactivate({ activationId: "A", signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("the caller's signal reaches every request a call causes (the end user's lookup included)", () => {
  const aborted = () => AbortSignal.abort(new DOMException("stopped", "AbortError"));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  test("an already-aborted integrations() or activate() sends nothing and creates no one", async () => {
    const fake = new FakePlatform();
    fake.projects = [project(1)];
    const s = session(fake, { environmentId: "ENV1" });
    await expect(s.integrations({ signal: aborted() })).rejects.toMatchObject({ name: "AbortError", message: "stopped" });
    await expect(s.activate({ connections: [], signal: aborted() })).rejects.toMatchObject({ name: "AbortError" });
    await expect(s.endUser({ signal: aborted() })).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(fake.requests).toHaveLength(0);
    expect(fake.users.size).toBe(0);
  });

  test("aborted while the user is looked up: the lookup's request is aborted and nothing more is sent", async () => {
    const fake = new FakePlatform();
    fake.projects = [project(1)];
    fake.delayMs = 200;
    const controller = new AbortController();
    const pending = session(fake).integrations({ signal: controller.signal });
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(fake.requests.map((r) => r.operationId)).toEqual(["GetEndUser"]);
    expect(fake.requests[0]!.signal?.aborted).toBe(true);
    expect(fake.users.size).toBe(0);
  });

  test.each([
    [1, "GetEndUser"],
    [2, "CreateEndUser"],
    [3, "ActivateUser"],
  ])("activate() aborted during its request %i (%s): that request is aborted, nothing more is sent", async (count, operationId) => {
    const fake = new FakePlatform();
    fake.delayMs = 200;
    const controller = new AbortController();
    const pending = session(fake, { environmentId: "ENV1" }).activate({ connections: [], signal: controller.signal });
    await vi.waitFor(() => expect(fake.requests).toHaveLength(count));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.requests.map((r) => r.operationId).at(-1)).toBe(operationId);
    expect(fake.requests).toHaveLength(count);
    expect(fake.requests.at(-1)!.signal?.aborted).toBe(true);
  });

  test("a shared lookup goes on while one caller still waits, and stops when the last one gives up", async () => {
    const fake = new FakePlatform();
    fake.delayMs = 200;
    const s = session(fake);
    const first = new AbortController();
    const second = new AbortController();
    const one = s.endUser({ signal: first.signal });
    const two = s.endUser({ signal: second.signal });
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    first.abort();
    await expect(one).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.requests[0]!.signal?.aborted).toBe(false);
    await expect(two).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(fake.counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });

    const fresh = session(new FakePlatform());
    const lone = new AbortController();
    const three = fresh.endUser({ signal: lone.signal });
    const four = fresh.endUser({ signal: second.signal });
    lone.abort();
    await expect(three).rejects.toMatchObject({ name: "AbortError" });
    await expect(four).resolves.toMatchObject({ externalId: "cust-48213" });
  });

  test("a lookup everyone gave up on is not kept: the next call looks again", async () => {
    const fake = new FakePlatform();
    fake.delayMs = 200;
    const s = session(fake);
    const controller = new AbortController();
    const gone = s.endUser({ signal: controller.signal });
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    await expect(gone).rejects.toMatchObject({ name: "AbortError" });
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(fake.requests.map((r) => r.operationId)).toEqual(["GetEndUser", "GetEndUser", "CreateEndUser"]);
  });
});

describe("connectOAuth2: what is settled before anything is sent", () => {
  const body = { credential: { id: "C", organisationId: ORG }, authorizeUrl: "https://accounts.example.com/authorize", clientId: "c" };
  const popup = () => ({ closed: false, close: vi.fn(), postMessage: vi.fn(), location: { href: "about:blank" } });

  test("no window to open a popup from (Node): blocked, nothing sent", async () => {
    const fake = new FakePlatform();
    const error = await session(fake).connectOAuth2({ systemId: "SYS1", body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriOAuthError);
    expect(error).toMatchObject({ reason: "blocked" });
    expect(fake.requests).toHaveLength(0);
  });

  test("a popup already closed, an aborted signal, bad options: rejected at once, the caller's popup closed, nothing sent", async () => {
    const fake = new FakePlatform();
    const s = session(fake);
    await expect(s.connectOAuth2({ systemId: "SYS1", body, popup: { ...popup(), closed: true } })).rejects.toMatchObject({ reason: "closed" });

    const aborted = popup();
    await expect(s.connectOAuth2({ systemId: "SYS1", body, popup: aborted, signal: AbortSignal.abort() })).rejects.toMatchObject({ reason: "aborted" });
    expect(aborted.close).toHaveBeenCalledOnce();

    for (const [bad, message] of [
      [{ systemId: "" }, /systemId/],
      [{ timeoutMs: 0 }, /timeoutMs/],
      [{ closedPollMs: 1.5 }, /closedPollMs/],
      [{ callbackOrigin: "platform.versori.com" }, /callbackOrigin/],
      [{ body: { ...body, redirectUrl: "/oauth/callback" } }, /redirectUrl must be an absolute http\(s\) URL/],
      [{ body: { ...body, redirectUrl: "javascript:alert(1)" } }, /redirectUrl/],
      [{ onPopupDetached: "show a banner" as unknown as () => void }, /onPopupDetached must be a function/],
    ] as const) {
      const mine = popup();
      await expect(s.connectOAuth2({ ...{ systemId: "SYS1", body, popup: mine }, ...bad })).rejects.toThrow(message);
      expect(mine.close).toHaveBeenCalledOnce();
    }
    expect(fake.requests).toHaveLength(0);
  });
});
