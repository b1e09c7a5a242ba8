// The popup side of the platform's OAuth 2.0 callback protocol. The popup goes to the provider's
// authorisation URL (from InitialiseOAuth2Connection; it carries the `state`), and after the login
// the provider sends it to the platform's callback page. Meanwhile the opener says
// `{ type: "hello", payload: { state } }` to the popup every 500 ms, addressed to the callback's
// origin only; the callback page answers the opener with `{ type: "response", payload: { search } }`,
// the query string it was loaded with (`code` and `state`, or `error`...). Only an answer from
// that origin AND from that popup counts, and only when its state is the one sent.
//
// Every way out settles the promise once and undoes everything: the message and abort listeners,
// the hello and closed-popup intervals, the deadline, the pending API call; and closes the popup.
import type { components } from "../../generated/platform-v2.js";
import { VersoriOAuthError, type OAuthFailure } from "./oauth2-error.js";
import type { OAuth2PopupWindow } from "./popup-window.js";

/**
 * What a completed authorisation gives: the code, the state it came with, and any other
 * parameters of the callback, URL-encoded. The `oauth2Code` data of a new credential, as is.
 */
export type OAuth2Code = components["schemas"]["CredentialDataOAuth2Code"];

/** The protocol's interval: how often the opener says hello to the popup. */
export const HELLO_MS = 500;
export const DEFAULT_OAUTH2_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_CLOSED_POLL_MS = 250;

export interface OAuth2FlowOptions {
  popup: OAuth2PopupWindow;
  callbackOrigin: string;
  timeoutMs: number;
  closedPollMs: number;
  signal?: AbortSignal | undefined;
  /** Gets the authorisation URL; `signal` aborts it when the flow ends first. */
  start(signal: AbortSignal): Promise<string>;
  /** Where the callback page's answer arrives: the page's window (tests give their own). */
  opener?: MessageTarget | undefined;
}

export interface MessageTarget {
  addEventListener(type: "message", listener: (event: { origin: string; source: unknown; data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (event: { origin: string; source: unknown; data: unknown }) => void): void;
}

/** The `search` of a callback answer; undefined for a message of any other shape. */
function searchOf(data: unknown): string | undefined {
  if (data === null || typeof data !== "object" || (data as { type?: unknown }).type !== "response") return undefined;
  const payload = (data as { payload?: unknown }).payload;
  const search = payload !== null && typeof payload === "object" ? (payload as { search?: unknown }).search : undefined;
  return typeof search === "string" ? search : undefined;
}

/** The state an http(s) authorisation URL carries; undefined for any other URL. */
function stateOf(url: unknown): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url as string);
  } catch {
    return undefined;
  }
  return /^https?:$/.test(parsed.protocol) ? parsed.searchParams.get("state") || undefined : undefined;
}

export function runOAuth2Flow(options: OAuth2FlowOptions): Promise<OAuth2Code> {
  const { popup, callbackOrigin, signal } = options;
  return new Promise<OAuth2Code>((resolve, reject) => {
    const undo: (() => void)[] = [];
    const api = new AbortController();
    let settled = false;
    const settle = (failed: boolean, outcome: unknown) => {
      if (settled) return;
      settled = true;
      for (const step of undo) step();
      api.abort(outcome);
      try {
        if (!popup.closed) popup.close();
      } catch {
        // A window that refuses to close is left to the user.
      }
      if (failed) reject(outcome);
      else resolve(outcome as OAuth2Code);
    };
    const fail = (reason: OAuthFailure, provider?: ConstructorParameters<typeof VersoriOAuthError>[1], cause?: unknown) =>
      settle(true, new VersoriOAuthError(reason, provider, cause));
    const every = (ms: number, tick: () => void) => {
      const id = setInterval(tick, ms);
      undo.push(() => clearInterval(id));
    };

    if (signal?.aborted) return fail("aborted", undefined, signal.reason);
    if (signal) {
      const onAbort = () => fail("aborted", undefined, signal.reason);
      signal.addEventListener("abort", onAbort);
      undo.push(() => signal.removeEventListener("abort", onAbort));
    }
    const deadline = setTimeout(() => fail("timeout"), options.timeoutMs);
    undo.push(() => clearTimeout(deadline));
    // A callback page may answer and close itself at once: a popup seen closed gets one more
    // tick for that answer to arrive before the flow ends as `closed`.
    let closedOnce = false;
    every(options.closedPollMs, () => {
      if (!popup.closed) closedOnce = false;
      else if (closedOnce) fail("closed");
      else closedOnce = true;
    });

    const listen = (url: string) => {
      if (settled) return;
      const state = stateOf(url);
      if (state === undefined) return fail("invalid_response");
      const target = options.opener ?? (globalThis as unknown as MessageTarget);
      const onMessage = (event: { origin: string; source: unknown; data: unknown }) => {
        if (event.origin !== callbackOrigin || event.source !== popup) return;
        const search = searchOf(event.data);
        if (search === undefined) return;
        const params = new URLSearchParams(search);
        const answered = params.get("state");
        const error = params.get("error");
        // A provider may leave the state out of an error; a code always needs the one sent.
        if (answered === null ? error === null : answered !== state) return fail("state_mismatch");
        if (error !== null) {
          return fail("denied", { error, description: params.get("error_description") ?? undefined, uri: params.get("error_uri") ?? undefined });
        }
        const code = params.get("code");
        if (!code) return fail("invalid_response");
        params.delete("code");
        params.delete("state");
        const rest = params.toString();
        settle(false, rest ? { code, state, additionalParams: rest } : { code, state });
      };
      target.addEventListener("message", onMessage);
      undo.push(() => target.removeEventListener("message", onMessage));
      try {
        popup.location.href = url;
      } catch (cause) {
        return fail("blocked", undefined, cause);
      }
      const hello = () => {
        try {
          popup.postMessage({ type: "hello", payload: { state } }, callbackOrigin);
        } catch {
          // A closed popup: the closed-popup check ends the flow.
        }
      };
      hello();
      every(HELLO_MS, hello);
    };
    // A start that throws rejects the flow like one that rejects; so does a listen that throws.
    new Promise<string>((started) => started(options.start(api.signal)))
      .then(listen)
      .then(undefined, (error: unknown) => settle(true, error));
  });
}
