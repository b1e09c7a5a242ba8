// What the provider sent back to the redirect URL, read the same way by every flow (the popup with
// the platform's callback page or the app's own, and the terminal's loopback server): the `state`
// must be the one sent, an `error` is the provider's refusal, a `code` is the result.
import type { components } from "../../generated/platform-v2.js";
import { HINTS, VersoriOAuthError } from "./oauth2-error.js";

/**
 * What a completed authorisation gives: the code, the state it came with, any other parameters
 * of the callback (URL-encoded), and the redirect URL when the flow sent one. The `oauth2Code`
 * data of a new credential, as is.
 */
export type OAuth2Code = components["schemas"]["CredentialDataOAuth2Code"];

/** The state an http(s) authorisation URL carries; undefined for any other URL. */
export function stateOf(url: unknown): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url as string);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(parsed.protocol) ? parsed.searchParams.get("state") || undefined : undefined;
}

/** The code of an answer (its query string) to the flow that sent `state`, or the error it ends with. */
export function readAnswer(search: string, state: string, redirectUrl?: string): OAuth2Code | VersoriOAuthError {
  const params = new URLSearchParams(search);
  if (params.size === 0) return new VersoriOAuthError("invalid_response", undefined, undefined, HINTS.emptyAnswer);
  const answered = params.get("state");
  const error = params.get("error");
  // A provider may leave the state out of an error; a code always needs the one sent.
  if (answered === null ? error === null : answered !== state) return new VersoriOAuthError("state_mismatch");
  if (error !== null) {
    return new VersoriOAuthError("denied", { error, description: params.get("error_description") ?? undefined, uri: params.get("error_uri") ?? undefined });
  }
  const code = params.get("code");
  if (!code) return new VersoriOAuthError("invalid_response");
  params.delete("code");
  params.delete("state");
  const rest = params.toString();
  return { code, state, ...(rest ? { additionalParams: rest } : {}), ...(redirectUrl === undefined ? {} : { redirectUrl }) };
}
