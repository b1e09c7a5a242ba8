// The opener's side of the OAuth 2.0 popup protocol (src/embed/oauth2-flow.ts), on fake timers
// with a fake popup and opener: which answers count (origin AND window AND shape AND state), every
// way the flow ends, and that each of them removes every listener and timer and closes the popup.
// test/browser/embed-oauth2.test.ts runs the same protocol for real, in Chromium across origins.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { VersoriOAuthError } from "../../src/embed/index.js";
import { runOAuth2Flow, type MessageTarget, type OAuth2FlowOptions } from "../../src/embed/oauth2-flow.js";
import { VersoriApiError } from "../../src/index.js";

const CALLBACK = "https://platform.versori.com";
const URL_WITH_STATE = "https://accounts.example.com/authorize?client_id=c&state=st-1&redirect_uri=x";

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** A window as the flow sees it, counting its message listeners. */
function fakeOpener() {
  const listeners = new Set<Listener>();
  const opener: MessageTarget & { listeners: Set<Listener> } = {
    listeners,
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
  };
  return opener;
}

function fakePopup() {
  const popup = {
    closed: false,
    closes: 0,
    sent: [] as { message: unknown; targetOrigin: string }[],
    location: { href: "about:blank" },
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
    opener,
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

  test("closed: noticed within two polls (0.5 s by default)", async () => {
    const f = flow();
    await vi.advanceTimersByTimeAsync(1000);
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(499);
    expect(f.opener.listeners.size).toBe(1); // one poll has seen it closed: the grace tick
    await vi.advanceTimersByTimeAsync(1);
    expect((await reasonOf(f.promise)).reason).toBe("closed");
    expect(f.popup.closes).toBe(0); // already closed: not closed again
    expectCleanedUp(f);
  });

  test("closed while InitialiseOAuth2Connection is still running: the call is aborted", async () => {
    let resolveUrl!: (url: string) => void;
    const f = flow({}, new Promise<string>((r) => (resolveUrl = r)));
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(500);
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
    f.popup.closed = true;
    await vi.advanceTimersByTimeAsync(250); // the poll sees it closed once
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

test("VersoriOAuthError: instanceof across copies by its brand, JSON without secrets", () => {
  const error = new VersoriOAuthError("denied", { error: "access_denied" });
  const foreign = Object.assign(new Error("x"), { [Symbol.for("versori-client.oauth-error")]: true });
  expect(foreign).toBeInstanceOf(VersoriOAuthError);
  expect(new Error("x")).not.toBeInstanceOf(VersoriOAuthError);
  expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "VersoriOAuthError", reason: "denied", message: error.message, error: "access_denied" });
});
