// Three loopback sites, three origins, for the OAuth 2.0 popup in a real browser:
//   - the app (origin A): the customer's page, which loads versori-client/embed (bundled from src)
//     after a script that counts what the page has live: message listeners on the window, abort
//     listeners on signals not yet aborted, timers, open popups; and records every message the
//     window receives.
//   - the provider (origin B): a fake OAuth 2.0 authorisation page whose behaviour the test picks
//     with `mode` (sent through InitialiseOAuth2Connection's additionalParams, as a customer would
//     send extra parameters).
//   - the platform (origin C): InitialiseOAuth2Connection under /api/v2 (CORS for the app), and the
//     callback page at /oauth2/callback that plays the platform's side of the protocol: it answers
//     a `hello` from its opener with `{ type: "response", payload: { search } }`.
import type { IncomingMessage, ServerResponse } from "node:http";
import { json, startLoopback, type Loopback } from "./loopback.js";

export const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
export const SYSTEM = "01JRRXZVSZD9W5DZ2S6CFVPMBW";

const html = (res: ServerResponse, body: string) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(`<!doctype html><meta charset="utf-8">${body}`);
};

/** Runs in the app's page before the bundle: counts what is live, records what arrives. */
const INSTRUMENT = `
(() => {
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const messageListeners = new Set();
  const abortListeners = new Map();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window && type === "message") messageListeners.add(listener);
    if (this instanceof AbortSignal && type === "abort") {
      if (!abortListeners.has(this)) abortListeners.set(this, new Set());
      abortListeners.get(this).add(listener);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (this === window && type === "message") messageListeners.delete(listener);
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
      abortListeners: [...abortListeners].filter(([s]) => !s.aborted).reduce((n, [, l]) => n + l.size, 0),
      timers: timers.size,
      openPopups: opened.filter((w) => !w.closed).length,
    }),
    outcome: (promise) => promise.then(
      (code) => ({ code }),
      (e) => ({ name: e.name, reason: e.reason, error: e.error, errorDescription: e.errorDescription, message: e.message,
                isOAuthError: e instanceof VersoriEmbed.VersoriOAuthError, at: performance.now() }),
    ),
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

export interface OAuthSites {
  app: Loopback;
  provider: Loopback;
  platform: Loopback;
  /** The states InitialiseOAuth2Connection handed out, in order. */
  states: string[];
  /** The InitialiseOAuth2Connection requests the platform saw. */
  initialised(): number;
}

/** The app's page: instrumentation, the bundle, a button, and a frame slot. */
function appPage(res: ServerResponse) {
  html(res, `<title>app</title><script>${INSTRUMENT}</script><script src="/embed.js"></script><button id="connect">Connect</button>`);
}

/** The provider's page for one authorisation request, by `mode`. */
function providerPage(url: URL, res: ServerResponse) {
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
    case "slow":
      // The login takes a while: the test does things meanwhile.
      back.searchParams.set("code", `code-for-${state}`);
      back.searchParams.set("state", state);
      return html(res, `<title>login</title><script>setTimeout(() => location.replace(${JSON.stringify(back.href)}), 1500)</script>`);
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
      return html(res, "<title>login</title><p>Log in to continue</p>");
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

export async function startOAuthSites(bundle: string): Promise<OAuthSites> {
  const states: string[] = [];
  const app = await startLoopback((seen, res) => {
    if (seen.url === "/") return appPage(res);
    if (seen.url === "/embed.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(bundle);
    }
    res.writeHead(404).end();
  });
  const provider = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://provider");
    if (url.pathname === "/authorize") return providerPage(url, res);
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
      const body = JSON.parse(seen.body.toString("utf8")) as { authorizeUrl: string; clientId: string; additionalParams?: string };
      const state = `st-${states.length + 1}-${Math.random().toString(36).slice(2)}`;
      states.push(state);
      const authorize = new URL(body.authorizeUrl);
      const params = new URLSearchParams(body.additionalParams ?? "");
      params.set("client_id", body.clientId);
      params.set("response_type", "code");
      params.set("state", state);
      params.set("redirect_uri", `${platformUrl}/oauth2/callback`);
      authorize.search = params.toString();
      return json(res, 200, { url: authorize.href }, cors);
    }
    if (url.pathname === "/oauth2/callback") return html(res, CALLBACK_PAGE);
    if (url.pathname === "/forger") return html(res, FORGER_FRAME);
    res.writeHead(404).end();
  });
  const platformUrl = platform.url;
  const initialised = () => platform.requests.filter((r) => r.method === "POST" && r.url.endsWith("/oauth2/initialise")).length;
  return { app, provider, platform, states, initialised };
}
