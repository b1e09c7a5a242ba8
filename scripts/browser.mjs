// The one way the project's scripts and tests start a browser: headless Chromium driven by
// playwright-core, kept off the network. Which Chromium, first match wins:
//   1. VERSORI_BROWSER=npm: the npm-shipped one, whatever else the machine has (CI proves with it
//      that `npm ci` alone is enough);
//   2. CHROMIUM_PATH, when set (a path that does not work is an error, never a quiet fallback);
//   3. a Chromium on the machine: chromium, chromium-browser, google-chrome(-stable) on PATH;
//   4. the npm-shipped one: the Chromium inside the @sparticuz/chromium devDependency, unpacked on
//      first use into <tmpdir>/versori-chromium-<its version>/ (about 220 MB, kept for later runs).
// Each launch logs one line saying which browser it started. A missing or broken browser throws
// an error that says what to do: no caller skips its checks for want of one.
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";

/**
 * Flags that keep Chromium off the network and quiet. @sparticuz/chromium's own `args` are meant
 * for serverless functions and are not used: among them --disable-web-security, which would turn
 * off the same-origin rules the browser tests check, and --single-process.
 * (playwright-core gives every launch a new, empty profile: its own --user-data-dir.)
 */
export const BROWSER_ARGS = Object.freeze([
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
]);

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const HELP = "run npm ci (it installs @sparticuz/chromium, which ships a Chromium), set CHROMIUM_PATH to a " +
  "working Chromium, or set VERSORI_BROWSER=npm to use the npm-shipped one";

/** An executable file (Debian's /usr/bin/chromium is a shell script, which is fine). */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** @sparticuz/chromium's entry file and version, or an error saying to install it. */
function npmPackage() {
  let entry;
  try {
    entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  } catch {
    throw new Error(`browser: the npm-shipped Chromium (@sparticuz/chromium) is not installed: ${HELP}`);
  }
  const { version } = JSON.parse(readFileSync(resolve(entry, "../../package.json"), "utf8"));
  return { entry, version };
}

/**
 * Unpacks the npm-shipped Chromium once per version. The package unpacks into os.tmpdir(), so it
 * runs in a child whose TMPDIR is a new staging folder, which is then renamed into place: a
 * folder that exists is complete, and two runs unpacking at once cannot mix their files.
 */
async function unpackNpmChromium() {
  const { entry, version } = npmPackage();
  const dir = join(tmpdir(), `versori-chromium-${version}`);
  const path = join(dir, "chromium");
  if (isExecutable(path)) return { path, version, unpackMs: 0 };
  const started = performance.now();
  const staging = await mkdtemp(`${dir}.partial-`);
  try {
    const code = `const { default: c } = await import(${JSON.stringify(pathToFileURL(entry).href)});
console.log(await c.executablePath());`;
    await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code], {
      env: { ...process.env, TMPDIR: staging },
      maxBuffer: 1 << 20,
    });
    if (!isExecutable(join(staging, "chromium"))) throw new Error("no chromium binary after unpacking");
    await rename(staging, dir).catch((error) => {
      // Another run put a complete copy there first: use that one.
      if (!isExecutable(path)) throw error;
    });
  } catch (error) {
    throw new Error(`browser: could not unpack the npm-shipped Chromium (@sparticuz/chromium ${version}) into ${dir}: ` +
      `${String(error?.message ?? error).split("\n")[0]}; ${HELP}`, { cause: error });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { path, version, unpackMs: performance.now() - started };
}

/**
 * Picks the Chromium to start (see the top of this file). `exists` and `unpack` are injectable so
 * the order can be tested without the browsers.
 * @returns {Promise<{ path: string, source: "npm" | "CHROMIUM_PATH" | "system", detail: string }>}
 */
export async function resolveChromium({ env = process.env, exists = isExecutable, unpack = unpackNpmChromium } = {}) {
  const choice = env.VERSORI_BROWSER ?? "";
  if (choice !== "" && choice !== "npm") {
    throw new Error(`browser: VERSORI_BROWSER=${choice} is not understood: leave it unset (CHROMIUM_PATH, then the ` +
      "machine's Chromium, then the npm-shipped one) or set it to npm");
  }
  const npm = async (why) => {
    const { path, version, unpackMs } = await unpack();
    const unpacked = unpackMs ? `, unpacked in ${(unpackMs / 1000).toFixed(1)} s` : "";
    return { path, source: "npm", detail: `npm-shipped (@sparticuz/chromium ${version}${unpacked}; ${why})` };
  };
  if (choice === "npm") return npm("VERSORI_BROWSER=npm");
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) {
      throw new Error(`browser: CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: point it at a ` +
        "Chromium, or unset it to use the machine's or the npm-shipped one");
    }
    return { path: env.CHROMIUM_PATH, source: "CHROMIUM_PATH", detail: "from CHROMIUM_PATH" };
  }
  const dirs = (env.PATH ?? "/usr/local/bin:/usr/bin:/bin").split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const name of SYSTEM_NAMES) {
      const path = join(dir, name);
      if (exists(path)) return { path, source: "system", detail: "the machine's, found on PATH" };
    }
  }
  return npm("no CHROMIUM_PATH and no Chromium on PATH");
}

/**
 * Starts headless Chromium off the network and logs which one. Throws, saying what to do, when
 * there is none or it does not start.
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 * @returns {Promise<import("playwright-core").Browser>}
 */
export async function launchBrowser({ env = process.env, log = (line) => console.log(line) } = {}) {
  const { path, detail } = await resolveChromium({ env });
  const started = performance.now();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: path, args: [...BROWSER_ARGS], timeout: 60_000 });
  } catch (error) {
    // playwright's first line, and what the browser itself wrote to stderr (playwright's
    // "Browser logs"), where a missing library or a bad binary shows.
    const lines = String(error?.message ?? error).split("\n");
    const said = [...new Set(lines.map((l) => /^\[pid=\d+\]\[err\] (.+)/.exec(l)?.[1]).filter(Boolean))].slice(0, 5);
    const reason = [lines[0], ...said].join("; ");
    throw new Error(`browser: Chromium at ${path} (${detail}) did not start: ${reason}. To fix: ${HELP}`, { cause: error });
  }
  log(`browser: Chromium ${browser.version()} at ${path}, ${detail}; started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return browser;
}
