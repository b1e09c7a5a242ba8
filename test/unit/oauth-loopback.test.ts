// connectOAuth2Loopback (versori-client/oauth-loopback) over real HTTP on 127.0.0.1: a fake
// Platform answers InitialiseOAuth2Connection through the real Platform client, a fake provider
// redirects per `mode`, and Node's fetch plays the user's browser (it follows the provider's
// redirect to the loopback server and gets its page). After every outcome the port is free again.
import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { createPlatformClient } from "../../src/index.js";
import { connectOAuth2Loopback, DEFAULT_LOOPBACK_PORT, VersoriOAuthError, type OAuth2Code } from "../../src/oauth-loopback/index.js";
import { VersoriOAuthError as EmbedOAuthError } from "../../src/embed/index.js";
import { json, startLoopback } from "../support/loopback.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const SYSTEM = "01JRRXZVSZD9W5DZ2S6CFVPMBW";

/** The fake Platform and provider; `initialised` holds the bodies InitialiseOAuth2Connection got. */
async function sites() {
  const initialised: { redirectUrl?: string; additionalParams?: string }[] = [];
  const provider = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://provider");
    const state = url.searchParams.get("state") ?? "";
    const back = new URL(url.searchParams.get("redirect_uri") ?? "");
    const params: Record<string, Record<string, string>> = {
      ok: { code: `code-for-${state}`, state, scope: "read" },
      deny: { error: "access_denied", error_description: "The user declined", state },
      "wrong-state": { code: "stale", state: "another-state" },
      empty: {},
    };
    for (const [k, v] of Object.entries(params[url.searchParams.get("mode") ?? "ok"] ?? {})) back.searchParams.set(k, v);
    res.writeHead(302, { location: back.href }).end();
  });
  const platform = await startLoopback((seen, res) => {
    if (seen.method !== "POST" || seen.url !== `/o/${ORG}/systems/${SYSTEM}/oauth2/initialise`) return json(res, 404, { code: "not_found", message: "no" });
    const body = JSON.parse(seen.body.toString("utf8")) as { redirectUrl?: string; additionalParams?: string };
    initialised.push(body);
    const authorize = new URL("/authorize", provider.url);
    authorize.search = new URLSearchParams(body.additionalParams ?? "").toString();
    authorize.searchParams.set("state", `st-${initialised.length}`);
    authorize.searchParams.set("redirect_uri", body.redirectUrl ?? "https://platform.example/callback");
    return json(res, 200, { url: authorize.href });
  });
  const client = createPlatformClient({ baseUrl: platform.url, token: "demo-api-key", organisationId: ORG, maxRetries: 0 });
  return { provider, platform, client, initialised };
}

const body = (mode = "ok") => ({
  credential: { id: "01JRASCRXGFTKHQHYMSAHAVHV4", organisationId: ORG },
  authorizeUrl: "https://accounts.example.com/authorize",
  clientId: "acme-cli",
  additionalParams: `mode=${mode}`,
});

/** True when 127.0.0.1:port can be bound now. */
const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });

/** Runs the flow on any free port; the "browser" opens the authorisation URL and keeps the page it ends on. */
async function run(mode: string) {
  const s = await sites();
  let page: Promise<{ status: number; text: string }> | undefined;
  const result = await connectOAuth2Loopback(s.client, {
    systemId: SYSTEM,
    body: body(mode),
    port: 0,
    onAuthorizeUrl: (url) => {
      page = fetch(url).then(async (r) => ({ status: r.status, text: await r.text() }));
    },
  }).then(
    (code): { code?: OAuth2Code; error?: VersoriOAuthError } => ({ code }),
    (error: unknown) => ({ error: error as VersoriOAuthError }),
  );
  const redirectUrl = s.initialised[0]!.redirectUrl!;
  return { ...s, result, page: await page!, redirectUrl, port: Number(new URL(redirectUrl).port) };
}

describe("connectOAuth2Loopback over real HTTP", () => {
  test("success: the code with redirectUrl (sent to InitialiseOAuth2Connection); the browser's page says to close it; the port is free", async () => {
    const { result, page, redirectUrl, port } = await run("ok");
    expect(redirectUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(result).toEqual({ code: { code: "code-for-st-1", state: "st-1", additionalParams: "scope=read", redirectUrl } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/You can close this window/);
    expect(await portIsFree(port)).toBe(true);
  });

  test("denied: the provider's error, the same reason and fields as the browser flow", async () => {
    const { result, page, port } = await run("deny");
    expect(result.error).toBeInstanceOf(EmbedOAuthError);
    expect(result.error).toMatchObject({ reason: "denied", error: "access_denied", errorDescription: "The user declined" });
    expect(page.status).toBe(400);
    expect(page.text).toMatch(/did not finish \(denied\)/);
    expect(await portIsFree(port)).toBe(true);
  });

  test.each([
    ["another state", "wrong-state", "state_mismatch"],
    ["an empty answer", "empty", "invalid_response"],
  ])("%s: %s", async (_name, mode, reason) => {
    const { result, page, port } = await run(mode);
    expect(result.error).toMatchObject({ reason });
    expect(result.error!.message).not.toMatch(/st-1|another-state|code=/);
    expect(page.text).toMatch(new RegExp(`did not finish \\(${reason}\\)`));
    expect(await portIsFree(port)).toBe(true);
  });

  test("timeout: no answer within timeoutMs; the port is free", async () => {
    const s = await sites();
    const error = await connectOAuth2Loopback(s.client, { systemId: SYSTEM, body: body(), port: 0, timeoutMs: 300, onAuthorizeUrl: () => {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "VersoriOAuthError", reason: "timeout" });
    expect(await portIsFree(Number(new URL(s.initialised[0]!.redirectUrl!).port))).toBe(true);
  });

  test("abort: the signal while the user signs in, or before anything starts", async () => {
    const s = await sites();
    const controller = new AbortController();
    const error = await connectOAuth2Loopback(s.client, {
      systemId: SYSTEM,
      body: body(),
      port: 0,
      signal: controller.signal,
      onAuthorizeUrl: () => controller.abort(new Error("Ctrl-C")),
    }).catch((e: unknown) => e as VersoriOAuthError);
    expect(error).toMatchObject({ reason: "aborted" });
    expect(((error as VersoriOAuthError).cause as Error).message).toBe("Ctrl-C");
    expect(await portIsFree(Number(new URL(s.initialised[0]!.redirectUrl!).port))).toBe(true);

    const before = await connectOAuth2Loopback(s.client, { systemId: SYSTEM, body: body(), port: 0, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(before).toMatchObject({ reason: "aborted" });
    expect(s.initialised).toHaveLength(1); // nothing more was sent
  });

  test("port in use: port_in_use naming the port, nothing sent; by default the CLI's port 62168", async () => {
    const s = await sites();
    const taken = await startLoopback((_seen, res) => res.writeHead(204).end());
    const port = Number(new URL(taken.url).port);
    const error = await connectOAuth2Loopback(s.client, { systemId: SYSTEM, body: body(), port, onAuthorizeUrl: () => {} }).catch((e: unknown) => e as VersoriOAuthError);
    expect(error).toBeInstanceOf(VersoriOAuthError);
    expect(error).toMatchObject({ reason: "port_in_use" });
    expect((error as Error).message).toContain(`port ${port} on 127.0.0.1 is in use`);
    expect(s.initialised).toHaveLength(0);

    expect(DEFAULT_LOOPBACK_PORT).toBe(62168);
    const cli = createServer();
    await new Promise<void>((resolve) => cli.listen(DEFAULT_LOOPBACK_PORT, "127.0.0.1", resolve));
    try {
      const byDefault = (await connectOAuth2Loopback(s.client, { systemId: SYSTEM, body: body() }).catch((e: unknown) => e)) as Error;
      expect(byDefault).toMatchObject({ reason: "port_in_use" });
      expect(byDefault.message).toContain("port 62168");
    } finally {
      await new Promise((resolve) => cli.close(resolve));
    }
  });

  test("InitialiseOAuth2Connection fails: the client's own error; the port is free", async () => {
    const s = await sites();
    const error = await connectOAuth2Loopback(s.client, { systemId: "01JRRXZVSZD9W5DZ2S6CFVPMBA", body: body(), port: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "VersoriApiError", status: 404 });
  });

  test("other requests to the server (a favicon) do not end the flow", async () => {
    const s = await sites();
    const code = await connectOAuth2Loopback(s.client, {
      systemId: SYSTEM,
      body: body(),
      port: 0,
      onAuthorizeUrl: async (url) => {
        const callback = new URL(s.initialised[0]!.redirectUrl!);
        expect((await fetch(new URL("/favicon.ico", callback))).status).toBe(404);
        expect((await fetch(new URL("/oauth/callback", callback), { method: "POST" })).status).toBe(404);
        await fetch(url);
      },
    });
    expect(code.code).toBe("code-for-st-1");
  });

  test("bad options: a TypeError, nothing listens or is sent", async () => {
    const s = await sites();
    for (const [bad, message] of [
      [{ systemId: "" }, /systemId/],
      [{ port: 70_000 }, /port/],
      [{ timeoutMs: 0 }, /timeoutMs/],
      [{ onAuthorizeUrl: "open" }, /onAuthorizeUrl/],
    ] as const) {
      await expect(connectOAuth2Loopback(s.client, { systemId: SYSTEM, body: body(), ...(bad as object) })).rejects.toThrow(message);
    }
    expect(s.initialised).toHaveLength(0);
  });
});
