// Four loopback sites, four origins, for the OAuth 2.0 popup in a real browser (headless Chromium
// applies Cross-Origin-Opener-Policy between 127.0.0.1 ports as between any two origins):
//   - the app (origin A): the customer's page, which loads versori-client/embed (bundled from src)
//     after a script that counts what the page has live: message, pagehide and storage listeners
//     on the window, abort listeners on signals not yet aborted, timers, open BroadcastChannels,
//     open popups; and records every message the window receives. Also the app's own callback page
//     (/oauth/callback, loading versori-client/embed/callback and calling completeOAuth2), and a
//     frame (/frame) that runs a flow of its own.
//   - the provider (origin B): a fake OAuth 2.0 authorisation page whose behaviour the test picks
//     with `mode` (sent through InitialiseOAuth2Connection's additionalParams, as a customer would
//     send extra parameters).
//   - an identity provider (origin D) that the provider may send the user on to (a redirect chain).
//   - the platform (origin C): InitialiseOAuth2Connection under /api/v2 (CORS for the app), and the
//     callback page at /oauth2/callback that plays the platform's side of the protocol: it answers
//     a `hello` from its opener with `{ type: "response", payload: { search } }`.
// `coop` sets Cross-Origin-Opener-Policy on the app's pages, the provider's (and the identity
// provider's) pages, or the app's callback page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { json, startLoopback, type Loopback } from "./loopback.js";

export const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
export const SYSTEM = "01JRRXZVSZD9W5DZ2S6CFVPMBW";

const html = (res: ServerResponse, body: string, coop?: string) => {
  const policy = coop ? { "cross-origin-opener-policy": coop } : {};
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...policy });
  res.end(`<!doctype html><meta charset="utf-8">${body}`);
};

/** Runs in the app's page before the bundle: counts what is live, records what arrives. */
const INSTRUMENT = `
(() => {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const messageListeners = new Set();
  const windowListeners = new Set();
  const abortListeners = new Map();
  const WATCHED = ["message", "pagehide", "storage"];
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window && type === "message") messageListeners.add(listener);
    if (this === window && WATCHED.includes(type) && type !== "message") windowListeners.add(listener);
    if (this instanceof AbortSignal && type === "abort") {
      if (!abortListeners.has(this)) abortListeners.set(this, new Set());
      abortListeners.get(this).add(listener);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (this === window && type === "message") messageListeners.delete(listener);
    if (this === window && WATCHED.includes(type) && type !== "message") windowListeners.delete(listener);
    if (this instanceof AbortSignal && type === "abort") abortListeners.get(this)?.delete(listener);
    return remove.call(this, type, listener, options);
  };
  const timers = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = (fn, ms, ...args) => {
    const id = st(() => { timers.delete(id); typeof fn === "function" ? fn(...args) : 0; }, ms);
    timers.add(id);
    return id;
  };
  window.clearTimeout = (id) => { timers.delete(id); ct(id); };
  window.setInterval = (fn, ms, ...args) => { const id = si(fn, ms, ...args); timers.add(id); return id; };
  window.clearInterval = (id) => { timers.delete(id); ci(id); };
  const channels = new Set();
  const Channel = window.BroadcastChannel;
  if (Channel) window.BroadcastChannel = class extends Channel {
    constructor(name) { super(name); channels.add(this); }
    close() { channels.delete(this); super.close(); }
  };
  const opened = [];
  const open = window.open;
  window.open = function (...args) {
    const popup = open.apply(this, args);
    if (popup) opened.push(popup);
    return popup;
  };
  const received = [];
  add.call(window, "message", (e) => received.push({ origin: e.origin, fromPopup: opened.includes(e.source), type: e.data && e.data.type, search: e.data && e.data.payload && e.data.payload.search }));
  window.__test = {
    received,
    opened,
    leftovers: () => ({
      messageListeners: messageListeners.size,
      otherListeners: windowListeners.size,
      channels: channels.size,
      abortListeners: [...abortListeners].filter(([s]) => !s.aborted).reduce((n, [, l]) => n + l.size, 0),
      timers: timers.size,
      openPopups: opened.filter((w) => !w.closed).length,
    }),
    outcome: (promise) => promise.then(
      (code) => ({ code }),
      (e) => ({ name: e.name, reason: e.reason, error: e.error, errorDescription: e.errorDescription, message: e.message,
                isOAuthError: e instanceof VersoriEmbed.VersoriOAuthError, at: performance.now() }),
    ).then((outcome) => (window.__test.outcomes.push(outcome), outcome)),
    outcomes: [],
    detached: [],
    // A strict popup blocker, as Safari's: window.open works only while a real click is handled.
    strictBlocker: () => {
      const allowed = window.open;
      window.open = function (...args) {
        return window.event && window.event.isTrusted && window.event.type === "click" ? allowed.apply(this, args) : null;
      };
    },
  };
})();
`;

/** Cross-Origin-Opener-Policy per site (none when left out). */
export interface Coop {
  /** The app's pages (its callback page too, unless `callback` is given). */
  app?: string;
  /** The provider's and the identity provider's pages. */
  provider?: string;
  /** The app's own callback page. */
  callback?: string;
}

/** Other ways the sites can differ from a current browser. */
export interface SiteOptions {
  /** The app's pages run without BroadcastChannel (as Safari before 15.4): the link falls back to storage events. */
  withoutBroadcastChannel?: boolean;
}

export interface OAuthSites {
  app: Loopback;
  provider: Loopback;
  idp: Loopback;
  platform: Loopback;
  /** The app's own callback page, for `redirectUrl`. */
  redirectUrl: string;
  /** The states InitialiseOAuth2Connection handed out, in order. */
  states: string[];
  /** The InitialiseOAuth2Connection requests the platform saw. */
  initialised(): number;
}

const NO_BROADCAST_CHANNEL = "<script>delete window.BroadcastChannel</script>";

/** The app's page (and the frame's): instrumentation, the bundle, a button. */
function appPage(res: ServerResponse, coop: string | undefined, before: string) {
  html(res, `<title>app</title>${before}<script>${INSTRUMENT}</script><script src="/embed.js"></script><button id="connect">Connect</button>`, coop);
}

/** The app's own callback page: versori-client/embed/callback alone, and completeOAuth2(). */
const appCallbackPage = (before: string) => `<title>callback</title>${before}<script src="/callback.js"></script>
<script>VersoriCallback.completeOAuth2({ timeoutMs: 1500 }).then((result) => { document.documentElement.dataset.result = result; });</script>`;

/** A page that sends the popup on to `to` after `ms` (the user signing in). */
const leaveAfter = (to: string, ms: number) => `<title>login</title><p>Signing in</p><script>setTimeout(() => location.replace(${JSON.stringify(to)}), ${ms})</script>`;

/** The provider's page for one authorisation request, by `mode`. */
function providerPage(url: URL, res: ServerResponse, coop: string | undefined, idp: string) {
  const state = url.searchParams.get("state") ?? "";
  const back = new URL(url.searchParams.get("redirect_uri") ?? "");
  const redirect = (params: Record<string, string>) => {
    for (const [k, v] of Object.entries(params)) back.searchParams.set(k, v);
    res.writeHead(302, { location: back.href }).end();
  };
  switch (url.searchParams.get("mode")) {
    case "ok":
      return redirect({ code: `code-for-${state}`, state, iss: "https://provider.example" });
    case "deny":
      return redirect({ error: "access_denied", error_description: "The user declined", state });
    case "wrong-state":
      return redirect({ code: "code-for-a-stale-flow", state: "stale-state" });
    case "empty":
      // The answer in the fragment (response_mode=fragment): the query is empty.
      res.writeHead(302, { location: `${back.href}#code=code-for-${state}&state=${state}` }).end();
      return;
    case "chain": {
      // On to the identity provider (another origin), which shows its own sign-in page.
      const next = new URL("/login", idp);
      next.searchParams.set("state", state);
      next.searchParams.set("back", back.href);
      res.writeHead(302, { location: next.href }).end();
      return;
    }
    case "login":
    case "slow":
      // A sign-in page the popup shows (with the provider's COOP) before it goes back; "slow"
      // takes long enough for the test to do things meanwhile.
      back.searchParams.set("code", `code-for-${state}`);
      back.searchParams.set("state", state);
      return html(res, leaveAfter(back.href, url.searchParams.get("mode") === "slow" ? 1500 : 700), coop);
    case "forge":
      // A page of another origin in the popup answers the opener as the callback would, with the
      // right state and a forged code, then goes on to the real callback.
      back.searchParams.set("code", `code-for-${state}`);
      back.searchParams.set("state", state);
      return html(res, `<title>forge</title><script>
        const forged = { type: "response", payload: { search: "?code=FORGED&state=" + ${JSON.stringify(state)} } };
        window.opener.postMessage(forged, "*");
        setTimeout(() => window.opener.postMessage(forged, "*"), 600);
        setTimeout(() => location.replace(${JSON.stringify(back.href)}), 1200);
      </script>`);
    default:
      // "stay": the user never finishes logging in.
      return html(res, "<title>login</title><p>Log in to continue</p>", coop);
  }
}

/** The platform's callback page: answers its opener's hello with the query string it got. */
const CALLBACK_PAGE = `<title>callback</title><script>
  const search = location.search;
  addEventListener("message", (e) => {
    if (e.source !== window.opener || !e.data || e.data.type !== "hello") return;
    window.opener.postMessage({ type: "response", payload: { search } }, e.origin);
  });
</script>`;

/** A frame of the platform's origin, inside the app, that answers the app with a forged code. */
const FORGER_FRAME = `<title>forger</title><script>
  const state = new URLSearchParams(location.search).get("state");
  parent.postMessage({ type: "progress" }, "*");
  parent.postMessage({ type: "response", payload: {} }, "*");
  parent.postMessage({ type: "response", payload: { search: "?code=FORGED&state=" + state } }, "*");
</script>`;

/** The page bundles: versori-client/embed and versori-client/embed/callback, from src. */
export interface PageBundles {
  embed: string;
  callback: string;
}

export async function startOAuthSites(bundles: PageBundles, coop: Coop = {}, options: SiteOptions = {}): Promise<OAuthSites> {
  const states: string[] = [];
  const before = options.withoutBroadcastChannel ? NO_BROADCAST_CHANNEL : "";
  const script = (res: ServerResponse, code: string) => {
    res.writeHead(200, { "content-type": "text/javascript" });
    res.end(code);
  };
  const app = await startLoopback((seen, res) => {
    const path = new URL(seen.url, "http://app").pathname;
    if (path === "/" || path === "/frame") return appPage(res, coop.app, before);
    if (path === "/embed.js") return script(res, bundles.embed);
    if (path === "/callback.js") return script(res, bundles.callback);
    if (path === "/oauth/callback") return html(res, appCallbackPage(before), coop.callback ?? coop.app);
    res.writeHead(404).end();
  });
  const idp = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://idp");
    // Another site's page with COOP same-origin that embeds the app in a frame.
    if (url.pathname === "/host") return html(res, `<title>host</title><iframe src="${app.url}/frame" width="400" height="200"></iframe>`, "same-origin");
    if (url.pathname !== "/login") return res.writeHead(404).end();
    const back = new URL(url.searchParams.get("back") ?? "");
    back.searchParams.set("code", `code-for-${url.searchParams.get("state")}`);
    back.searchParams.set("state", url.searchParams.get("state") ?? "");
    html(res, leaveAfter(back.href, 700), coop.provider);
  });
  const provider = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://provider");
    if (url.pathname === "/authorize") return providerPage(url, res, coop.provider, idp.url);
    res.writeHead(404).end();
  });
  const platform = await startLoopback((seen, res, req: IncomingMessage) => {
    const cors = { "access-control-allow-origin": app.url };
    if (req.method === "OPTIONS") {
      res.writeHead(204, { ...cors, "access-control-allow-methods": "POST", "access-control-allow-headers": "authorization, content-type" });
      return res.end();
    }
    const url = new URL(seen.url, platformUrl);
    if (url.pathname === `/api/v2/o/${ORG}/systems/${SYSTEM}/oauth2/initialise` && seen.method === "POST") {
      if (!/^JWT \S+$/.test(String(seen.headers.authorization))) return json(res, 401, { code: "unauthenticated", message: "no JWT" }, cors);
      const body = JSON.parse(seen.body.toString("utf8")) as { authorizeUrl: string; clientId: string; additionalParams?: string; redirectUrl?: string };
      const state = `st-${states.length + 1}-${Math.random().toString(36).slice(2)}`;
      states.push(state);
      const authorize = new URL(body.authorizeUrl);
      const params = new URLSearchParams(body.additionalParams ?? "");
      params.set("client_id", body.clientId);
      params.set("response_type", "code");
      params.set("state", state);
      params.set("redirect_uri", body.redirectUrl ?? `${platformUrl}/oauth2/callback`);
      authorize.search = params.toString();
      return json(res, 200, { url: authorize.href }, cors);
    }
    if (url.pathname === "/oauth2/callback") return html(res, CALLBACK_PAGE);
    if (url.pathname === "/forger") return html(res, FORGER_FRAME);
    res.writeHead(404).end();
  });
  const platformUrl = platform.url;
  const initialised = () => platform.requests.filter((r) => r.method === "POST" && r.url.endsWith("/oauth2/initialise")).length;
  return { app, provider, idp, platform, redirectUrl: `${app.url}/oauth/callback`, states, initialised };
}
