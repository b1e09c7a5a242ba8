// npm run docs builds one self-contained page per spec plus an index, and refuses a page that
// would load code from elsewhere; the browser check (npm run docs:check, which .ci/run runs on
// the real build) really fails on the page Redocly builds without --inlineBundle, which needs a
// CDN script and stays empty offline. Everything is built into a temporary folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { specs } from "../../scripts/specs.mjs";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-docs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: repo, encoding: "utf8" });
const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const quiet = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

let build: ReturnType<typeof node>;
beforeAll(() => {
  build = node("scripts/docs.mjs", "--out", join(dir, "site"));
}, 120_000);

test("one page per spec and an index that links each of them", () => {
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  const index = readFileSync(join(dir, "site/index.html"), "utf8");
  for (const spec of specs) {
    expect(index).toContain(`<a href="${spec.api}.html">`);
    const page = readFileSync(join(dir, `site/${spec.api}.html`), "utf8");
    // Redoc's code is in the page, and its options switch telemetry off.
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).toContain('"disableTelemetry":true');
  }
});

test("--verify refuses a remote script, a module import from a URL and a preload of one", () => {
  const page = (name: string, body: string) => {
    const file = join(dir, name);
    writeFileSync(file, `<html><head>${body}</head><script>const __redoc_options = {"disableTelemetry":true};</script></html>`);
    return file;
  };
  const script = page("script.html", '<script src="https://cdn.example.invalid/redoc.js"></script>');
  const module = page("module.html", '<script type="module">import { hydrate } from "https://cdn.example.invalid/redoc.js";</script>');
  const preload = page("preload.html", '<link rel="modulepreload" href="https://cdn.example.invalid/redoc.js">');
  const local = page("local.html", '<link rel="preload" href="fonts/a.woff2"><script src="app.js"></script>');
  const run = node("scripts/docs.mjs", "--verify", script, module, preload, local);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(`${script}: a <script src> from another host`);
  expect(run.stderr).toContain(`${module}: a module import from another host`);
  expect(run.stderr).toContain(`${preload}: a preload link`);
  expect(run.stderr).not.toContain(local);
});

test("a page built without --inlineBundle needs the CDN: --verify and the browser check both fail on it", () => {
  const connect = specs.find((s) => s.api === "connect")!;
  const page = join(dir, "cdn", "connect.html");
  const built = spawnSync(process.execPath, [redocly, "build-docs", connect.file, "-o", page], { cwd: repo, encoding: "utf8", env: quiet });
  expect(built.status).toBe(0);

  const verify = node("scripts/docs.mjs", "--verify", page);
  expect(verify.status).toBe(1);
  expect(verify.stderr).toContain("a module import from another host");
  expect(verify.stderr).toContain("a preload link");

  const browser = node("scripts/check-docs.mjs", page);
  expect(browser.status).toBe(1);
  expect(browser.stdout).toContain("blocked: https://cdn.redocly.com/");
  expect(browser.stderr).toContain('connect.html: did not render "Versori Connect API" / "Update a connector"');
}, 120_000);
