// VersoriOAuthError: the one error connectOAuth2 rejects with when the OAuth 2.0 popup flow does
// not end with a code (a failure of the InitialiseOAuth2Connection call itself stays the client's
// VersoriApiError / VersoriConnectionError / VersoriTimeoutError). Its message never holds the
// code, the state or a token; for `denied` it quotes the provider's error and description.

/**
 * Why the flow ended without a code:
 * - `denied`: the provider answered with an `error` (`access_denied` when the user said no),
 *   given in `error`, `errorDescription` and `errorUri`;
 * - `closed`: the popup was closed before the answer came (by the user, usually);
 * - `timeout`: no answer within `timeoutMs`;
 * - `aborted`: the caller's AbortSignal fired;
 * - `blocked`: no popup window could be opened (a popup blocker, or no browser window at all);
 * - `state_mismatch`: the answer's `state` is not the one this flow sent: a forged or stale answer;
 * - `invalid_response`: the platform's authorisation URL has no `state` or is not http(s), or the
 *   callback's answer has neither a `code` nor an `error`.
 */
export type OAuthFailure = "denied" | "closed" | "timeout" | "aborted" | "blocked" | "state_mismatch" | "invalid_response";

const MESSAGES: Record<OAuthFailure, string> = {
  denied: "the provider refused the authorisation",
  closed: "the popup was closed before the authorisation finished",
  timeout: "no answer from the authorisation popup in time",
  aborted: "the authorisation was aborted",
  blocked: "no popup window could be opened (blocked?): open it in the click handler and pass it as `popup`",
  state_mismatch: "the answer's state is not the one this authorisation sent (forged or stale)",
  invalid_response: "the authorisation URL or the callback's answer is not usable",
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
  constructor(reason: OAuthFailure, provider: { error?: string | undefined; description?: string | undefined; uri?: string | undefined } = {}, cause?: unknown) {
    const said = provider.error === undefined ? "" : `: ${provider.error}${provider.description ? ` (${provider.description})` : ""}`;
    super(`OAuth 2.0: ${MESSAGES[reason]}${said}`, cause === undefined ? undefined : { cause });
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
