// The opener's side of an OAuth 2.0 login in a popup. InitialiseOAuth2Connection gives the
// provider's authorisation URL (it carries the `state`); the popup goes there, and after the login
// the provider sends it to the redirect URL, one of two pages:
//   - the app's own callback page (`redirectUrl` on the page's origin; the recommended way): it
//     calls completeOAuth2(), which hands its query string over the same-origin link of
//     oauth2-link.ts (or the `opener` where one is left); the flow acknowledges, and the page closes;
//   - the platform's callback page (no `redirectUrl`): the opener says
//     `{ type: "hello", payload: { state } }` to the popup every 500 ms, addressed to the callback's
//     origin only, and that page answers through `opener` with `{ type: "response", payload: { search } }`.
//     Only an answer from that origin AND from that popup counts.
// Either way the answer is read by readAnswer (state checked, error, code).
//
// Closed or cut off: Cross-Origin-Opener-Policy on the provider's page (or the app's, or the
// callback's) moves the popup into another browsing-context group, and from then on the opener's
// reference reads `closed === true` while the window is still on screen: exactly as a window the
// user closed (Chromium shows no difference on any property). The flow tells them apart by when it
// happens: a popup that was seen on a page of another origin, still attached, and then reads closed
// while this page has the focus back was closed by the user (`closed`, within three polls); one that
// reads closed at its first cross-origin page (never seen attached there), or while another window
// has the focus, was cut off. Cut off, the app's own callback page still reaches the flow, which
// goes on waiting (until the timeout or the signal) and calls `onPopupDetached`; the platform's
// callback page can no longer answer, and the flow ends as `opener_lost`.
//
// Every way out settles the promise once and undoes everything: the listeners (message, pagehide,
// abort), the link, the intervals, the deadline, the pending API call; and closes the popup
// (except when a newer flow took it over).
import { readAnswer, stateOf, type OAuth2Code } from "./oauth2-answer.js";
import { VersoriOAuthError, type OAuthFailure } from "./oauth2-error.js";
import { ANSWER, channelName, FLOW_MARK, openLink, RECEIVED, type Link, type LinkMessage } from "./oauth2-link.js";
import type { OAuth2PopupWindow } from "./popup-window.js";

export type { OAuth2Code } from "./oauth2-answer.js";

/** The protocol's interval: how often the opener says hello to the platform's callback page. */
export const HELLO_MS = 500;
export const DEFAULT_OAUTH2_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_CLOSED_POLL_MS = 250;
/** Polls that still see the popup closed before the flow ends as `closed`: room for an answer sent as it closed. */
const CLOSED_GRACE_POLLS = 2;

type PageEvent = { origin: string; source: unknown; data: unknown };
type PageListener = (event: PageEvent) => void;

/** The page the flow runs in, as the flow uses it (the browser's window; tests give their own). */
export interface FlowPage {
  addEventListener(type: "message" | "pagehide", listener: PageListener): void;
  removeEventListener(type: "message" | "pagehide", listener: PageListener): void;
  /** True while this page's window has the focus (the popup's does not). */
  hasFocus?(): boolean;
}

export interface OAuth2FlowOptions {
  popup: OAuth2PopupWindow;
  /** The platform's callback origin (used without `redirectUrl`). */
  callbackOrigin: string;
  /** The app's own callback page, on `pageOrigin`; the answer comes over the link. */
  redirectUrl?: string | undefined;
  /** This page's origin (with `redirectUrl`). */
  pageOrigin?: string | undefined;
  timeoutMs: number;
  closedPollMs: number;
  signal?: AbortSignal | undefined;
  /** Called once when the popup was cut off from this page while the flow goes on waiting. */
  onPopupDetached?: (() => void) | undefined;
  /** Gets the authorisation URL; `signal` aborts it when the flow ends first. */
  start(signal: AbortSignal): Promise<string>;
  /** The page's window (tests give their own). */
  page?: FlowPage | undefined;
  /** Opens the link of a channel name (tests give their own). */
  link?: ((name: string, receive: (message: LinkMessage) => void) => Link) | undefined;
}

/** The `search` of a platform callback answer; undefined for a message of any other shape. */
function searchOf(data: unknown): string | undefined {
  if (data === null || typeof data !== "object" || (data as { type?: unknown }).type !== "response") return undefined;
  const payload = (data as { payload?: unknown }).payload;
  const search = payload !== null && typeof payload === "object" ? (payload as { search?: unknown }).search : undefined;
  return typeof search === "string" ? search : undefined;
}

/** True while the popup shows a page of another origin (reading its location throws then). */
function onOtherOrigin(popup: OAuth2PopupWindow): boolean {
  try {
    void popup.location.href;
    return false;
  } catch {
    return true;
  }
}

/** The browser's window as a FlowPage (the focus is the document's). */
function browserPage(): FlowPage {
  const g = globalThis as unknown as Partial<FlowPage> & { document?: { hasFocus?(): boolean } };
  return {
    addEventListener: (type, listener) => g.addEventListener?.(type, listener),
    removeEventListener: (type, listener) => g.removeEventListener?.(type, listener),
    hasFocus: () => g.document?.hasFocus?.() !== false,
  };
}

/** Each popup window's running flow, so that a second flow given the same window ends the first. */
const running = new WeakMap<object, () => void>();

export function runOAuth2Flow(options: OAuth2FlowOptions): Promise<OAuth2Code> {
  const { popup, callbackOrigin, redirectUrl, signal } = options;
  const page = options.page ?? browserPage();
  return new Promise<OAuth2Code>((resolve, reject) => {
    const undo: (() => void)[] = [];
    const api = new AbortController();
    let settled = false;
    const settle = (failed: boolean, outcome: unknown, keepPopup = false) => {
      if (settled) return;
      settled = true;
      for (const step of undo) step();
      api.abort(outcome);
      try {
        if (!keepPopup && !popup.closed) popup.close();
      } catch {
        // A window that refuses to close is left to the user.
      }
      if (failed) reject(outcome);
      else resolve(outcome as OAuth2Code);
    };
    const fail = (reason: OAuthFailure, cause?: unknown) => settle(true, new VersoriOAuthError(reason, undefined, cause));
    const every = (ms: number, tick: () => void) => {
      const id = setInterval(tick, ms);
      const stop = () => clearInterval(id);
      undo.push(stop);
      return stop;
    };
    const on = (type: "message" | "pagehide", listener: PageListener) => {
      page.addEventListener(type, listener);
      undo.push(() => page.removeEventListener(type, listener));
    };

    if (signal?.aborted) return fail("aborted", signal.reason);
    if (signal) {
      const onAbort = () => fail("aborted", signal.reason);
      signal.addEventListener("abort", onAbort);
      undo.push(() => signal.removeEventListener("abort", onAbort));
    }
    // A newer flow in this window ends this one, and keeps the window.
    running.get(popup)?.();
    const supersede = () => settle(true, new VersoriOAuthError("superseded"), true);
    running.set(popup, supersede);
    undo.push(() => {
      if (running.get(popup) === supersede) running.delete(popup);
    });
    // Leaving the page (navigation, reload, a removed iframe) ends the flow and closes the popup.
    on("pagehide", () => fail("aborted", new Error("the page that ran the authorisation was left")));
    const deadline = setTimeout(() => fail("timeout"), options.timeoutMs);
    undo.push(() => clearTimeout(deadline));

    let navigated = false;
    let seenAcross = false;
    let closedPolls = 0;
    const stopPolling = every(options.closedPollMs, () => {
      if (!popup.closed) {
        closedPolls = 0;
        if (navigated && !seenAcross) seenAcross = onOtherOrigin(popup);
      } else if (navigated && (!seenAcross || page.hasFocus?.() === false)) {
        // Cut off (or closed, which cannot be told apart then).
        if (redirectUrl === undefined) return fail("opener_lost");
        stopPolling();
        try {
          options.onPopupDetached?.();
        } catch {
          // The app's callback is its own business.
        }
      } else if (++closedPolls > CLOSED_GRACE_POLLS) fail("closed");
    });

    const take = (search: string, state: string) => {
      const answer = readAnswer(search, state, redirectUrl);
      if (answer instanceof VersoriOAuthError) settle(true, answer);
      else settle(false, answer);
    };

    const listen = (url: string) => {
      if (settled) return;
      const state = stateOf(url);
      if (state === undefined) return fail("invalid_response");
      if (redirectUrl !== undefined) {
        // The app's own callback page: the link, and the opener where one is left.
        const link = (options.link ?? openLink)(channelName(state), (message) => {
          if (message.type !== ANSWER || typeof message.search !== "string") return;
          link.send({ type: RECEIVED });
          take(message.search, state);
        });
        undo.push(() => link.close());
        on("message", (event) => {
          const data = event.data as LinkMessage | null;
          if (event.origin !== options.pageOrigin || event.source !== popup || data?.type !== ANSWER || typeof data.search !== "string") return;
          (event.source as OAuth2PopupWindow).postMessage({ type: RECEIVED }, event.origin);
          take(data.search, state);
        });
        try {
          // The popup is still this page's blank window: its tab keeps the mark for the callback page.
          (popup as { sessionStorage?: { setItem(key: string, value: string): void } }).sessionStorage?.setItem(FLOW_MARK, state);
        } catch {
          // Not ours to write (already elsewhere): the answer's own state names the channel.
        }
      } else {
        on("message", (event) => {
          if (event.origin !== callbackOrigin || event.source !== popup) return;
          const search = searchOf(event.data);
          if (search !== undefined) take(search, state);
        });
      }
      try {
        popup.location.href = url;
        navigated = true;
      } catch (cause) {
        return fail("blocked", cause);
      }
      if (redirectUrl !== undefined) return;
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
