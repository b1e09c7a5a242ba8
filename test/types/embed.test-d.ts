// versori-client/embed's typed surface: the session's inputs derive from the Platform contract
// (ActivationCreate without the user, InitialiseOAuth2ConnectionRequest), a browser Window is a
// popup (and null, a blocked one), the code is the credential's `oauth2Code` data as is, and the
// error's reason is a closed union.
import { describe, expectTypeOf, test } from "vitest";
import {
  createEndUserSession,
  VersoriOAuthError,
  type EndUserIntegration,
  type EndUserSession,
  type OAuth2Code,
  type OAuthFailure,
} from "../../src/embed/index.js";
import { createPlatformClient, type PlatformActivation, type PlatformEndUser, type PlatformSchemas } from "../../src/index.js";
import { connectOAuth2Loopback } from "../../src/oauth-loopback/index.js";

const session = createEndUserSession({ organisationId: "o", token: "a.b.c" });
const body: PlatformSchemas["InitialiseOAuth2ConnectionRequest"] = {
  credential: { id: "c", organisationId: "o" },
  authorizeUrl: "https://accounts.example.com/authorize",
  clientId: "client",
};

describe("createEndUserSession", () => {
  test("organisationId and token are required; a token function may be sync or async; client options pass", () => {
    expectTypeOf(session).toEqualTypeOf<EndUserSession>();
    createEndUserSession({ organisationId: "o", token: () => "jwt" });
    createEndUserSession({ organisationId: "o", token: async () => "jwt", baseUrl: "https://x", timeoutMs: 1, middleware: [], fetch: globalThis.fetch });
    // @ts-expect-error the organisation is required
    createEndUserSession({ token: "jwt" });
    // @ts-expect-error the token is required
    createEndUserSession({ organisationId: "o" });
    // @ts-expect-error the session always sends a JWT: no authScheme
    createEndUserSession({ organisationId: "o", token: "jwt", authScheme: "Bearer" });
    // @ts-expect-error a token function gives a string
    createEndUserSession({ organisationId: "o", token: () => 1 });
  });
});

describe("the session's methods", () => {
  test("end user, integrations, connections", () => {
    expectTypeOf(session.endUser).returns.resolves.toEqualTypeOf<PlatformEndUser>();
    expectTypeOf(session.integrations).returns.resolves.toEqualTypeOf<EndUserIntegration[]>();
    expectTypeOf<EndUserIntegration["activation"]>().toEqualTypeOf<PlatformActivation | undefined>();
    expectTypeOf<EndUserIntegration["connectionTemplates"]>().toEqualTypeOf<PlatformSchemas["ConnectionTemplate"][]>();
    expectTypeOf(session.connections).returns.resolves.toEqualTypeOf<PlatformSchemas["Connection"][]>();
  });

  test("activate takes ActivationCreate without the user; environmentId is optional", () => {
    void session.activate({ connections: [{ connectionTemplateId: "t", existingConnectionId: "c" }], dynamicVariables: { region: "eu" } });
    void session.activate({ environmentId: "e", connections: [] });
    // @ts-expect-error connections are required
    void session.activate({ environmentId: "e" });
    // @ts-expect-error the session names the user itself
    void session.activate({ connections: [], userId: "someone-else" });
    expectTypeOf(session.activate).returns.resolves.toEqualTypeOf<PlatformActivation>();
    expectTypeOf(session.deactivate).returns.resolves.toEqualTypeOf<void>();
    // @ts-expect-error which activation
    void session.deactivate({});
    expectTypeOf(session.setVariables).returns.resolves.toEqualTypeOf<PlatformSchemas["DynamicVariables"]>();
  });

  test("connectOAuth2: the contract's body, a Window or null as popup, the oauth2Code credential data back", () => {
    expectTypeOf(session.connectOAuth2).returns.resolves.toEqualTypeOf<OAuth2Code>();
    expectTypeOf<OAuth2Code>().toEqualTypeOf<PlatformSchemas["CredentialDataOAuth2Code"]>();
    const popup: Window | null = null as Window | null;
    void session.connectOAuth2({ systemId: "s", body, popup, timeoutMs: 1000, closedPollMs: 100, callbackOrigin: "https://x", signal: AbortSignal.timeout(1) });
    // @ts-expect-error the body needs the client id
    void session.connectOAuth2({ systemId: "s", body: { credential: body.credential, authorizeUrl: "https://x" } });
    // @ts-expect-error which system
    void session.connectOAuth2({ body });
    const data: PlatformSchemas["CredentialData"] = { oauth2Code: {} as OAuth2Code };
    void data;
  });
});

test("VersoriOAuthError's reason", () => {
  expectTypeOf<VersoriOAuthError["reason"]>().toEqualTypeOf<OAuthFailure>();
  expectTypeOf<OAuthFailure>().toEqualTypeOf<
    "denied" | "closed" | "timeout" | "aborted" | "blocked" | "opener_lost" | "superseded" | "state_mismatch" | "invalid_response" | "port_in_use"
  >();
  expectTypeOf<VersoriOAuthError["errorDescription"]>().toEqualTypeOf<string | undefined>();
});

test("connectOAuth2Loopback takes a Platform client and the body without redirectUrl; resolves the oauth2Code data", () => {
  const platform = createPlatformClient({ token: "api-key", organisationId: "o" });
  expectTypeOf(connectOAuth2Loopback).parameter(1).toHaveProperty("port").toEqualTypeOf<number | undefined>();
  expectTypeOf(connectOAuth2Loopback(platform, { systemId: "s", body: { credential: { id: "c", organisationId: "o" }, authorizeUrl: "https://x", clientId: "c" } })).resolves.toEqualTypeOf<OAuth2Code>();
  // @ts-expect-error the loopback server's URL is the redirectUrl
  void connectOAuth2Loopback(platform, { systemId: "s", body: { credential: { id: "c", organisationId: "o" }, authorizeUrl: "https://x", clientId: "c", redirectUrl: "https://elsewhere" } });
  expectTypeOf<OAuth2Code["redirectUrl"]>().toEqualTypeOf<string | undefined>();
});
