// npm run docs:check: opens the pages `npm run docs` built in a real browser (headless Chromium
// from scripts/browser.mjs, which says which one it started) with every request that is not a
// file: URL blocked, so a page that still needs the network shows up here as an empty page or an
// error. For each page:
// the API's title renders, an operation renders with its summary and path (on the connect page,
// UpdateConnector), no console error or page error, and a screenshot goes to .cache/docs-<api>.png.
//   node scripts/check-docs.mjs [--dir docs] [PAGE.html ...]   (default: every spec's page in docs/)
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { launchBrowser } from "./browser.mjs";
import { METHODS } from "./render-operations.mjs";
import { specs } from "./specs.mjs";

// The operation each page must show; a page not listed here shows its spec's first operation.
const FOCUS = { platform: "DeployProject", connect: "UpdateConnector" };
// Redoc's footer logo comes from Redocly's CDN; blocked here, it fails without harm. Only this
// exact console error for these exact URLs is let through.
const HARMLESS = new Set(["https://cdn.redoc.ly/redoc/logo-mini.svg", "https://cdn.redoc.ly/redoc/logo-mini-full.svg"]);
// Generous: the first render of a 2.7 MB page on a busy 2-core machine takes several seconds.
const TIMEOUT = 45_000;
const STEP = 15_000;

/** The operation a page must show: { summary, path, tag }. */
function target(spec) {
  const doc = parse(readFileSync(spec.file, "utf8"));
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, ...item[m] })));
  const op = FOCUS[spec.api] ? ops.find((o) => o.operationId === FOCUS[spec.api]) : ops[0];
  if (!op) throw new Error(`${spec.file} has no operation ${FOCUS[spec.api] ?? ""}`.trim());
  return { title: doc.info.title, summary: op.summary ?? op.operationId, path: op.path, tag: op.tags?.[0] };
}

async function checkPage(browser, file, spec) {
  const problems = [];
  const blocked = new Set();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    blocked.add(url);
    return route.abort();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const url = message.location().url;
    if (message.text() === "Failed to load resource: net::ERR_FAILED" && HARMLESS.has(url) && blocked.has(url)) return;
    problems.push(`console error: ${message.text()} (${url || "no url"})`);
  });
  const want = target(spec);
  try {
    await page.goto(pathToFileURL(file).href, { timeout: TIMEOUT });
    await page.getByRole("heading", { level: 1 }).filter({ hasText: want.title }).first().waitFor({ timeout: TIMEOUT });
    // As a reader would: open the operation's group in the sidebar, then the operation. The HTML
    // is prerendered, so a link is clicked only once React has hydrated it (it carries React's
    // props): before that a click would follow the bare href. A page whose script never ran stops here.
    const opLink = page.getByRole("link", { name: want.summary }).first();
    const first = want.tag ? page.getByRole("link", { name: want.tag, exact: true }).first() : opLink;
    const hydrated = (el) => Object.keys(el).some((key) => key.startsWith("__reactProps"));
    try {
      await page.waitForFunction(hydrated, await first.elementHandle({ timeout: STEP }), { timeout: STEP });
    } catch {
      throw new Error("the page's script never ran: the sidebar stays inert");
    }
    if (want.tag && !(await opLink.isVisible())) await first.click({ timeout: STEP }); // a closed group opens
    await opLink.click({ timeout: STEP });
    // The heading's accessible name also holds its anchor's label, so it is matched by its text.
    const heading = page.locator("h2").filter({ hasText: new RegExp(`^${want.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
    const section = page.locator("[data-item-kind]").filter({ has: heading }).first();
    await section.waitFor({ timeout: STEP });
    await heading.first().scrollIntoViewIfNeeded();
    const text = await section.innerText();
    if (!text.includes(want.path)) problems.push(`operation "${want.summary}" renders without its path ${want.path}`);
    console.log(`docs:check: ${basename(file)}: "${want.title}" with "${want.summary}" at ${want.path}`);
  } catch (error) {
    problems.push(`did not render "${want.title}" / "${want.summary}": ${error.message.split("\n")[0]}`);
  }
  mkdirSync(".cache", { recursive: true });
  await page.screenshot({ path: `.cache/docs-${spec.api}.png` });
  const tolerated = [...blocked].filter((u) => HARMLESS.has(u));
  const other = [...blocked].filter((u) => !HARMLESS.has(u));
  if (tolerated.length) console.log(`docs:check: ${basename(file)}: blocked (harmless): ${tolerated.join(", ")}`);
  if (other.length) console.log(`docs:check: ${basename(file)}: blocked: ${other.join(", ")}`);
  await page.close();
  return problems;
}

async function checkIndex(browser, dir) {
  const file = resolve(dir, "index.html");
  if (!existsSync(file)) return [`${file} is missing`];
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  const hrefs = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  await page.close();
  return specs.filter((s) => !hrefs.includes(`${s.api}.html`)).map((s) => `index.html has no link to ${s.api}.html`);
}

async function main(argv) {
  const dirAt = argv.indexOf("--dir");
  const dir = dirAt >= 0 ? argv[dirAt + 1] : "docs";
  const files = argv.filter((_, i) => dirAt < 0 || (i !== dirAt && i !== dirAt + 1));
  const pages = files.length
    ? files.map((f) => [resolve(f), specs.find((s) => `${s.api}.html` === basename(f))])
    : specs.map((s) => [resolve(dir, `${s.api}.html`), s]);
  const unknown = pages.find(([, spec]) => !spec);
  if (unknown) return console.error(`docs:check: ${unknown[0]} is no spec's page (<api>.html)`), 2;
  const missing = pages.filter(([file]) => !existsSync(file));
  if (missing.length) return console.error(`docs:check: ${missing.map(([f]) => f).join(", ")} missing: run npm run docs`), 1;

  let browser;
  try {
    browser = await launchBrowser({ log: (line) => console.log(`docs:check: ${line}`) });
  } catch (error) {
    return console.error(`docs:check: ${error.message}`), 1;
  }
  let failed = 0;
  try {
    for (const [file, spec] of pages) {
      const problems = await checkPage(browser, file, spec);
      for (const p of problems) console.error(`docs:check: ${basename(file)}: ${p}`);
      if (problems.length) failed++;
    }
    if (!files.length) {
      const problems = await checkIndex(browser, dir);
      for (const p of problems) console.error(`docs:check: ${p}`);
      if (problems.length) failed++;
    }
  } finally {
    await browser.close();
  }
  console.log(`docs:check: ${pages.length - failed} of ${pages.length} pages render offline; screenshots in .cache/docs-*.png`);
  return failed ? 1 : 0;
}

process.exit(await main(process.argv.slice(2)));
