// VersoriOAuthError: the one error connectOAuth2 (popup) and connectOAuth2Loopback (terminal)
// reject with when the OAuth 2.0 flow does not end with a code (a failure of the
// InitialiseOAuth2Connection call itself stays the client's VersoriApiError /
// VersoriConnectionError / VersoriTimeoutError). Its message never holds the code, the state or a
// token; for `denied` it quotes the provider's error and description.

/**
 * Why the flow ended without a code:
 * - `denied`: the provider answered with an `error` (`access_denied` when the user said no),
 *   given in `error`, `errorDescription` and `errorUri`;
 * - `closed`: the popup was closed before the answer came (by the user, usually);
 * - `timeout`: no answer within `timeoutMs`;
 * - `aborted`: the caller's AbortSignal fired, or the page that ran the flow was left;
 * - `blocked`: no popup window could be opened (a popup blocker, COOP or noopener, or no browser
 *   window at all);
 * - `opener_lost`: with the platform's callback page, the popup was cut off from the page
 *   (Cross-Origin-Opener-Policy) before the answer came: that page can no longer answer;
 * - `superseded`: another flow was given the same popup window;
 * - `state_mismatch`: the answer's `state` is not the one this flow sent: a forged or stale answer;
 * - `invalid_response`: the platform's authorisation URL has no `state` or is not http(s), or the
 *   callback's answer is empty or has neither a `code` nor an `error`;
 * - `port_in_use` (terminal flow): the loopback port is taken by another program.
 */
export type OAuthFailure =
  | "denied"
  | "closed"
  | "timeout"
  | "aborted"
  | "blocked"
  | "opener_lost"
  | "superseded"
  | "state_mismatch"
  | "invalid_response"
  | "port_in_use";

const MESSAGES: Record<OAuthFailure, string> = {
  denied: "the provider refused the authorisation",
  closed: "the popup was closed before the authorisation finished",
  timeout: "no answer from the authorisation popup in time",
  aborted: "the authorisation was aborted",
  blocked: "no popup window could be opened (blocked?): open it in the click handler and pass it as `popup`",
  opener_lost:
    "the popup was cut off from this page (Cross-Origin-Opener-Policy) or closed before the platform's callback could answer: " +
    "send a `redirectUrl` of your own origin whose page calls completeOAuth2()",
  superseded: "another authorisation was started in the same popup window",
  state_mismatch: "the answer's state is not the one this authorisation sent (forged or stale)",
  invalid_response: "the authorisation URL or the callback's answer is not usable",
  port_in_use: "the loopback port for the callback is in use by another program",
};

/** What the message says instead of the reason's usual sentence (the cases that need more). */
export const HINTS = {
  /** A null window although the call had a user gesture: no blocker, the opener was cut off. */
  blockedDespiteGesture:
    "no window although the click was being handled: likely opened without an opener (noopener, or Cross-Origin-Opener-Policy: " +
    "same-origin on the page around this frame; a blank window may be open): start the flow from a top-level page",
  emptyAnswer: "the callback got no query parameters (response_mode=fragment or form_post?)",
};

// Both builds (ES module and CommonJS) can be loaded in one program; a global brand lets each
// copy's instanceof recognise the other's errors, as the package's other errors do.
const BRAND = Symbol.for("versori-client.oauth-error");

export class VersoriOAuthError extends Error {
  readonly reason: OAuthFailure;
  /** `denied` only: the provider's `error` code (`access_denied`, `invalid_scope`, ...). */
  readonly error: string | undefined;
  /** `denied` only: the provider's `error_description`. */
  readonly errorDescription: string | undefined;
  /** `denied` only: the provider's `error_uri`. */
  readonly errorUri: string | undefined;

  /** @internal */
  constructor(
    reason: OAuthFailure,
    provider: { error?: string | undefined; description?: string | undefined; uri?: string | undefined } = {},
    cause?: unknown,
    detail?: string,
  ) {
    const said = provider.error === undefined ? "" : `: ${provider.error}${provider.description ? ` (${provider.description})` : ""}`;
    super(`OAuth 2.0: ${detail ?? MESSAGES[reason]}${said}`, cause === undefined ? undefined : { cause });
    this.name = "VersoriOAuthError";
    this.reason = reason;
    this.error = provider.error;
    this.errorDescription = provider.description;
    this.errorUri = provider.uri;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === VersoriOAuthError && (value as { [BRAND]?: unknown } | null)?.[BRAND] === true);
  }

  /** Safe to log: name, reason, message and the provider's error fields. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, reason: this.reason, message: this.message, error: this.error, errorDescription: this.errorDescription, errorUri: this.errorUri };
  }
}
