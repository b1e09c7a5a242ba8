// versori-client/embed's session against the stateful fake platform of versori-client/testing
// (createFakePlatform), through an injected fetch that records what the session sends: who the
// session acts for (a JWT the fake signs and verifies), the end user's get-or-create (once, shared,
// race-safe, failures not kept), the integrations listing (every environment, a fixed number of
// requests per environment whatever the projects), the connections (every page, pages of two),
// activation, deactivation and variables. Tokens the session only reads, never sends, are made here.
import { describe, expect, test, vi } from "vitest";
import { platformV2Contract } from "../../generated/platform-v2.contract.js";
import { createEndUserSession, VersoriOAuthError, type EndUserSessionOptions } from "../../src/embed/index.js";
import { createPlatformClient, VersoriApiError } from "../../src/index.js";
import { router } from "../../src/testing/fake/router.js";
import { createFakePlatform, type FakeOptions } from "../../src/testing/index.js";
import { jsonResponse, ORG } from "../support/fake-fetch.js";

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
/** An unsigned compact JWT with these claims, for what the session reads without sending (the platform verifies). */
const jwt = (claims: Record<string, unknown>) => `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
const TOKEN = jwt({ sub: "cust-48213", iss: "https://versori.com/sk/k1" });
const EXTERNAL_ID = "cust-48213";

/** A request the session sent, as it left: its operation (by the contract's routes), URL, body, credential and signal. */
interface Sent {
  operationId: string;
  url: URL;
  body: unknown;
  authorization: string | null;
  signal: AbortSignal | undefined;
}
const route = router(platformV2Contract);

/**
 * A fake platform (answers 5 ms late, so that concurrent calls overlap), an end user's token it
 * signed, an API-key client to set the scene with, and sessions whose requests are recorded in `sent`.
 */
async function platform(options: FakeOptions = {}) {
  const fake = createFakePlatform({ ...options, settings: { latencyMs: 5, ...options.settings } });
  const token = await fake.endUserToken(EXTERNAL_ID);
  const admin = createPlatformClient({ fetch: fake.fetch, token: fake.apiKey, organisationId: fake.organisationId, maxRetries: 0 });
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const parsed = new URL(url);
    const found = route(init.method ?? "GET", parsed.pathname.replace(/^\/api\/v2/, ""));
    const headers = new Headers(init.headers);
    const body = typeof init.body === "string" && init.body !== "" ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ operationId: typeof found === "object" ? found.op.operationId : "?", url: parsed, body, authorization: headers.get("authorization"), signal: init.signal ?? undefined });
    return fake.fetch(url, init);
  };
  const session = (opts: Partial<EndUserSessionOptions> = {}) =>
    createEndUserSession({ organisationId: fake.organisationId, token, fetch, maxRetries: 0, ...opts });
  /** The counts of every operation sent, by operationId. */
  const counts = () => {
    const out: Record<string, number> = {};
    for (const r of sent) out[r.operationId] = (out[r.operationId] ?? 0) + 1;
    return out;
  };
  const count = (operationId: string) => sent.filter((r) => r.operationId === operationId).length;
  /** The end users the fake holds. */
  const users = () => fake.state.items(`platform:/o/${fake.organisationId}/users`);
  return { fake, token, admin, sent, fetch, session, counts, count, users };
}

describe("who the session acts for", () => {
  test("the token's sub, sent as Authorization: JWT <token> to the organisation's paths; the fake verifies it", async () => {
    const { fake, token, sent, session } = await platform();
    const user = await session().endUser();
    expect(user.externalId).toBe(EXTERNAL_ID);
    const org = fake.organisationId;
    expect(sent.map((r) => [r.operationId, r.url.pathname, r.authorization])).toEqual([
      ["GetEndUser", `/api/v2/o/${org}/users/cust-48213`, `JWT ${token}`],
      ["CreateEndUser", `/api/v2/o/${org}/users`, `JWT ${token}`],
    ]);
    expect(sent[1]!.body).toEqual({ externalId: "cust-48213" });
    expect(fake.calls.map((c) => [c.operationId, c.status, c.identity])).toEqual([
      ["GetEndUser", 404, "endUser"],
      ["CreateEndUser", 201, "endUser"],
    ]);
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
    const { token: signed, sent, session } = await platform();
    const token = vi.fn(async () => signed);
    const s = session({ token });
    expect(token).not.toHaveBeenCalled();
    await s.endUser();
    // Once for the sub, then once per request (GetEndUser, CreateEndUser).
    expect(token).toHaveBeenCalledTimes(3);
    await s.externalId();
    expect(token).toHaveBeenCalledTimes(3);
    expect(sent.every((r) => r.authorization === `JWT ${signed}`)).toBe(true);
  });

  test("a token function whose first token is not a JWT: the call rejects, and the next call reads the sub again", async () => {
    const { token: signed, sent, session } = await platform();
    const token = vi.fn<() => Promise<string>>().mockResolvedValueOnce("opaque").mockResolvedValue(signed);
    const s = session({ token });
    await expect(s.endUser()).rejects.toThrow(TypeError);
    expect(sent).toHaveLength(0);
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
    const { counts, session } = await platform();
    const first = session({ displayName: "Northwind" });
    const created = await first.endUser();
    expect(created).toMatchObject({ externalId: "cust-48213", displayName: "Northwind" });
    expect(await first.endUser()).toBe(created);
    expect(counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });

    const again = await session().endUser();
    expect(again).toEqual(created);
    expect(counts()).toEqual({ GetEndUser: 2, CreateEndUser: 1 });
  });

  test("concurrent calls share one lookup: one GetEndUser, one CreateEndUser", async () => {
    const { counts, session } = await platform();
    const s = session();
    const users = await Promise.all([s.endUser(), s.endUser(), s.endUser()]);
    expect(new Set(users).size).toBe(1);
    expect(counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });
  });

  test("a conflict on create (another party created the user meanwhile) reads the user again", async () => {
    const { fake, token, sent, session } = await platform();
    // Another tab of the same end user creates them between the session's lookup and its create.
    const otherTab = createPlatformClient({ fetch: fake.fetch, authScheme: "JWT", token, organisationId: fake.organisationId, maxRetries: 0 });
    let theirs: unknown;
    fake.before("CreateEndUser", async () => {
      theirs = await otherTab.createEndUser({ body: { externalId: "cust-48213", displayName: "created elsewhere" } });
    });
    const user = await session().endUser();
    expect(user).toEqual(theirs);
    expect(user.displayName).toBe("created elsewhere");
    expect(sent.map((r) => r.operationId)).toEqual(["GetEndUser", "CreateEndUser", "GetEndUser"]);
    expect(fake.calls.map((c) => [c.operationId, c.status])).toEqual([
      ["GetEndUser", 404],
      ["CreateEndUser", 201],
      ["CreateEndUser", 409],
      ["GetEndUser", 200],
    ]);
  });

  test("a failure is not kept: the next call looks again", async () => {
    const { fake, admin, counts, session } = await platform();
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    fake.fail("GetEndUser", { status: 500 });
    const s = session();
    const error = await s.endUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).status).toBe(500);
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(counts()).toEqual({ GetEndUser: 2 });
  });

  test("an error other than 404 on the lookup is not taken for a missing user (nothing is created)", async () => {
    const { fake, count, session, users } = await platform();
    fake.fail("GetEndUser", { status: 403 });
    await expect(session().endUser()).rejects.toMatchObject({ status: 403 });
    expect(count("CreateEndUser")).toBe(0);
    expect(users()).toEqual([]);
  });
});

describe("integrations()", () => {
  /** A fake with projects "Integration 1".."Integration n", each with environments `names`. */
  async function withProjects(n: number, names: string[] = ["production", "staging"]) {
    const setup = await platform({ environments: names });
    const projects = [];
    for (let i = 1; i <= n; i++) projects.push(await setup.admin.createProject({ body: { name: `Integration ${i}` } }));
    return { ...setup, projects };
  }

  test("every environment of every project, with the user's activation and the connection templates", async () => {
    const { fake, admin, sent, session, projects } = await withProjects(2);
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    await admin.createEndUser({ body: { externalId: "someone-else" } });
    const prod1 = projects[0]!.environments[0]!;
    const system = await admin.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://x", authSchemeConfigs: [] } });
    const template = await admin.createConnectionTemplate({ projectId: projects[0]!.id, body: { systemId: system.id, name: "shopify", dynamic: true, environmentId: prod1.id } });
    const activate = (userId: string) =>
      admin.activateUser({ body: { userId, environmentId: prod1.id, connections: [{ connectionTemplateId: template.connectionTemplateId!, connection: { name: `${userId}-shop`, credentials: [] } }] } });
    await activate("someone-else");
    const mine = await activate("cust-48213");

    const list = await session().integrations();
    expect(list.map((i) => [i.project.name, i.environment.name, i.activated, i.activation?.id, i.connectionTemplates.length])).toEqual([
      ["Integration 1", "production", true, mine.id, 1],
      ["Integration 1", "staging", false, undefined, 0],
      ["Integration 2", "production", false, undefined, 0],
      ["Integration 2", "staging", false, undefined, 0],
    ]);
    expect(list[0]!.connectionTemplates[0]).toEqual(template);
    expect(list[0]!.project).not.toHaveProperty("environments");
    // The user's activations are asked by external id, per environment.
    const asked = sent.filter((r) => r.operationId === "ListUserActivations").map((r) => r.url.pathname);
    expect(asked).toContain(`/api/v2/o/${fake.organisationId}/environment/${prod1.id}/users/cust-48213/activations`);
  });

  test.each([1, 5, 20])("%i projects: ListProjects once, then two requests per environment, none per project", async (n) => {
    const { admin, sent, counts, session } = await withProjects(n);
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    const s = session();
    await s.endUser();
    sent.length = 0;

    const all = await s.integrations();
    expect(all).toHaveLength(2 * n);
    expect(counts()).toEqual({ ListProjects: 1, ListUserActivations: 2 * n, ListProjectConnectionTemplates: 2 * n });

    sent.length = 0;
    const production = await s.integrations({ environmentName: "production" });
    expect(production.map((i) => i.environment.name)).toEqual(Array(n).fill("production"));
    expect(counts()).toEqual({ ListProjects: 1, ListUserActivations: n, ListProjectConnectionTemplates: n });
  });

  test("environmentId (or the session's) narrows to one environment: three requests in all", async () => {
    const { admin, sent, counts, session, projects } = await withProjects(10);
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    const staging3 = projects[2]!.environments[1]!;
    const s = session({ environmentId: staging3.id });
    await s.endUser();
    sent.length = 0;
    const [only, ...rest] = await s.integrations();
    expect(rest).toEqual([]);
    expect(only!.environment.id).toBe(staging3.id);
    expect(counts()).toEqual({ ListProjects: 1, ListUserActivations: 1, ListProjectConnectionTemplates: 1 });
    // A name given in the call replaces the session's environment.
    expect(await s.integrations({ environmentName: "production" })).toHaveLength(10);
  });

  test("no more than six environments are read at once", async () => {
    const { fake, admin, token, fetch } = await withProjects(12, ["production"]);
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    let inFlight = 0;
    let most = 0;
    const s = createEndUserSession({
      organisationId: fake.organisationId,
      token,
      maxRetries: 0,
      fetch: async (url, init) => {
        most = Math.max(most, ++inFlight);
        try {
          return await fetch(url, init);
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
    const { fake, admin, sent, count, session } = await withProjects(20, ["production"]);
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    fake.fail("ListUserActivations", { status: 500 });
    const s = session();
    await s.endUser();
    sent.length = 0;
    await expect(s.integrations()).rejects.toMatchObject({ status: 500 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count("ListUserActivations")).toBeLessThanOrEqual(6);
  });

  test("a project without environments is listed as nothing; an environment list left out too", async () => {
    const { fake, count, session, projects } = await withProjects(2, []);
    // The second project's answer leaves its environment list out.
    delete fake.state.collections.get(`platform:/o/${fake.organisationId}/projects`)!.get(projects[1]!.id)!.environments;
    expect(await session().integrations()).toEqual([]);
    expect(count("ListUserActivations")).toBe(0);
  });
});

describe("connections(): every page", () => {
  /** A fake serving pages of two, the end user, and connection templates of two systems. */
  async function withTemplates() {
    const setup = await platform({ settings: { maxPageSize: 2 } });
    const { admin } = setup;
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    await admin.createEndUser({ body: { externalId: "someone-else" } });
    const project = await admin.createProject({ body: { name: "Integration 1" } });
    const system = (name: string) => admin.createSystem({ body: { name, domain: `${name.toLowerCase()}.com`, templateBaseUrl: "https://x", authSchemeConfigs: [] } });
    const systems = [await system("Shopify"), await system("Xero")];
    const template = (t: number) => admin.createConnectionTemplate({ projectId: project.id, body: { systemId: systems[t]!.id, name: systems[t]!.name } });
    const templates = [await template(0), await template(1)];
    /** A connection of the end user `externalId`, of the template `t`. */
    const connect = (externalId: string, t = 0) =>
      admin.createConnection({ body: { connectionTemplateId: templates[t]!.connectionTemplateId!, externalId, connection: { name: `${externalId}-${t}`, credentials: [] } } });
    return { ...setup, systems, connect };
  }

  test("follows next to the last page, asking for this end user's connections only", async () => {
    const { sent, session, connect } = await withTemplates();
    const mine = [];
    for (let i = 0; i < 5; i++) {
      mine.push(await connect("cust-48213"));
      if (i === 2) await connect("someone-else");
    }
    const all = await session().connections();
    expect(all.map((c) => c.id)).toEqual(mine.map((c) => c.id));
    const pages = sent.filter((r) => r.operationId === "ListConnections");
    expect(pages).toHaveLength(3);
    expect(pages.map((r) => r.url.searchParams.get("end_user_id"))).toEqual(["cust-48213", "cust-48213", "cust-48213"]);
    // The first page is asked without a cursor, each next one with the cursor the page before handed out.
    const cursors = pages.map((r) => r.url.searchParams.get("after"));
    expect(cursors[0]).toBeNull();
    expect(cursors.slice(1)).toEqual([expect.any(String), expect.any(String)]);
    expect(new Set(cursors).size).toBe(3);
  });

  test("systemId narrows to one system", async () => {
    const { sent, session, connect, systems } = await withTemplates();
    await connect("cust-48213", 0);
    const xero = [await connect("cust-48213", 1), await connect("cust-48213", 1)];
    const systemId = systems[1]!.id;
    expect((await session().connections({ systemId })).map((c) => c.id)).toEqual(xero.map((c) => c.id));
    expect(sent[0]!.url.searchParams.get("system_id")).toBe(systemId);
  });
});

describe("activate(), setVariables(), deactivate()", () => {
  test("activates the end user (created first) in the session's environment, then changes variables and deactivates", async () => {
    const { fake, admin, sent, session } = await platform();
    const project = await admin.createProject({ body: { name: "Integration 1" } });
    const env = project.environments[0]!.id;
    const system = await admin.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://x", authSchemeConfigs: [] } });
    const template = await admin.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "shop", environmentId: env } });
    const existing = await admin.createConnection({ body: { connectionTemplateId: template.connectionTemplateId!, connection: { name: "shared", credentials: [] } } });
    const s = session({ environmentId: env });
    const activation = await s.activate({
      connections: [{ connectionTemplateId: template.connectionTemplateId!, existingConnectionId: existing.id }],
      dynamicVariables: { region: "eu-west" },
    });
    expect(sent.map((r) => r.operationId)).toEqual(["GetEndUser", "CreateEndUser", "ActivateUser"]);
    expect(sent[2]!.body).toEqual({
      connections: [{ connectionTemplateId: template.connectionTemplateId!, existingConnectionId: existing.id }],
      dynamicVariables: { region: "eu-west" },
      userId: "cust-48213",
      environmentId: env,
    });
    expect((await s.integrations())[0]).toMatchObject({ activated: true, activation: { id: activation.id } });

    expect(await s.setVariables({ activationId: activation.id, variables: { warehouse: "rotterdam" } })).toEqual({ region: "eu-west", warehouse: "rotterdam" });

    await expect(s.deactivate({ activationId: activation.id })).resolves.toBeUndefined();
    expect((await s.integrations())[0]!.activated).toBe(false);
    const deleted = sent.find((r) => r.operationId === "DeleteActivation")!;
    expect(deleted.url.pathname).toBe(`/api/v2/o/${fake.organisationId}/environments/${env}/activations/${activation.id}`);
  });

  test("an environment given to the call wins; none at all is a TypeError before any request", async () => {
    const { admin, sent, session } = await platform();
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    const env = (await admin.createProject({ body: { name: "Integration 1" } })).environments[0]!.id;
    const s = session();
    await expect(s.activate({ connections: [] })).rejects.toThrow(/environmentId is required/);
    await expect(s.deactivate({ activationId: "A" })).rejects.toThrow(/environmentId is required/);
    expect(sent).toHaveLength(0);
    await s.activate({ environmentId: env, connections: [] });
    expect(sent.at(-1)!.body).toMatchObject({ environmentId: env });
  });

  test("a signal given to a call aborts its request", async () => {
    const { fake, admin, session } = await platform();
    await admin.createEndUser({ body: { externalId: "cust-48213" } });
    fake.settings.latencyMs = 200;
    const s = session({ environmentId: "ENV1" });
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
    const { admin, sent, session, users } = await platform();
    const env = (await admin.createProject({ body: { name: "Integration 1" } })).environments[0]!.id;
    const s = session({ environmentId: env });
    await expect(s.integrations({ signal: aborted() })).rejects.toMatchObject({ name: "AbortError", message: "stopped" });
    await expect(s.activate({ connections: [], signal: aborted() })).rejects.toMatchObject({ name: "AbortError" });
    await expect(s.endUser({ signal: aborted() })).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(sent).toHaveLength(0);
    expect(users()).toHaveLength(0);
  });

  test("aborted while the user is looked up: the lookup's request is aborted and nothing more is sent", async () => {
    const { fake, admin, sent, session, users } = await platform();
    await admin.createProject({ body: { name: "Integration 1" } });
    fake.settings.latencyMs = 200;
    const controller = new AbortController();
    const pending = session().integrations({ signal: controller.signal });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(sent.map((r) => r.operationId)).toEqual(["GetEndUser"]);
    expect(sent[0]!.signal?.aborted).toBe(true);
    expect(users()).toHaveLength(0);
  });

  test.each([
    [1, "GetEndUser"],
    [2, "CreateEndUser"],
    [3, "ActivateUser"],
  ])("activate() aborted during its request %i (%s): that request is aborted, nothing more is sent", async (count, operationId) => {
    const { fake, admin, sent, session } = await platform();
    const env = (await admin.createProject({ body: { name: "Integration 1" } })).environments[0]!.id;
    fake.settings.latencyMs = 200;
    const controller = new AbortController();
    const pending = session({ environmentId: env }).activate({ connections: [], signal: controller.signal });
    await vi.waitFor(() => expect(sent).toHaveLength(count));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent.map((r) => r.operationId).at(-1)).toBe(operationId);
    expect(sent).toHaveLength(count);
    expect(sent.at(-1)!.signal?.aborted).toBe(true);
  });

  test("a shared lookup goes on while one caller still waits, and stops when the last one gives up", async () => {
    const { sent, counts, session } = await platform({ settings: { latencyMs: 200 } });
    const s = session();
    const first = new AbortController();
    const second = new AbortController();
    const one = s.endUser({ signal: first.signal });
    const two = s.endUser({ signal: second.signal });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    first.abort();
    await expect(one).rejects.toMatchObject({ name: "AbortError" });
    expect(sent[0]!.signal?.aborted).toBe(false);
    await expect(two).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(counts()).toEqual({ GetEndUser: 1, CreateEndUser: 1 });

    const fresh = (await platform({ settings: { latencyMs: 200 } })).session();
    const lone = new AbortController();
    const three = fresh.endUser({ signal: lone.signal });
    const four = fresh.endUser({ signal: second.signal });
    lone.abort();
    await expect(three).rejects.toMatchObject({ name: "AbortError" });
    await expect(four).resolves.toMatchObject({ externalId: "cust-48213" });
  });

  test("a lookup everyone gave up on is not kept: the next call looks again", async () => {
    const { sent, session } = await platform({ settings: { latencyMs: 200 } });
    const s = session();
    const controller = new AbortController();
    const gone = s.endUser({ signal: controller.signal });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    controller.abort();
    await expect(gone).rejects.toMatchObject({ name: "AbortError" });
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(sent.map((r) => r.operationId)).toEqual(["GetEndUser", "GetEndUser", "CreateEndUser"]);
  });
});

describe("connectOAuth2: what is settled before anything is sent", () => {
  const body = { credential: { id: "C", organisationId: ORG }, authorizeUrl: "https://accounts.example.com/authorize", clientId: "c" };
  const popup = () => ({ closed: false, close: vi.fn(), postMessage: vi.fn(), location: { href: "about:blank" } });

  test("no window to open a popup from (Node): blocked, nothing sent", async () => {
    const { sent, session } = await platform();
    const error = await session().connectOAuth2({ systemId: "SYS1", body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriOAuthError);
    expect(error).toMatchObject({ reason: "blocked" });
    expect(sent).toHaveLength(0);
  });

  test("a popup already closed, an aborted signal, bad options: rejected at once, the caller's popup closed, nothing sent", async () => {
    const { sent, session } = await platform();
    const s = session();
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
    expect(sent).toHaveLength(0);
  });
});
