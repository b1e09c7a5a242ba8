// npm run docs: one self-contained HTML reference per spec (Redocly build-docs --inlineBundle)
// and an index page, into docs/ (not committed; the docs workflow publishes it to GitHub Pages).
// Each page is then checked to load nothing from elsewhere: no remote <script src>, no module
// import from a URL, no preload of one, and telemetry switched off in the page's options.
//   node scripts/docs.mjs [--out DIR]         build and check
//   node scripts/docs.mjs --verify FILE...    only check pages that exist
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { specs } from "./specs.mjs";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const REMOTE = [
  [/<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//gi, "a <script src> from another host"],
  [/\bimport\s*(?:[\w*{}\s,]+from\s*)?\(?\s*["'`](?:https?:)?\/\//g, "a module import from another host"],
  [/<link\b[^>]*\brel\s*=\s*["']?(?:module)?preload\b[^>]*>/gi, "a preload link"],
];

/** What in a page would load code from elsewhere, or send telemetry; empty when it is self-contained. */
export function remoteLoads(html) {
  const found = [];
  for (const [pattern, what] of REMOTE) {
    for (const match of html.matchAll(pattern)) {
      // A preload of a local file would be harmless; only one to another host is reported.
      if (what === "a preload link" && !/\bhref\s*=\s*["']?(?:https?:)?\/\//i.test(match[0])) continue;
      found.push(`${what}: ${match[0].slice(0, 120)}`);
    }
  }
  const options = html.match(/__redoc_options\s*=\s*(\{[^;]*\});/);
  if (!options || JSON.parse(options[1]).disableTelemetry !== true) found.push("telemetry is not disabled in the page's options");
  return found;
}

function verify(files) {
  let bad = 0;
  for (const file of files) {
    const problems = remoteLoads(readFileSync(file, "utf8"));
    for (const p of problems) console.error(`docs: ${file}: ${p}`);
    if (problems.length) bad++;
  }
  return bad;
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function indexPage(pages) {
  const items = pages.map((p) => `    <li><a href="${p.href}">${escape(p.title)}</a> <small>(${escape(p.version)}, ${escape(p.file)})</small></li>`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>versori-client: API reference</title>
  <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; }</style>
</head>
<body>
  <h1>Versori platform API reference</h1>
  <p>The contracts the versori-client package is generated from, one page per API.</p>
  <ul>
${items.join("\n")}
  </ul>
</body>
</html>
`;
}

function build(out) {
  mkdirSync(out, { recursive: true });
  const pages = [];
  for (const spec of specs) {
    const page = join(out, `${spec.api}.html`);
    const run = spawnSync(process.execPath, [cli, "build-docs", spec.file, "--inlineBundle", "-o", page], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    if (run.status !== 0) {
      process.stderr.write(run.stdout + run.stderr);
      console.error(`docs: redocly build-docs failed for ${spec.file}`);
      return 1;
    }
    const { info } = parse(readFileSync(spec.file, "utf8"));
    pages.push({ href: `${spec.api}.html`, title: info.title, version: info.version, file: spec.file, path: page });
    console.log(`docs: ${page} (${spec.file})`);
  }
  writeFileSync(join(out, "index.html"), indexPage(pages));
  console.log(`docs: ${join(out, "index.html")}`);
  return verify(pages.map((p) => p.path)) ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === "--verify") process.exit(verify(args.slice(1)) ? 1 : 0);
  const out = args[0] === "--out" && args[1] ? args[1] : "docs";
  process.exit(build(out));
}
