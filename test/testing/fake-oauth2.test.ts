// InitialiseOAuth2Connection on the fake platform through the real Platform client: the provider's
// authorisation URL with the parameters the contract lists and a new `state`, which a connection
// saved with that state's `oauth2Code` (the redirect's code and state) completes once; the
// connection then holds an `oauth2-token` credential with the scopes asked for, its tokens redacted.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

const AUTHORIZE = "https://accounts.example.com/oauth2/authorize";
const REDIRECT = "https://app.example.com/oauth/callback";
const CREDENTIAL = "01JRASCRXGFTKHQHYMSAHAVHV4";

async function withTemplate() {
  const clients = fakeClients();
  const { platform, fake } = clients;
  const system = await platform.createSystem({ body: { name: "Accounts", domain: "accounts.example.com", templateBaseUrl: "https://api.example.com", authSchemeConfigs: [] } });
  const project = await platform.createProject({ body: { name: "orders" } });
  const template = await platform.createConnectionTemplate({ projectId: project.id, body: { systemId: system.id, name: "accounts" } });
  const credential = { id: CREDENTIAL, organisationId: fake.organisationId };
  const initialise = (body: Record<string, unknown>) =>
    platform.initialiseOAuth2Connection({ systemId: system.id, body: { credential, authorizeUrl: AUTHORIZE, clientId: "acme", scopes: ["orders.read"], ...body } });
  const connect = (oauth2Code: { code: string; state: string; redirectUrl?: string }) =>
    platform.createConnection({
      body: {
        connectionTemplateId: template.connectionTemplateId!,
        connection: { name: "accounts", credentials: [{ id: "01JRBDGSR701BCGC8FW9JP7ENG", credential: { ...credential, type: "oauth2-code", data: { oauth2Code } } }] },
      },
    });
  return { ...clients, system, initialise, connect };
}

describe("InitialiseOAuth2Connection", () => {
  test("the authorisation URL carries client_id, response_type, scope with offline_access, prompt, redirect_uri and a new state", async () => {
    const { initialise } = await withTemplate();
    const { url } = await initialise({ redirectUrl: REDIRECT });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(AUTHORIZE);
    const params = Object.fromEntries(parsed.searchParams);
    expect(params).toEqual({ client_id: "acme", response_type: "code", scope: "orders.read offline_access", prompt: "login", redirect_uri: REDIRECT, state: expect.stringMatching(/^\S{16,}$/) });
    const again = new URL((await initialise({ redirectUrl: REDIRECT })).url).searchParams.get("state");
    expect(again).not.toBe(params.state);

    const custom = new URL((await initialise({ disableOfflineAccess: true, prompt: "consent", additionalParams: "audience=api&access_type=offline" })).url).searchParams;
    expect(custom.get("scope")).toBe("orders.read");
    expect(custom.get("prompt")).toBe("consent");
    expect(custom.get("audience")).toBe("api");
    expect(custom.get("access_type")).toBe("offline");
    // Without a redirectUrl the platform's own callback page receives the answer.
    expect(custom.get("redirect_uri")).toMatch(/^https:\/\//);
    // approval_prompt in additionalParams: no default prompt.
    expect(new URL((await initialise({ additionalParams: "approval_prompt=force" })).url).searchParams.has("prompt")).toBe(false);
  });

  test("a parameter the platform sets in additionalParams is 400; another organisation's credential 403; an unknown system 404", async () => {
    const { platform, fake, initialise } = await withTemplate();
    const clash = await rejection(initialise({ additionalParams: "state=mine" }));
    expect(clash.status).toBe(400);
    expect(clash.body.fields).toEqual([{ field: "additionalParams", message: "sets state, which the platform sets" }]);
    expect((await rejection(initialise({ credential: { id: CREDENTIAL, organisationId: "01HQ2Z8W4TQK6V9M3XJ7R5B2CD" } }))).status).toBe(403);
    const unknown = platform.initialiseOAuth2Connection({ systemId: CREDENTIAL, body: { credential: { id: CREDENTIAL, organisationId: fake.organisationId }, authorizeUrl: AUTHORIZE, clientId: "acme" } });
    expect((await rejection(unknown)).status).toBe(404);
  });

  test("a connection saved with the redirect's code and state completes it once: an oauth2-token credential with the scopes, tokens redacted", async () => {
    const { initialise, connect } = await withTemplate();
    const state = new URL((await initialise({ redirectUrl: REDIRECT })).url).searchParams.get("state")!;
    const wrongRedirect = await rejection(connect({ code: "code-1", state, redirectUrl: "https://elsewhere.example.com/cb" }));
    expect(wrongRedirect.status).toBe(400);
    expect(wrongRedirect.body.fields).toEqual([{ field: "credentials[0].credential.data.oauth2Code.redirectUrl", message: `must be ${REDIRECT}, the redirectUrl the flow was started with` }]);

    const connection = await connect({ code: "code-1", state, redirectUrl: REDIRECT });
    expect(connection.credentials[0]!.credential).toEqual({
      id: CREDENTIAL,
      organisationId: expect.any(String),
      type: "oauth2-token",
      data: { oauth2Token: { scopes: ["orders.read", "offline_access"], accessToken: "**redacted**", refreshToken: "**redacted**" } },
    });
    const reused = await rejection(connect({ code: "code-1", state, redirectUrl: REDIRECT }));
    expect(reused.status).toBe(400);
    expect(reused.body.fields).toEqual([{ field: "credentials[0].credential.data.oauth2Code.state", message: "is no state of a flow started with InitialiseOAuth2Connection, or was used" }]);
    expect((await rejection(connect({ code: "code-2", state: "made-up" }))).status).toBe(400);
  });
});
