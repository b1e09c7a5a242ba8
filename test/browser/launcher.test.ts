// scripts/browser.mjs, the one browser launcher of the scripts and tests: which Chromium it picks
// (CHROMIUM_PATH, then the machine's, then the npm-shipped one; VERSORI_BROWSER=npm forces the
// npm-shipped one), that each path really starts a browser, and that a missing or broken browser
// is an error saying what to do.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { launchBrowser, resolveChromium } from "../../scripts/browser.mjs";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("which Chromium", () => {
  const npm = { path: "/tmp/npm/chromium", version: "153.0.0", unpackMs: 0 };
  const pick = (env: NodeJS.ProcessEnv, present: string[]) => {
    const unpacked: string[] = [];
    const choice = resolveChromium({
      env,
      exists: (path) => present.includes(path),
      unpack: async () => (unpacked.push("npm"), npm),
    });
    return choice.then((c) => ({ path: c.path, source: c.source, unpacked: unpacked.length }));
  };
  const PATH = "/opt/a:/usr/bin";

  test("nothing on the machine: the npm-shipped one", async () => {
    expect(await pick({ PATH }, [])).toEqual({ path: npm.path, source: "npm", unpacked: 1 });
  });

  test("a Chromium on PATH comes before the npm-shipped one, in PATH order", async () => {
    expect(await pick({ PATH }, ["/usr/bin/chromium"])).toEqual({ path: "/usr/bin/chromium", source: "system", unpacked: 0 });
    expect(await pick({ PATH }, ["/usr/bin/chromium", "/opt/a/google-chrome"])).toMatchObject({ path: "/opt/a/google-chrome" });
  });

  test("CHROMIUM_PATH comes before the machine's", async () => {
    const env = { PATH, CHROMIUM_PATH: "/opt/my/chrome" };
    expect(await pick(env, ["/opt/my/chrome", "/usr/bin/chromium"])).toEqual({ path: "/opt/my/chrome", source: "CHROMIUM_PATH", unpacked: 0 });
  });

  test("VERSORI_BROWSER=npm takes the npm-shipped one over CHROMIUM_PATH and the machine's", async () => {
    const env = { PATH, CHROMIUM_PATH: "/opt/my/chrome", VERSORI_BROWSER: "npm" };
    expect(await pick(env, ["/opt/my/chrome", "/usr/bin/chromium"])).toEqual({ path: npm.path, source: "npm", unpacked: 1 });
  });

  test("a CHROMIUM_PATH that is not there is an error, not a quiet fallback", async () => {
    await expect(pick({ PATH, CHROMIUM_PATH: "/opt/none" }, ["/usr/bin/chromium"])).rejects.toThrow(
      "CHROMIUM_PATH=/opt/none is not an executable file: point it at a Chromium, or unset it",
    );
  });

  test("an unknown VERSORI_BROWSER is an error", async () => {
    await expect(pick({ PATH, VERSORI_BROWSER: "apt" }, [])).rejects.toThrow("VERSORI_BROWSER=apt is not understood");
  });
});

describe("starting it", () => {
  test("the npm-shipped one, then the same binary through CHROMIUM_PATH: each starts and says which it is", { timeout: 120_000 }, async () => {
    const npm = await resolveChromium({ env: { VERSORI_BROWSER: "npm" } });
    expect(npm.source).toBe("npm");
    for (const env of [{ VERSORI_BROWSER: "npm" }, { CHROMIUM_PATH: npm.path }]) {
      const lines: string[] = [];
      const browser = await launchBrowser({ env, log: (line) => lines.push(line) });
      try {
        const page = await browser.newPage();
        await page.setContent("<h1>versori</h1>");
        expect(await page.locator("h1").innerText()).toBe("versori");
      } finally {
        await browser.close();
      }
      console.log(lines.join("\n"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^browser: Chromium \\d+\\.[\\d.]+ at ${npm.path}, `));
      expect(lines[0]).toContain(env.CHROMIUM_PATH ? "from CHROMIUM_PATH" : "npm-shipped (@sparticuz/chromium ");
    }
  });

  test("a browser that does not start is an error that says what to do", { timeout: 60_000 }, async () => {
    const broken = join(dir, "broken-chromium");
    writeFileSync(broken, "#!/bin/sh\necho 'cannot open shared object file' >&2\nexit 127\n");
    chmodSync(broken, 0o755);
    const error = await launchBrowser({ env: { CHROMIUM_PATH: broken }, log: () => {} }).then(
      () => expect.unreachable("expected a rejection"),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain(`Chromium at ${broken} (from CHROMIUM_PATH) did not start: `);
    expect(error.message).toContain("cannot open shared object file");
    expect(error.message).toContain("set CHROMIUM_PATH to a working Chromium, or set VERSORI_BROWSER=npm");
  });

  test("docs:check without a browser fails and says what to do", () => {
    const pages = join(dir, "pages");
    mkdirSync(pages);
    writeFileSync(join(pages, "connect.html"), "<html></html>");
    const run = spawnSync(process.execPath, ["scripts/check-docs.mjs", join(pages, "connect.html")], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, VERSORI_BROWSER: "", CHROMIUM_PATH: join(dir, "no-such-chromium") },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`docs:check: browser: CHROMIUM_PATH=${join(dir, "no-such-chromium")} is not an executable file`);
  });
});
