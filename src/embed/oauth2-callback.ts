// completeOAuth2: the app's own OAuth 2.0 callback page (the `redirectUrl` a flow sent). It hands
// the query string it was loaded with to the flow waiting in the app's page, over the same-origin
// link of oauth2-link.ts (and the `opener`, where COOP left one), waits for the flow to say it
// took it, and closes its window. A page that no flow is waiting for says so and settles nothing.
// It needs no transport: a callback page that imports only this stays a few hundred bytes.
import { ANSWER, channelName, FLOW_MARK, openLink, RECEIVED, type LinkMessage } from "./oauth2-link.js";

export interface CompleteOAuth2Options {
  /** How long to wait for the flow to take the answer, in ms. Default 3000. */
  timeoutMs?: number | undefined;
  /** Close this window once the flow took the answer. Default true. */
  close?: boolean | undefined;
}

/** `delivered`: the waiting flow took the answer. `no_flow`: no flow took it (the page says so). */
export type CompleteOAuth2Result = "delivered" | "no_flow";

interface CallbackGlobal {
  location: { search: string; origin: string };
  sessionStorage?: { getItem(key: string): string | null; removeItem(key: string): void };
  opener?: { postMessage(message: unknown, targetOrigin: string): void } | null;
  document?: { title: string; body: { textContent: string | null } | null };
  addEventListener(type: "message", listener: (event: { source: unknown; origin: string; data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (event: { source: unknown; origin: string; data: unknown }) => void): void;
  close(): void;
}

const DONE = "You are signed in. You can close this window.";
const NO_FLOW = "No sign-in is waiting for this answer (the page that started it was closed, reloaded or timed out). Close this window and start again.";

/** The flow's state, kept by the popup's tab since the flow marked it; removed so that a reload does not answer twice. */
function markedState(g: CallbackGlobal): string | null {
  try {
    const state = g.sessionStorage?.getItem(FLOW_MARK) ?? null;
    g.sessionStorage?.removeItem(FLOW_MARK);
    return state;
  } catch {
    return null;
  }
}

function show(g: CallbackGlobal, text: string) {
  if (!g.document) return;
  g.document.title = text;
  if (g.document.body) g.document.body.textContent = text;
}

/**
 * Call this on the page at your `redirectUrl`: it gives the provider's answer to the
 * connectOAuth2 flow waiting in your app's page and closes the window. Resolves with
 * `delivered`, or `no_flow` (and shows a message on the page) when no flow took it.
 */
export function completeOAuth2(options: CompleteOAuth2Options = {}): Promise<CompleteOAuth2Result> {
  const g = globalThis as unknown as CallbackGlobal;
  const search = g.location.search;
  const state = markedState(g) ?? new URLSearchParams(search).get("state");
  if (!state) {
    show(g, NO_FLOW);
    return Promise.resolve("no_flow");
  }
  return new Promise<CompleteOAuth2Result>((resolve) => {
    const answer: LinkMessage = { type: ANSWER, search };
    const finish = (result: CompleteOAuth2Result) => {
      clearTimeout(timer);
      link.close();
      g.removeEventListener("message", onOpenerMessage);
      show(g, result === "delivered" ? DONE : NO_FLOW);
      if (result === "delivered" && options.close !== false) g.close();
      resolve(result);
    };
    const onMessage = (message: LinkMessage) => {
      if (message.type === RECEIVED) finish("delivered");
    };
    // The opener, where one is left, acknowledges on the window's own message event.
    const onOpenerMessage = (event: { source: unknown; origin: string; data: unknown }) => {
      if (event.source === g.opener && event.origin === g.location.origin && (event.data as LinkMessage | null)?.type === RECEIVED) finish("delivered");
    };
    const link = openLink(channelName(state), onMessage);
    g.addEventListener("message", onOpenerMessage);
    const timer = setTimeout(() => finish("no_flow"), options.timeoutMs ?? 3000);
    link.send(answer);
    try {
      g.opener?.postMessage({ ...answer, state }, g.location.origin);
    } catch {
      // An opener of another origin or none: the link carries it.
    }
  });
}
