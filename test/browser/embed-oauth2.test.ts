// connectOAuth2 of versori-client/embed in Chromium (scripts/browser.mjs), across three origins:
// the app's page (A) loads the subpath bundled from src; the fake provider (B) sends the popup on
// to the platform's fake callback page (C), which answers the opener's hello; C also serves
// InitialiseOAuth2Connection, with CORS, as the session's baseUrl (so the default callbackOrigin is
// C, as https://platform.versori.com is in production). See test/support/oauth-sites.ts.
// Every outcome is checked for what it leaves behind in the page: message listeners, abort
// listeners, timers and open popups (counted by a script that runs before the bundle).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { launchBrowser } from "../../scripts/browser.mjs";
import type * as Embed from "../../src/embed/index.js";
import { bundleForPage } from "../support/browser-bundle.js";
import { ORG, SYSTEM, startOAuthSites, type OAuthSites } from "../support/oauth-sites.js";

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
      strictBlocker(): void;
    };
    __session: Embed.EndUserSession;
    __options: (mode: string) => Embed.ConnectOAuth2Options;
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

const NONE_LEFT: Leftovers = { messageListeners: 0, abortListeners: 0, timers: 0, openPopups: 0 };
const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const TOKEN = `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify({ sub: "cust-48213" }))}.c2ln`;
const durations: string[] = [];

let browser: Browser;
let bundle: string;
beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchBrowser(), bundleForPage("src/embed/index.ts", "VersoriEmbed")]);
}, 120_000);
afterAll(async () => {
  console.log(`embed OAuth 2.0 in Chromium:\n  ${durations.join("\n  ")}`);
  await browser?.close();
});

/** The sites and the app's page with a session on them; `options(mode)` builds connectOAuth2's options in the page. */
async function setup(): Promise<{ sites: OAuthSites; page: Page }> {
  const started = performance.now();
  const sites = await startOAuthSites(bundle);
  const page = await browser.newPage();
  onTestFinished(async ({ task }) => {
    durations.push(`${task.name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    await page.close();
  });
  await page.goto(`${sites.app.url}/`);
  await page.evaluate(
    ({ organisationId, token, baseUrl, systemId, authorizeUrl }) => {
      window.__session = window.VersoriEmbed.createEndUserSession({ organisationId, token, baseUrl });
      window.__options = (mode) => ({
        systemId,
        body: {
          credential: { id: "01JRASCRXGFTKHQHYMSAHAVHV4", organisationId },
          authorizeUrl,
          clientId: "acme-versori",
          additionalParams: `mode=${mode}`,
        },
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
    { organisationId: ORG, token: TOKEN, baseUrl: `${sites.platform.url}/api/v2`, systemId: SYSTEM, authorizeUrl: `${sites.provider.url}/authorize` },
  );
  return { sites, page };
}

/** Starts connectOAuth2 from the page (no click), with an AbortController the test can fire; resolves with the popup. */
async function start(page: Page, mode: string, extra: { timeoutMs?: number } = {}): Promise<Page> {
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.evaluate(
      ({ mode, extra }) => {
        const controller = new AbortController();
        window.__abort = () => controller.abort();
        window.__pending = window.__test.outcome(window.__session.connectOAuth2({ ...window.__options(mode), ...extra, signal: controller.signal }));
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
