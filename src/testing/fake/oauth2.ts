// OAuth 2.0 connections. InitialiseOAuth2Connection answers the provider's authorisation URL as the
// contract describes it: `authorizeUrl` with `client_id`, `response_type=code`, `scope` (the scopes,
// with `offline_access` unless `disableOfflineAccess`), a new `state`, `prompt` (`login` unless sent,
// none when `additionalParams` holds `approval_prompt`), `redirect_uri` (the request's `redirectUrl`,
// else a stand-in for the platform's own callback page, whose address the contract does not give)
// and `additionalParams` (one naming a parameter the platform sets is 400). A credential of another
// organisation is 403. The fake keeps each state, so that the URL can be completed: a credential
// whose data is an `oauth2Code` (CreateConnection, ActivateUser) must carry a state made here and
// not used yet, and the `redirectUrl` the flow was started with (else 400 naming the field); it is
// then kept as an `oauth2-token` credential with the scopes asked for and its tokens redacted. No
// provider is called: any `code` is taken.
import { badRequest, FakeError } from "./errors.js";
import { answer } from "./generic.js";
import { isObject, type Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

/** Where the fake keeps the states it made (no part of the contract). */
const statesOf = (ctx: Context) => ctx.state.collection(`platform:/o/${ctx.organisationId}/oauth2-states`);
const CALLBACK = "https://platform.versori.com/oauth2/callback";
const SET_BY_PLATFORM = ["client_id", "response_type", "scope", "state", "prompt", "redirect_uri"];
const REDACTED = "**redacted**";
const newState = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18)))).replace(/\+/g, "-").replace(/\//g, "_");

/**
 * The credential of a connection as kept: an `oauth2Code` completes the flow its state names (once,
 * with that flow's `redirectUrl`) and becomes the `oauth2-token` it is exchanged for.
 */
export function redeemOAuth2Code(ctx: Context, credential: Json, field: string): void {
  const code = isObject(credential.data) ? credential.data.oauth2Code : undefined;
  if (!isObject(code)) return;
  const states = statesOf(ctx);
  const flow = states.get(String(code.state));
  if (!flow) throw badRequest("The OAuth 2.0 state is not one this platform made, or was used.", [{ field: `${field}.state`, message: "is no state of a flow started with InitialiseOAuth2Connection, or was used" }]);
  if (code.redirectUrl !== flow.redirectUrl) {
    const expected = flow.redirectUrl === undefined ? "absent, as the flow was started without one" : `${String(flow.redirectUrl)}, the redirectUrl the flow was started with`;
    throw badRequest("The redirect URL is not the one the OAuth 2.0 flow was started with.", [{ field: `${field}.redirectUrl`, message: `must be ${expected}` }]);
  }
  states.delete(String(code.state));
  Object.assign(credential, { type: "oauth2-token", data: { oauth2Token: { scopes: flow.scopes, accessToken: REDACTED, refreshToken: REDACTED } } });
}

export const oauth2: Resource = {
  api: "platform",
  rules: {
    InitialiseOAuth2Connection(call: Call, ctx: Context) {
      const body = call.body as { credential: Json; authorizeUrl: string; redirectUrl?: string; clientId: string; scopes?: string[]; disableOfflineAccess?: boolean; prompt?: string; additionalParams?: string };
      if (body.credential.organisationId !== ctx.organisationId) throw new FakeError(403, `The credential belongs to organisation ${String(body.credential.organisationId)}, not the caller's.`);
      const extra = new URLSearchParams(body.additionalParams ?? "");
      const clash = SET_BY_PLATFORM.find((name) => extra.has(name));
      if (clash) throw badRequest(`additionalParams sets ${clash}, which the platform sets.`, [{ field: "additionalParams", message: `sets ${clash}, which the platform sets` }]);
      const scopes = [...(body.scopes ?? [])];
      if (!body.disableOfflineAccess && !scopes.includes("offline_access")) scopes.push("offline_access");
      const state = newState();
      const url = new URL(body.authorizeUrl);
      const prompt = body.prompt ?? (extra.has("approval_prompt") ? undefined : "login");
      const params: Record<string, string | undefined> = { client_id: body.clientId, response_type: "code", scope: scopes.join(" "), state, prompt, redirect_uri: body.redirectUrl ?? CALLBACK };
      for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
      for (const [name, value] of extra) url.searchParams.append(name, value);
      statesOf(ctx).set(state, { systemId: call.params.system_id, redirectUrl: body.redirectUrl, scopes });
      return answer(call, { url: url.toString() });
    },
  },
};
