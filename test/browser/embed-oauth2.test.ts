// connectOAuth2 of versori-client/embed in Chromium (scripts/browser.mjs), across four origins:
// the app's page (A) loads the subpath bundled from src; the fake provider (B, and its identity
// provider D) sends the popup on to the redirect URL: the app's own callback page on A, which calls
// completeOAuth2 (versori-client/embed/callback), or the platform's fake callback page (C), which
// answers the opener's hello; C also serves InitialiseOAuth2Connection, with CORS, as the session's
// baseUrl (so the default callbackOrigin is C, as https://platform.versori.com is in production).
// Cross-Origin-Opener-Policy is set per test on the app's, the provider's or the callback's pages.
// See test/support/oauth-sites.ts. Every outcome is checked for what it leaves behind in the page:
// message, pagehide and storage listeners, abort listeners, timers, BroadcastChannels and open
// popups (counted by a script that runs before the bundle).
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { launchBrowser } from "../../scripts/browser.mjs";
import type * as Embed from "../../src/embed/index.js";
import { bundleForPage } from "../support/browser-bundle.js";
import { ORG, SYSTEM, startOAuthSites, type Coop, type OAuthSites, type PageBundles, type SiteOptions } from "../support/oauth-sites.js";

interface Outcome {
  code?: Embed.OAuth2Code;
  name?: string;
  reason?: Embed.OAuthFailure;
  error?: string;
  errorDescription?: string;
  message?: string;
  isOAuthError?: boolean;
  at?: number;
}
interface Leftovers {
  messageListeners: number;
  otherListeners: number;
  channels: number;
  abortListeners: number;
  timers: number;
  openPopups: number;
}
interface Received {
  origin: string;
  fromPopup: boolean;
  type: unknown;
  search: unknown;
}
declare global {
  interface Window {
    VersoriEmbed: typeof Embed;
    __test: {
      received: Received[];
      opened: Window[];
      leftovers(): Leftovers;
      outcome(promise: Promise<Embed.OAuth2Code>): Promise<Outcome>;
      outcomes: Outcome[];
      detached: number[];
      strictBlocker(): void;
    };
    __session: Embed.EndUserSession;
    __options: (mode: string, own?: boolean) => Embed.ConnectOAuth2Options;
    __pending: Promise<Outcome>;
    __abort: () => void;
    __clicks: Record<Click, () => void>;
  }
}

/**
 * What the app's click handler does: call connectOAuth2 at once (`direct`); open a popup, await
 * something, then pass the popup (`preopened`); await something, then call connectOAuth2, which
 * opens its popup too late for a blocker (`late`, the order of the platform's own helper).
 */
type Click = "direct" | "preopened" | "late";

const NONE_LEFT: Leftovers = { messageListeners: 0, otherListeners: 0, channels: 0, abortListeners: 0, timers: 0, openPopups: 0 };
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const TOKEN = `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify({ sub: "cust-48213" }))}.c2ln`;
const durations: string[] = [];

let browser: Browser;
let bundles: PageBundles;
beforeAll(async () => {
  let embed: string, callback: string;
  [browser, embed, callback] = await Promise.all([
    launchBrowser(),
    bundleForPage("src/embed/index.ts", "VersoriEmbed"),
    bundleForPage("src/embed/callback.ts", "VersoriCallback"),
  ]);
  bundles = { embed, callback };
}, 120_000);
afterAll(async () => {
  console.log(`embed OAuth 2.0 in Chromium:\n  ${durations.join("\n  ")}`);
  await browser?.close();
});

/**
 * The sites and the app's page with a session on them; `options(mode, own)` builds connectOAuth2's
 * options in the page (`own`: with the app's own callback page as redirectUrl, and onPopupDetached
 * recording when it was called).
 */
async function setup(coop: Coop = {}, options: SiteOptions = {}): Promise<{ sites: OAuthSites; page: Page }> {
  const started = performance.now();
  const sites = await startOAuthSites(bundles, coop, options);
  const page = await browser.newPage();
  onTestFinished(async ({ task }) => {
    durations.push(`${task.name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    await page.close();
  });
  await page.goto(`${sites.app.url}/`);
  await prepare(page, sites);
  return { sites, page };
}

/** The session, options and click handlers, in the app's page or a frame of it. */
async function prepare(page: Page | Frame, sites: OAuthSites) {
  await page.evaluate(
    ({ organisationId, token, baseUrl, systemId, authorizeUrl, redirectUrl }) => {
      window.__session = window.VersoriEmbed.createEndUserSession({ organisationId, token, baseUrl });
      window.__options = (mode, own = false) => ({
        systemId,
        body: {
          credential: { id: "01JRASCRXGFTKHQHYMSAHAVHV4", organisationId },
          authorizeUrl,
          clientId: "acme-versori",
          additionalParams: `mode=${mode}`,
          ...(own ? { redirectUrl } : {}),
        },
        ...(own ? { onPopupDetached: () => window.__test.detached.push(performance.now()) } : {}),
      });
      const later = () => new Promise((resolve) => setTimeout(resolve, 100));
      const run = (flow: () => Promise<Embed.OAuth2Code>) => {
        window.__pending = window.__test.outcome(flow());
      };
      window.__clicks = {
        direct: () => run(() => window.__session.connectOAuth2(window.__options("ok"))),
        preopened: () => {
          const popup = window.open("", "_blank", "popup");
          run(async () => {
            await window.__session.externalId(); // anything the app awaits before starting
            await later();
            return window.__session.connectOAuth2({ ...window.__options("ok"), popup });
          });
        },
        late: () =>
          run(async () => {
            await later();
            return window.__session.connectOAuth2(window.__options("ok"));
          }),
      };
    },
    {
      organisationId: ORG,
      token: TOKEN,
      baseUrl: `${sites.platform.url}/api/v2`,
      systemId: SYSTEM,
      authorizeUrl: `${sites.provider.url}/authorize`,
      redirectUrl: sites.redirectUrl,
    },
  );
}

/**
 * Starts connectOAuth2 from the page or a frame of it (no click), with an AbortController the test
 * can fire; `own`: with the app's own callback page. Resolves with the popup.
 */
async function start(page: Page, mode: string, extra: { timeoutMs?: number; own?: boolean } = {}, frame: Page | Frame = page): Promise<Page> {
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    frame.evaluate(
      ({ mode, extra: { own, ...extra } }) => {
        const controller = new AbortController();
        window.__abort = () => controller.abort();
        window.__pending = window.__test.outcome(window.__session.connectOAuth2({ ...window.__options(mode, own), ...extra, signal: controller.signal }));
      },
      { mode, extra },
    ),
  ]);
  return popup;
}

const outcome = (page: Page) => page.evaluate(() => window.__pending);
/** Turns on a strict popup blocker (open only while a click is handled), clicks Connect for real, and waits for the outcome. */
async function clickUnderStrictBlocker(page: Page, click: Click): Promise<Outcome> {
  await page.evaluate((click) => {
    window.__test.strictBlocker();
    document.getElementById("connect")!.onclick = window.__clicks[click];
  }, click);
  await page.click("#connect");
  return outcome(page);
}
/** True once the popup's page is gone (playwright hears of a close a moment after the page does). */
const closed = (popup: Page) => (popup.isClosed() ? Promise.resolve(true) : popup.waitForEvent("close").then(() => true));
const leftovers = (page: Page) => page.evaluate(() => window.__test.leftovers());

describe("connectOAuth2 in Chromium, across three origins", () => {
  test("success: the code and state the callback got, other parameters in additionalParams; the popup closed", async () => {
    const { sites, page } = await setup();
    const popup = await start(page, "ok");
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state, additionalParams: "iss=https%3A%2F%2Fprovider.example" } });
    expect(sites.initialised()).toBe(1);
    // The popup went to the provider and on to the callback page, which answered the hello.
    expect(sites.provider.requests.map((r) => new URL(r.url, "http://x").pathname)).toEqual(["/authorize"]);
    expect(sites.platform.requests.some((r) => r.url.startsWith("/oauth2/callback?"))).toBe(true);
    expect(await closed(popup)).toBe(true);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("denied: the provider's access_denied with its description", async () => {
    const { page } = await setup();
    await start(page, "deny");
    expect(await outcome(page)).toMatchObject({
      name: "VersoriOAuthError",
      isOAuthError: true,
      reason: "denied",
      error: "access_denied",
      errorDescription: "The user declined",
    });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("closed: the user closes the popup on the provider's page; noticed well before the timeout", async () => {
    const { page } = await setup();
    const popup = await start(page, "stay", { timeoutMs: 20_000 });
    await popup.waitForLoadState();
    await sleep(600); // the flow sees the provider's page attached (a close before that reads as cut off)
    const closedAt = await page.evaluate(() => performance.now());
    await popup.close();
    const result = await outcome(page);
    expect(result).toMatchObject({ isOAuthError: true, reason: "closed" });
    durations.push(`closed popup noticed after ${Math.round(result.at! - closedAt)} ms (closedPollMs 250)`);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("timeout: the login never finishes; the popup is closed", async () => {
    const { page } = await setup();
    const popup = await start(page, "stay", { timeoutMs: 1500 });
    expect(await outcome(page)).toMatchObject({ isOAuthError: true, reason: "timeout" });
    expect(await closed(popup)).toBe(true);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("aborted: the app's AbortSignal fires during the login; the popup is closed", async () => {
    const { page } = await setup();
    const popup = await start(page, "stay", { timeoutMs: 20_000 });
    await popup.waitForLoadState();
    await page.evaluate(() => window.__abort());
    expect(await outcome(page)).toMatchObject({ isOAuthError: true, reason: "aborted" });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("state_mismatch: the callback carries another state (a stale or forged answer)", async () => {
    const { page } = await setup();
    await start(page, "wrong-state");
    const result = await outcome(page);
    expect(result).toMatchObject({ isOAuthError: true, reason: "state_mismatch" });
    expect(result.message).not.toContain("stale-state");
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("ignored: an answer from the provider's origin, in the popup; then the callback's counts", async () => {
    const { sites, page } = await setup();
    await start(page, "forge");
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state } });
    // The forged answers did reach the page, from the popup, with the right state.
    const forged = (await page.evaluate(() => window.__test.received)).filter((m) => m.search === `?code=FORGED&state=${state}`);
    expect(forged).toEqual([
      { origin: sites.provider.url, fromPopup: true, type: "response", search: `?code=FORGED&state=${state}` },
      { origin: sites.provider.url, fromPopup: true, type: "response", search: `?code=FORGED&state=${state}` },
    ]);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("ignored: answers of the callback's origin from another window (a frame in the page), and of other shapes", async () => {
    const { sites, page } = await setup();
    const popup = await start(page, "slow");
    await popup.waitForURL((url) => url.pathname === "/authorize");
    // While the user logs in, a frame of the platform's origin answers with the right state.
    const state = sites.states[0]!;
    await page.evaluate(
      (src) =>
        new Promise<void>((loaded) => {
          const frame = document.createElement("iframe");
          frame.onload = () => loaded();
          frame.src = src;
          document.body.append(frame);
        }),
      `${sites.platform.url}/forger?state=${encodeURIComponent(state)}`,
    );
    const result = await outcome(page);
    expect(result).toEqual({ code: { code: `code-for-${state}`, state } });
    const fromFrame = (await page.evaluate(() => window.__test.received)).filter((m) => m.origin === sites.platform.url && !m.fromPopup);
    expect(fromFrame.map((m) => [m.type, m.search ?? null])).toEqual([
      ["progress", null],
      ["response", null],
      ["response", `?code=FORGED&state=${state}`],
    ]);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });
});

describe("popups and blockers", () => {
  test("blocked: window.open gives null; nothing is sent to the platform", async () => {
    const { sites, page } = await setup();
    const result = await page.evaluate(() => {
      window.open = () => null;
      return window.__test.outcome(window.__session.connectOAuth2(window.__options("ok")));
    });
    expect(result).toMatchObject({ isOAuthError: true, reason: "blocked" });
    expect(result.message).toMatch(/click handler.*popup/);
    expect(sites.initialised()).toBe(0);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("a strict blocker (open only while a click is handled): connectOAuth2 called in the click handler opens its popup and succeeds", async () => {
    const { sites, page } = await setup();
    const result = await clickUnderStrictBlocker(page, "direct");
    expect(result.code?.state).toBe(sites.states[0]);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("a strict blocker: a popup opened in the click handler, the flow started after an await, succeeds", async () => {
    const { sites, page } = await setup();
    const result = await clickUnderStrictBlocker(page, "preopened");
    expect(result.code?.state).toBe(sites.states[0]);
    expect(await page.evaluate(() => window.__test.opened.length)).toBe(1);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("a strict blocker: the popup opened after an await (the official helper's order) is blocked, and the error says what to do", async () => {
    const { sites, page } = await setup();
    const result = await clickUnderStrictBlocker(page, "late");
    expect(result).toMatchObject({ isOAuthError: true, reason: "blocked" });
    expect(result.message).toMatch(/open it in the click handler and pass it as `popup`/);
    expect(sites.initialised()).toBe(0);
    // A popup the app opened but that was blocked (null) is reported the same way.
    const passedNull = await page.evaluate(() => window.__test.outcome(window.__session.connectOAuth2({ ...window.__options("ok"), popup: null })));
    expect(passedNull).toMatchObject({ reason: "blocked" });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });
});

const detachedCalls = (page: Page | Frame) => page.evaluate(() => window.__test.detached.length);
const pending = (page: Page | Frame) => page.evaluate(() => window.__test.outcomes.length === 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the app's own callback page (redirectUrl + completeOAuth2): whatever Cross-Origin-Opener-Policy does", () => {
  test.each<[string, Coop, number]>([
    ["no COOP anywhere", {}, 0],
    ["provider COOP same-origin (cut off: onPopupDetached once)", { provider: "same-origin" }, 1],
    ["provider COOP same-origin-allow-popups (cut off)", { provider: "same-origin-allow-popups" }, 1],
    ["provider COOP unsafe-none", { provider: "unsafe-none" }, 0],
    ["app COOP same-origin, its callback page too (cut off)", { app: "same-origin" }, 1],
    ["callback page COOP same-origin", { callback: "same-origin" }, 0],
  ])("%s: the code with redirectUrl, the popup closed by its page, nothing left", async (_name, coop, detached) => {
    const { sites, page } = await setup(coop);
    const popup = await start(page, "login", { own: true });
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state, redirectUrl: sites.redirectUrl } });
    expect(sites.app.requests.some((r) => r.url.startsWith(`/oauth/callback?code=code-for-${state}`))).toBe(true);
    expect(await closed(popup)).toBe(true);
    // Cut off at the provider's first page (or the app's own COOP), the flow said so once and waited.
    expect(await detachedCalls(page)).toBe(detached);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("a redirect chain across origins: the provider sends the popup to its identity provider (COOP same-origin), then to the app's callback", async () => {
    const { sites, page } = await setup({ provider: "same-origin" });
    const popup = await start(page, "chain", { own: true });
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state, redirectUrl: sites.redirectUrl } });
    expect(sites.idp.requests.map((r) => new URL(r.url, "http://x").pathname)).toEqual(["/login"]);
    expect(await closed(popup)).toBe(true);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("the same chain to the platform's callback page, without COOP, works as before", async () => {
    const { sites, page } = await setup();
    await start(page, "chain");
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state } });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("without BroadcastChannel (storage events instead), provider COOP same-origin: the code; no storage listener or key left", async () => {
    const { sites, page } = await setup({ provider: "same-origin" }, { withoutBroadcastChannel: true });
    const popup = await start(page, "login", { own: true });
    const result = await outcome(page);
    const state = sites.states[0]!;
    expect(result).toEqual({ code: { code: `code-for-${state}`, state, redirectUrl: sites.redirectUrl } });
    expect(await closed(popup)).toBe(true);
    expect(await page.evaluate(() => [typeof window.BroadcastChannel, localStorage.length])).toEqual(["undefined", 0]);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("state_mismatch: the app's callback page gets another state", async () => {
    const { page } = await setup({ provider: "same-origin" });
    const popup = await start(page, "wrong-state", { own: true });
    expect(await outcome(page)).toMatchObject({ isOAuthError: true, reason: "state_mismatch" });
    expect(await closed(popup)).toBe(true);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test.each([
    ["the app's callback page", true],
    ["the platform's callback page", false],
  ])("an empty answer (the code in the fragment) at %s: invalid_response, never state_mismatch", async (_name, own) => {
    const { page } = await setup();
    await start(page, "empty", { own });
    const result = await outcome(page);
    expect(result).toMatchObject({ isOAuthError: true, reason: "invalid_response" });
    expect(result.message).toMatch(/no query parameters/);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("a callback page that no flow waits for (another state) says so, settles nothing, and the waiting flow goes on", async () => {
    const { sites, page } = await setup();
    await start(page, "stay", { own: true, timeoutMs: 20_000 });
    const stray = await browser.newPage();
    onTestFinished(() => stray.close());
    await stray.goto(`${sites.redirectUrl}?code=code-for-nobody&state=nobody`);
    await stray.waitForFunction(() => document.documentElement.dataset.result !== undefined);
    expect(await stray.evaluate(() => document.documentElement.dataset.result)).toBe("no_flow");
    expect(await stray.textContent("body")).toMatch(/No sign-in is waiting/);
    expect(await pending(page)).toBe(true);
    await page.evaluate(() => window.__abort());
    expect(await outcome(page)).toMatchObject({ reason: "aborted" });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });
});

describe("closed, or cut off: no false `closed`", () => {
  test("really closed by the user, no COOP, own callback page: closed within 1 s", async () => {
    const { page } = await setup();
    const popup = await start(page, "stay", { own: true, timeoutMs: 20_000 });
    await popup.waitForLoadState();
    await sleep(600); // the flow sees the provider's page attached
    const closedAt = await page.evaluate(() => performance.now());
    await popup.close();
    const result = await outcome(page);
    expect(result).toMatchObject({ isOAuthError: true, reason: "closed" });
    expect(result.at! - closedAt).toBeLessThan(1000);
    durations.push(`closed popup (own callback) noticed after ${Math.round(result.at! - closedAt)} ms`);
    expect(await detachedCalls(page)).toBe(0);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("provider COOP cuts the popup off: the flow waits (onPopupDetached once) through the user's real close, until the app aborts", async () => {
    const { page } = await setup({ provider: "same-origin" });
    const popup = await start(page, "stay", { own: true, timeoutMs: 20_000 });
    await popup.waitForLoadState();
    await sleep(600);
    expect(await detachedCalls(page)).toBe(1);
    expect(await pending(page)).toBe(true); // the user is still at the provider
    await popup.close();
    await sleep(1500);
    expect(await pending(page)).toBe(true); // the browser cannot tell: it goes on waiting
    expect(await detachedCalls(page)).toBe(1);
    await page.evaluate(() => window.__abort());
    expect(await outcome(page)).toMatchObject({ isOAuthError: true, reason: "aborted" });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("the platform's callback page with provider COOP: opener_lost, naming COOP and redirectUrl (the user may still be at the provider)", async () => {
    const { page } = await setup({ provider: "same-origin" });
    const popup = await start(page, "stay", { timeoutMs: 20_000 });
    const result = await outcome(page);
    expect(result).toMatchObject({ isOAuthError: true, reason: "opener_lost" });
    expect(result.message).toMatch(/Cross-Origin-Opener-Policy/);
    expect(result.message).toMatch(/redirectUrl/);
    expect(popup.isClosed()).toBe(false); // cut off: the page can no longer close it
    await popup.close();
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });
});

describe("the page that runs the flow goes away; one window, two flows", () => {
  test.each([
    ["navigates", (page: Page, url: string) => page.goto(`${url}/?elsewhere`)],
    ["reloads", (page: Page) => page.reload()],
  ])("the page %s: the popup is closed", async (_name, leave) => {
    const { sites, page } = await setup();
    const popup = await start(page, "stay", { own: true, timeoutMs: 20_000 });
    await popup.waitForLoadState();
    await leave(page, sites.app.url);
    expect(await closed(popup)).toBe(true);
  });

  test("the iframe that runs the flow is removed: the popup is closed, the page keeps nothing", async () => {
    const { sites, page } = await setup();
    const frame = await page.evaluate(
      (src) =>
        new Promise<void>((loaded) => {
          const element = document.createElement("iframe");
          element.id = "runner";
          element.onload = () => loaded();
          element.src = src;
          document.body.append(element);
        }),
      `${sites.app.url}/frame`,
    ).then(() => page.frames().find((f) => f.url().endsWith("/frame"))!);
    await prepare(frame, sites);
    const popup = await start(page, "stay", { own: true, timeoutMs: 20_000 }, frame);
    await popup.waitForLoadState();
    await page.evaluate(() => document.getElementById("runner")!.remove());
    expect(await closed(popup)).toBe(true);
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });

  test("two flows given one named window: the first ends superseded (never state_mismatch), the second succeeds in that window", async () => {
    const { sites, page } = await setup();
    const [first, second, same] = await page.evaluate(async () => {
      const one = window.open("", "connect", "popup");
      const first = window.__test.outcome(window.__session.connectOAuth2({ ...window.__options("slow", true), popup: one }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const two = window.open("", "connect", "popup");
      const second = window.__test.outcome(window.__session.connectOAuth2({ ...window.__options("login", true), popup: two }));
      return [await first, await second, one === two] as const;
    });
    expect(same).toBe(true);
    expect(first).toMatchObject({ isOAuthError: true, reason: "superseded" });
    const state = sites.states[1]!;
    expect(second).toEqual({ code: { code: `code-for-${state}`, state, redirectUrl: sites.redirectUrl } });
    expect(await leftovers(page)).toEqual(NONE_LEFT);
  });
});

test("a null window although the click was being handled (the app in a cross-origin frame of a COOP same-origin page): the message names COOP and noopener", async () => {
  const started = performance.now();
  const sites = await startOAuthSites(bundles);
  const page = await browser.newPage();
  onTestFinished(async () => {
    durations.push(`blocked despite the click: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    await page.close();
  });
  await page.goto(`${sites.idp.url}/host`);
  const frame = page.frames().find((f) => f.url().endsWith("/frame"))!;
  await frame.waitForFunction(() => "VersoriEmbed" in window);
  await prepare(frame, sites);
  await frame.evaluate(() => {
    document.getElementById("connect")!.onclick = window.__clicks.direct;
  });
  await frame.click("#connect");
  const result = await frame.evaluate(() => window.__pending);
  expect(result).toMatchObject({ isOAuthError: true, reason: "blocked" });
  expect(result.message).toMatch(/Cross-Origin-Opener-Policy/);
  expect(result.message).toMatch(/noopener/);
  expect(result.message).not.toMatch(/open it in the click handler/);
  expect(sites.initialised()).toBe(0);
});
