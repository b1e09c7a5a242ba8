// How the app's own callback page (completeOAuth2) reaches the flow waiting in the app's page when
// the provider sent the popup back to a redirect URL on the app's origin. Both are of one origin,
// so a same-origin channel carries the answer whatever Cross-Origin-Opener-Policy did to the
// popup's `opener`: a BroadcastChannel named after the flow's state, or, where a browser has none,
// `storage` events on a localStorage key of that name (written and removed at once). Shared by the
// flow and the callback page, which imports nothing else of the package.
//
// Which flow an answer belongs to: the flow writes its state into the popup's sessionStorage while
// the popup is still its own blank page; a tab keeps its sessionStorage across the provider's
// pages and COOP's browsing-context switches, so the callback page finds it there, even for an
// answer without a `state` (an error, an empty query). Without it, the answer's own `state` names
// the channel.

/** The popup's sessionStorage key that holds the waiting flow's state. */
export const FLOW_MARK = "versori-client.oauth2.state";
/** The callback page's answer: the query string it was loaded with. */
export const ANSWER = "versori-oauth2-answer";
/** The flow's acknowledgement: it took the answer (the callback page then closes). */
export const RECEIVED = "versori-oauth2-received";

export const channelName = (state: string): string => `versori-client.oauth2:${state}`;

export interface LinkMessage {
  type: string;
  search?: string;
}

/** One end of the channel: send to the other end, and close it (listener and channel). */
export interface Link {
  send(message: LinkMessage): void;
  close(): void;
}

interface BrowserStorage {
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
interface LinkGlobal {
  BroadcastChannel?: new (name: string) => {
    postMessage(message: unknown): void;
    close(): void;
    onmessage: ((event: { data: unknown }) => void) | null;
  };
  localStorage?: BrowserStorage;
  addEventListener?(type: "storage", listener: (event: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener?(type: "storage", listener: (event: { key: string | null; newValue: string | null }) => void): void;
}

const isMessage = (data: unknown): data is LinkMessage => data !== null && typeof data === "object" && typeof (data as LinkMessage).type === "string";

/** Opens the channel of `name`; `receive` gets every message the other end sends. */
export function openLink(name: string, receive: (message: LinkMessage) => void, g: LinkGlobal = globalThis as LinkGlobal): Link {
  if (typeof g.BroadcastChannel === "function") {
    const channel = new g.BroadcastChannel(name);
    channel.onmessage = (event) => {
      if (isMessage(event.data)) receive(event.data);
    };
    return { send: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  // Storage events reach the other documents of the origin, not the one that wrote.
  const onStorage = (event: { key: string | null; newValue: string | null }) => {
    if (event.key !== name || event.newValue === null) return;
    try {
      const data: unknown = JSON.parse(event.newValue);
      if (isMessage(data)) receive(data);
    } catch {
      // Not ours.
    }
  };
  g.addEventListener?.("storage", onStorage);
  return {
    send: (message) => {
      try {
        // The random part makes each write a change, so each one raises an event.
        g.localStorage?.setItem(name, JSON.stringify({ ...message, n: Math.random() }));
        g.localStorage?.removeItem(name);
      } catch {
        // No storage (a private mode): the opener, where it is left, is the last way.
      }
    },
    close: () => g.removeEventListener?.("storage", onStorage),
  };
}
