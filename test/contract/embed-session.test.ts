// versori-client/embed's session against the Prism mock of the Platform contract: every request
// it sends must satisfy the contract (no `sl-violations`) and every answer it reads comes from the
// contract's examples, so the session and the spec agree on paths, parameters and shapes.
// `Prefer: code=...` steers the get-or-create through its 404 and 409 branches.
import { describe, expect, inject, test } from "vitest";
import { createEndUserSession } from "../../src/embed/index.js";
import { recorder } from "./spec.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const ENV = "01JR7ZAY1187NGRJXS8JZXA0P3";
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const TOKEN = `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify({ sub: "cust-48213" }))}.c2ln`;

/** A session on the mock; `prefer` picks the status of the nth request (1-based). */
function session(prefer: Record<number, string> = {}) {
  const rec = recorder();
  let n = 0;
  const fetch = (url: string, init: RequestInit) => {
    const code = prefer[++n];
    return rec.fetch(url, code ? { ...init, headers: { ...(init.headers as Record<string, string>), prefer: `code=${code}` } } : init);
  };
  const s = createEndUserSession({ baseUrl: inject("prismUrls").platform!, organisationId: ORG, token: TOKEN, environmentId: ENV, fetch, maxRetries: 0 });
  const operations = () => rec.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
  return { s, rec, operations };
}

describe("the end-user session against the Platform contract", () => {
  test("endUser(): found (200), with the JWT scheme", async () => {
    const { s, rec, operations } = session();
    const user = await s.endUser();
    expect(user).toMatchObject({ externalId: "cust-48213", organisationId: ORG });
    expect(operations()).toEqual([`GET /o/${ORG}/users/cust-48213`]);
    expect(rec.requests[0]!.headers.get("authorization")).toBe(`JWT ${TOKEN}`);
    expect(rec.violations()).toEqual([]);
  });

  test("endUser(): missing (404), then created (201)", async () => {
    const { s, rec, operations } = session({ 1: "404" });
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(operations()).toEqual([`GET /o/${ORG}/users/cust-48213`, `POST /o/${ORG}/users`]);
    expect(rec.responses.map((r) => r.status)).toEqual([404, 201]);
    expect(rec.violations()).toEqual([]);
  });

  test("endUser(): missing, the create conflicts (409, in the contract), read again", async () => {
    const { s, rec } = session({ 1: "404", 2: "409" });
    await expect(s.endUser()).resolves.toMatchObject({ externalId: "cust-48213" });
    expect(rec.responses.map((r) => r.status)).toEqual([404, 409, 200]);
    expect(rec.violations()).toEqual([]);
  });

  test("integrations(): ListProjects, then ListUserActivations and ListProjectConnectionTemplates for the environment", async () => {
    const { s, rec, operations } = session();
    const list = await s.integrations();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ environment: { id: ENV, name: "production" }, activated: true, activation: { user: { externalId: "cust-48213" } } });
    expect(list[0]!.connectionTemplates[0]).toMatchObject({ name: "shopify", dynamic: true });
    expect(operations()).toEqual([
      `GET /o/${ORG}/users/cust-48213`,
      `GET /o/${ORG}/projects`,
      `GET /o/${ORG}/environment/${ENV}/users/cust-48213/activations`,
      `GET /o/${ORG}/projects/01JR1BZQCYS9AMYX9277MZHQ8C/connection-templates`,
    ]);
    expect(rec.violations()).toEqual([]);
  });

  test("connections(), activate(), setVariables(), deactivate()", async () => {
    const { s, rec } = session();
    expect((await s.connections({ systemId: "01JRRXZVSZD9W5DZ2S6CFVPMBW" }))[0]).toMatchObject({ name: "acme-store" });
    const activation = await s.activate({
      connections: [{ connectionTemplateId: "01JRYR64PT6H1MZ1EBFNZKNSEX", existingConnectionId: "01JR7T5KB03HQF0SKGWWCFBSZJ" }],
      dynamicVariables: { region: "eu-west" },
    });
    expect(activation.user.externalId).toBe("cust-48213");
    expect(await s.setVariables({ activationId: activation.id, variables: { warehouse: "rotterdam" } })).toMatchObject({ warehouse: "rotterdam" });
    await expect(s.deactivate({ activationId: activation.id })).resolves.toBeUndefined();
    expect(rec.responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 204]);
    expect(rec.violations()).toEqual([]);
  });
});
