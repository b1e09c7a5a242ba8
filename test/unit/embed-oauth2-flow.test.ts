// The opener's side of the OAuth 2.0 popup protocol (src/embed/oauth2-flow.ts), on fake timers
// with a fake popup and opener: which answers count (origin AND window AND shape AND state), every
// way the flow ends, and that each of them removes every listener and timer and closes the popup.
// test/browser/embed-oauth2.test.ts runs the same protocol for real, in Chromium across origins.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { VersoriOAuthError } from "../../src/embed/index.js";
import { runOAuth2Flow, type FlowPage, type OAuth2FlowOptions } from "../../src/embed/oauth2-flow.js";
import type { Link, LinkMessage } from "../../src/embed/oauth2-link.js";
import { VersoriApiError } from "../../src/index.js";

const CALLBACK = "https://platform.versori.com";
const URL_WITH_STATE = "https://accounts.example.com/authorize?client_id=c&state=st-1&redirect_uri=x";

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** The page as the flow sees it, counting its message and pagehide listeners; `focused` is what hasFocus() says. */
function fakeOpener() {
  const listeners = new Set<Listener>();
  const pagehide = new Set<Listener>();
  const opener: FlowPage & { listeners: Set<Listener>; pagehide: Set<Listener>; focused: boolean } = {
    listeners,
    pagehide,
    focused: true,
    addEventListener: (type, l) => void (type === "message" ? listeners : pagehide).add(l),
    removeEventListener: (type, l) => void (type === "message" ? listeners : pagehide).delete(l),
    hasFocus: () => opener.focused,
  };
  return opener;
}

/**
 * A popup as the flow sees it. `across`: it shows a page of another origin, still attached (its
 * location cannot be read then); `closed`: the opener's reference reads closed (closed by the user,
 * or cut off by COOP: the same to the opener).
 */
function fakePopup() {
  let href = "about:blank";
  const popup = {
    closed: false,
    across: false,
    closes: 0,
    sent: [] as { message: unknown; targetOrigin: string }[],
    marks: new Map<string, string>(),
    sessionStorage: { setItem: (key: string, value: string) => void popup.marks.set(key, value) },
    location: {
      get href() {
        if (popup.across) throw new DOMException("Blocked a frame from accessing a cross-origin frame", "SecurityError");
        return href;
      },
      set href(url: string) {
        href = url;
      },
    },
    close() {
      popup.closes++;
      popup.closed = true;
    },
    postMessage(message: unknown, targetOrigin: string) {
      popup.sent.push({ message, targetOrigin });
    },
  };
  return popup;
}

/** An AbortSignal that counts its abort listeners. */
function countedSignal() {
  const controller = new AbortController();
  let live = 0;
  const signal = controller.signal;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, l: EventListener, o?: unknown) => {
    if (type === "abort") live++;
    add(type, l, o as AddEventListenerOptions);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, l: EventListener, o?: unknown) => {
    if (type === "abort") live--;
    remove(type, l, o as EventListenerOptions);
  }) as typeof signal.removeEventListener;
  return { controller, signal, live: () => live };
}

function flow(overrides: Partial<OAuth2FlowOptions> = {}, url: string | Promise<string> = URL_WITH_STATE) {
  const opener = fakeOpener();
  const popup = fakePopup();
  const started: AbortSignal[] = [];
  const options: OAuth2FlowOptions = {
    popup,
    page: opener,
    callbackOrigin: CALLBACK,
    timeoutMs: 300_000,
    closedPollMs: 250,
    start: (signal) => {
      started.push(signal);
      return Promise.resolve(url);
    },
    ...overrides,
  };
  const promise = runOAuth2Flow(options);
  // Settle order does not matter to the tests; they all look at the outcome.
  promise.catch(() => {});
  /** The callback page (or anyone else) posting to the opener. */
  const post = (data: unknown, origin = CALLBACK, source: unknown = popup) => {
    for (const l of [...opener.listeners]) l({ origin, source, data });
  };
  const answer = (search: string, origin?: string, source?: unknown) => post({ type: "response", payload: { search } }, origin, source);
  return { promise, opener, popup, post, answer, started };
}

/** Everything is undone: no listener, no timer, the popup closed, the API call's signal aborted. */
function expectCleanedUp(f: ReturnType<typeof flow>) {
  expect(f.opener.listeners.size).toBe(0);
  expect(f.opener.pagehide.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  expect(f.popup.closed).toBe(true);
  expect(f.started.every((s) => s.aborted)).toBe(true);
}

async function reasonOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VersoriOAuthError);
  return error as VersoriOAuthError;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the answer that counts", () => {
  test("navigates the popup, says hello with the state to the callback origin every 500 ms, resolves with the code", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    expect(f.popup.location.href).toBe(URL_WITH_STATE);
    expect(f.popup.sent).toEqual([{ message: { type: "hello", payload: { state: "st-1" } }, targetOrigin: CALLBACK }]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.popup.sent).toHaveLength(3);
    f.answer("?code=abc&state=st-1");
    await expect(f.promise).resolves.toEqual({ code: "abc", state: "st-1" });
    expectCleanedUp(f);
  });

  test("other parameters of the callback come back URL-encoded in additionalParams", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer("?code=a%2Bb&state=st-1&iss=https%3A%2F%2Fid.example.com&scope=read+write");
    await expect(f.promise).resolves.toEqual({ code: "a+b", state: "st-1", additionalParams: "iss=https%3A%2F%2Fid.example.com&scope=read+write" });
  });

  test("ignored: another origin, another window of the right origin, any other shape; then the right answer counts", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer("?code=forged&state=st-1", "https://evil.example.com");
    f.answer("?code=forged&state=st-1", CALLBACK, {});
    f.answer("?code=forged&state=st-1", CALLBACK, null);
    for (const data of [null, "?code=x&state=st-1", { type: "hello", payload: { state: "st-1" } }, { type: "response" }, { type: "response", payload: { search: 1 } }]) {
      f.post(data);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(f.opener.listeners.size).toBe(1); // still waiting
    f.answer("?code=right&state=st-1");
    await expect(f.promise).resolves.toEqual({ code: "right", state: "st-1" });
    expectCleanedUp(f);
  });
});

describe("every way it fails: one error class, a reason, nothing left behind", () => {
  test("denied: the provider's error, description and uri", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer("?error=access_denied&error_description=The+user+said+no&error_uri=https%3A%2F%2Fx&state=st-1");
    const error = await reasonOf(f.promise);
    expect(error).toMatchObject({ reason: "denied", error: "access_denied", errorDescription: "The user said no", errorUri: "https://x" });
    expect(error.message).toBe("OAuth 2.0: the provider refused the authorisation: access_denied (The user said no)");
    expectCleanedUp(f);
  });

  test("denied without a state (some providers leave it out of errors)", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer("error=server_error");
    expect(await reasonOf(f.promise)).toMatchObject({ reason: "denied", error: "server_error", errorDescription: undefined });
  });

  test.each([
    ["a code with another state", "?code=abc&state=st-0"],
    ["a code without a state", "?code=abc"],
    ["an error with another state", "?error=access_denied&state=old"],
  ])("state_mismatch: %s; the message quotes neither state nor code", async (_name, search) => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer(search);
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("state_mismatch");
    expect(error.message).not.toMatch(/st-|abc|old/);
    expectCleanedUp(f);
  });

  test("invalid_response: an answer with neither code nor error", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer("?state=st-1&foo=bar");
    expect((await reasonOf(f.promise)).reason).toBe("invalid_response");
  });

  test.each([
    ["without a state", "https://accounts.example.com/authorize?client_id=c"],
    ["not http(s)", "javascript:alert(1)//?state=s"],
    ["not a URL", "nope"],
  ])("invalid_response: an authorisation URL %s; the popup is never sent there", async (_name, url) => {
    const f = flow({}, url);
    expect((await reasonOf(f.promise)).reason).toBe("invalid_response");
    expect(f.popup.location.href).toBe("about:blank");
    expectCleanedUp(f);
  });

  test("closed: seen on the provider's page, then closed with the focus back here; noticed within three polls (0.75 s by default)", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.popup.across = true; // the provider's page, still attached (no COOP)
    await vi.advanceTimersByTimeAsync(1000);
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(749);
    expect(f.opener.listeners.size).toBe(1); // two polls have seen it closed: the grace
    await vi.advanceTimersByTimeAsync(1);
    expect((await reasonOf(f.promise)).reason).toBe("closed");
    expect(f.popup.closes).toBe(0); // already closed: not closed again
    expectCleanedUp(f);
  });

  test("closed while InitialiseOAuth2Connection is still running: the call is aborted", async () => {
    let resolveUrl!: (url: string) => void;
    const f = flow({}, new Promise<string>((r) => (resolveUrl = r)));
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(750);
    expect((await reasonOf(f.promise)).reason).toBe("closed");
    expect(f.started[0]!.aborted).toBe(true);
    resolveUrl(URL_WITH_STATE);
    await vi.advanceTimersByTimeAsync(0);
    expect(f.popup.location.href).toBe("about:blank");
    expectCleanedUp(f);
  });

  test("a callback page that answers and closes itself at once still counts", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.popup.across = true;
    await vi.advanceTimersByTimeAsync(250);
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(500); // two polls see it closed
    f.answer("?code=abc&state=st-1");
    await expect(f.promise).resolves.toEqual({ code: "abc", state: "st-1" });
  });

  test("timeout: timeoutMs after the start, the user's login included", async () => {
    const f = flow({ timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(f.opener.listeners.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("timeout");
    expect(f.popup.closes).toBe(1);
    expectCleanedUp(f);
  });

  test("aborted: the caller's signal, before or during; its listener is removed", async () => {
    const during = countedSignal();
    const f = flow({ signal: during.signal });
    await vi.advanceTimersByTimeAsync(1000);
    expect(during.live()).toBe(1);
    during.controller.abort(new Error("navigated away"));
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("aborted");
    expect((error.cause as Error).message).toBe("navigated away");
    expect(during.live()).toBe(0);
    expectCleanedUp(f);

    const before = countedSignal();
    before.controller.abort();
    const g = flow({ signal: before.signal });
    expect((await reasonOf(g.promise)).reason).toBe("aborted");
    expect(g.started).toHaveLength(0);
    expect(before.live()).toBe(0);
    expectCleanedUp(g);
  });

  test("InitialiseOAuth2Connection fails: its own error (a VersoriApiError), the popup closed", async () => {
    const apiError = new VersoriApiError({
      status: 403,
      body: { code: "forbidden", message: "no" },
      response: new Response(null, { status: 403 }),
      request: { method: "POST", url: "https://x", headers: {} },
    } as unknown as ConstructorParameters<typeof VersoriApiError>[0]);
    const f = flow({ start: () => Promise.reject(apiError) });
    await expect(f.promise).rejects.toBe(apiError);
    expectCleanedUp(f);
  });

  test("a start that throws at once rejects the same way", async () => {
    const f = flow({
      start: () => {
        throw new TypeError("bad body");
      },
    });
    await expect(f.promise).rejects.toThrow("bad body");
    expectCleanedUp(f);
  });

  test("the outcome is settled once: later answers, closes and timers change nothing", async () => {
    const f = flow({ timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(0);
    f.answer("?code=abc&state=st-1");
    f.answer("?error=access_denied&state=st-1");
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(5000);
    await expect(f.promise).resolves.toEqual({ code: "abc", state: "st-1" });
  });
});

/** Same-origin links as the flow opens them: what each received end sent, and whether it is closed. */
function fakeLinks() {
  const ends = new Map<string, { receive: (m: LinkMessage) => void; sent: LinkMessage[]; closed: boolean }>();
  const open = (name: string, receive: (m: LinkMessage) => void): Link => {
    const end = { receive, sent: [] as LinkMessage[], closed: false };
    ends.set(name, end);
    return { send: (m) => void end.sent.push(m), close: () => void (end.closed = true) };
  };
  return { ends, open };
}

const REDIRECT = "https://app.example.com/oauth/callback";
const APP = "https://app.example.com";

describe("cut off by Cross-Origin-Opener-Policy, or closed: told apart by when it happens", () => {
  test("platform callback, closed at the first cross-origin page (never seen attached there): opener_lost, naming COOP and redirectUrl", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.popup.closed = true; // COOP on the provider's page: the reference reads closed at once
    await vi.advanceTimersByTimeAsync(250);
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("opener_lost");
    expect(error.message).toMatch(/Cross-Origin-Opener-Policy/);
    expect(error.message).toMatch(/redirectUrl/);
    expectCleanedUp(f);
  });

  test("platform callback, seen on the provider's page, then closed while another window has the focus: opener_lost", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.popup.across = true;
    await vi.advanceTimersByTimeAsync(250);
    f.opener.focused = false; // the user is in the popup, which went on to a page with COOP
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(250);
    expect((await reasonOf(f.promise)).reason).toBe("opener_lost");
  });

  test("own callback page, cut off: onPopupDetached once, the flow goes on waiting, and the answer over the link still counts", async () => {
    const links = fakeLinks();
    const detached = vi.fn();
    const f = flow({ redirectUrl: REDIRECT, pageOrigin: APP, link: links.open, onPopupDetached: detached });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.popup.marks.get("versori-client.oauth2.state")).toBe("st-1"); // the popup's tab knows the flow
    expect(f.popup.sent).toEqual([]); // no hello: the app's page answers over the link
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(detached).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1); // the deadline only: the closed-popup poll stopped
    const end = links.ends.get("versori-client.oauth2:st-1")!;
    end.receive({ type: "versori-oauth2-answer", search: "?code=abc&state=st-1&scope=read" });
    await expect(f.promise).resolves.toEqual({ code: "abc", state: "st-1", additionalParams: "scope=read", redirectUrl: REDIRECT });
    expect(end.sent).toEqual([{ type: "versori-oauth2-received" }]);
    expect(end.closed).toBe(true);
    expectCleanedUp(f);
  });

  test("own callback page, cut off and never answered: timeout, or the caller's abort", async () => {
    const links = fakeLinks();
    const f = flow({ redirectUrl: REDIRECT, pageOrigin: APP, link: links.open, timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(0);
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await reasonOf(f.promise)).reason).toBe("timeout");
    expect(links.ends.get("versori-client.oauth2:st-1")!.closed).toBe(true);
    expectCleanedUp(f);
  });

  test("own callback page, seen attached on the provider's page, then closed with the focus here: closed", async () => {
    const links = fakeLinks();
    const detached = vi.fn();
    const f = flow({ redirectUrl: REDIRECT, pageOrigin: APP, link: links.open, onPopupDetached: detached });
    await vi.advanceTimersByTimeAsync(0);
    f.popup.across = true;
    await vi.advanceTimersByTimeAsync(250);
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(750);
    expect((await reasonOf(f.promise)).reason).toBe("closed");
    expect(detached).not.toHaveBeenCalled();
    expectCleanedUp(f);
  });

  test("own callback page: the answer through the opener (where one is left) counts from this origin and that popup only, and is acknowledged", async () => {
    const links = fakeLinks();
    const f = flow({ redirectUrl: REDIRECT, pageOrigin: APP, link: links.open });
    await vi.advanceTimersByTimeAsync(0);
    const data = { type: "versori-oauth2-answer", search: "?code=abc&state=st-1" };
    f.post(data, "https://evil.example.com");
    f.post(data, APP, {});
    f.post({ type: "response", payload: { search: "?code=abc&state=st-1" } }, APP);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.opener.listeners.size).toBe(1);
    f.post(data, APP);
    await expect(f.promise).resolves.toEqual({ code: "abc", state: "st-1", redirectUrl: REDIRECT });
    expect(f.popup.sent).toEqual([{ message: { type: "versori-oauth2-received" }, targetOrigin: APP }]);
    expectCleanedUp(f);
  });
});

describe("the page left, the window reused, an empty answer", () => {
  test("pagehide of the page: aborted, the popup closed", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(1000);
    for (const l of [...f.opener.pagehide]) l({ origin: "", source: null, data: null });
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("aborted");
    expect((error.cause as Error).message).toMatch(/page .* was left/);
    expect(f.popup.closes).toBe(1);
    expectCleanedUp(f);
  });

  test("a second flow given the same window ends the first as superseded (never state_mismatch) and keeps the window", async () => {
    const first = flow();
    await vi.advanceTimersByTimeAsync(0);
    const second = runOAuth2Flow({
      popup: first.popup,
      page: first.opener,
      callbackOrigin: CALLBACK,
      timeoutMs: 300_000,
      closedPollMs: 250,
      start: () => Promise.resolve(URL_WITH_STATE.replace("st-1", "st-2")),
    });
    expect((await reasonOf(first.promise)).reason).toBe("superseded");
    expect(first.popup.closes).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(first.opener.listeners.size).toBe(1); // the second flow's
    first.answer("?code=abc&state=st-2");
    await expect(second).resolves.toEqual({ code: "abc", state: "st-2" });
    expectCleanedUp(first);
  });

  test.each([
    ["an empty query", ""],
    ["a lone question mark", "?"],
  ])("invalid_response: %s (response_mode=fragment or form_post), never state_mismatch", async (_name, search) => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(0);
    f.answer(search);
    const error = await reasonOf(f.promise);
    expect(error.reason).toBe("invalid_response");
    expect(error.message).toMatch(/no query parameters/);
    expectCleanedUp(f);
  });
});

test("VersoriOAuthError: instanceof across copies by its brand, JSON without secrets", () => {
  const error = new VersoriOAuthError("denied", { error: "access_denied" });
  const foreign = Object.assign(new Error("x"), { [Symbol.for("versori-client.oauth-error")]: true });
  expect(foreign).toBeInstanceOf(VersoriOAuthError);
  expect(new Error("x")).not.toBeInstanceOf(VersoriOAuthError);
  expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "VersoriOAuthError", reason: "denied", message: error.message, error: "access_denied" });
});
