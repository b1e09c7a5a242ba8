// npm run size: what an app pays, minified and gzipped, for
//   - updateConnector alone, through the tree-shakable entry (createConnectCore + call),
//   - getProject alone, through the Platform's (versori-client/platform),
//   - the whole Connect client (createConnectClient, one method called),
//   - the whole client of every other API of scripts/specs.mjs,
//   - versori-client/jwt whole (signJwt, jwtTokenSource, verifyJwt),
//   - versori-client/embed whole (createEndUserSession, VersoriOAuthError),
//   - completeOAuth2 for the app's OAuth callback page, from versori-client/embed/callback and
//     from versori-client/embed,
//   - versori-client/testing's fake platform as a browser loads it (no budget; nothing Node-only),
//   - the tracing and logging chunk, loaded only by a client given a tracer or a log level,
//   - openapi-fetch alone (reference only, no budget).
// Each app is bundled from the built package (dist/, resolved as "versori-client" through the
// package.json exports, so `sideEffects: false` applies) with esbuild: ESM, browser platform,
// minified, tree-shaken. A row counts the code an app loads up front: the tracing and logging
// module, which the client loads with import() only when given a tracer or a log level, is left
// out of it (kept external) and has a row of its own. Each app is also bundled split into chunks,
// as an app's bundler splits it, to check that no bundle loads that module up front. Fails above
// the budgets in size-budget.json, when the single-operation bundle still carries any other
// operation (its operationId or its path) or the multipart converter (only upload descriptors
// bring it), and when tracing or logging code is loaded up front.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { ensureBuild } from "./ensure-build.mjs";
import { specs } from "./specs.mjs";

ensureBuild();
const operations = await import("../dist/esm/generated/connect-v1.operations.js");
const { goals = {}, ...budget } = JSON.parse(readFileSync("size-budget.json", "utf8"));

const apps = [
  {
    key: "updateConnector",
    label: "updateConnector alone (createConnectCore + call)",
    source: `import { createConnectCore, call, UpdateConnector } from "versori-client";
const core = createConnectCore({ token: "t" });
export const updateConnector = (args) => call(core, UpdateConnector, args);`,
  },
  {
    key: "client",
    label: "whole Connect client (createConnectClient)",
    source: `import { createConnectClient } from "versori-client";
const connect = createConnectClient({ token: "t" });
export const updateConnector = (args) => connect.updateConnector(args);`,
  },
  {
    key: "getProject",
    label: "getProject alone (versori-client/platform: createPlatformCore + call)",
    source: `import { call, createPlatformCore, GetProject } from "versori-client/platform";
const core = createPlatformCore({ token: "t" });
export const getProject = (args) => call(core, GetProject, args);`,
  },
  // One row per other API: its whole client, bundled alone (it must not pull in Connect's table).
  ...specs
    .filter((spec) => spec.api !== "connect")
    .map((spec) => {
      const factory = `create${spec.api[0].toUpperCase()}${spec.api.slice(1)}Client`;
      return {
        key: `client:${spec.api}`,
        label: `whole ${spec.api} client (${factory})`,
        source: `import { ${factory} } from "versori-client";
export const client = ${factory}({ token: "t" });`,
      };
    }),
  {
    key: "jwt",
    label: "versori-client/jwt (signJwt, jwtTokenSource, verifyJwt)",
    source: `export { signJwt, jwtTokenSource, verifyJwt, VersoriJwtError } from "versori-client/jwt";`,
  },
  {
    key: "embed",
    label: "versori-client/embed (createEndUserSession, VersoriOAuthError)",
    source: `export { createEndUserSession, VersoriOAuthError } from "versori-client/embed";`,
  },
  // The app's own OAuth callback page needs completeOAuth2 only: from its own entry, and from
  // versori-client/embed (tree-shaken: the same, when nothing else of the subpath comes along).
  {
    key: "embed/callback",
    label: "versori-client/embed/callback (completeOAuth2)",
    source: `export { completeOAuth2 } from "versori-client/embed/callback";`,
  },
  {
    key: "embed:completeOAuth2",
    label: "completeOAuth2 from versori-client/embed",
    source: `export { completeOAuth2 } from "versori-client/embed";`,
  },
  {
    // What a client with a tracer loads on its first call; measured as the lazy part of its bundle.
    key: "telemetry",
    label: "tracing and logging (loaded on the first call with a tracer or log level)",
    lazy: true,
    source: `import { createConnectCore, call, GetConnector } from "versori-client";
const core = createConnectCore({ token: "t", tracer: globalThis.tracer });
export const getConnector = (args) => call(core, GetConnector, args);`,
  },
  {
    // The browser condition of versori-client/testing: the fake alone, with Ajv and both contracts
    // (a Node built-in anywhere in it fails this bundle, which is for the browser).
    key: "testing",
    label: "versori-client/testing in a browser (createFakePlatform)",
    source: `export { createFakePlatform } from "versori-client/testing";`,
  },
  {
    key: "openapi-fetch",
    label: "openapi-fetch alone (reference)",
    source: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://platform.versori.com/api/connect/v1" });
export const updateConnector = (o, c, body) =>
  client.PUT("/o/{organisation_id}/connectors/{connector_id}", { params: { path: { organisation_id: o, connector_id: c } }, body });`,
  },
];

const TELEMETRY = /\/telemetry\/watch\.js$/;
const options = (source) => ({
  // Through the package's exports and imports (dist/, with the browser's conditions), as an app
  // resolves it: not tsconfig.json's paths to src/, which give Node's "#process-env".
  tsconfigRaw: "{}",
  stdin: { contents: source, resolveDir: process.cwd(), sourcefile: "app.js", loader: "js" },
  bundle: true,
  minify: true,
  treeShaking: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  logLevel: "silent",
});
const measure = (bytes) => ({ code: Buffer.from(bytes).toString("utf8"), min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

/** What the app loads up front: one bundle, the dynamically imported tracing module left external. */
async function bundle(app) {
  const external = { name: "telemetry-external", setup: (build) => build.onResolve({ filter: TELEMETRY }, ({ path }) => ({ path, external: true })) };
  const result = await esbuild.build({ ...options(app.source), plugins: [external] });
  return measure(result.outputFiles[0].contents);
}

/** The app split into chunks: what its entry loads up front (with its static imports), and the rest. */
async function split(app) {
  const result = await esbuild.build({ ...options(app.source), splitting: true, outdir: "size-out", metafile: true });
  const outputs = result.metafile.outputs;
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const i of outputs[path].imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path].entryPoint));
  const part = (loaded) =>
    measure(Buffer.concat(result.outputFiles.filter((f) => upFront.has(f.path.slice(process.cwd().length + 1)) === loaded).map((f) => f.contents)));
  return { upFront: part(true), lazy: part(false) };
}

const kB = (bytes) => (bytes / 1000).toFixed(2);
const failures = [];
const rows = [];
const sizes = {};
for (const app of apps) {
  const chunks = await split(app);
  const { code, min, gzip } = app.lazy ? chunks.lazy : await bundle(app);
  sizes[app.key] = { code, gzip, upFront: chunks.upFront.code };
  const limit = budget[app.key];
  const over = limit !== undefined && gzip / 1000 > limit;
  if (over) failures.push(`${app.label}: ${kB(gzip)} kB gzip is over its budget of ${limit} kB`);
  // Goals (issue 17: as small as the platform's own SDK) are printed, not enforced: the budget is.
  const goal = goals[app.key];
  const reached = goal === undefined ? "" : gzip / 1000 < goal ? "met" : "not met";
  rows.push([
    app.label,
    `${kB(min)} kB`,
    `${kB(gzip)} kB`,
    `${gzip} B`,
    limit === undefined ? "-" : `${limit} kB`,
    limit === undefined ? "" : over ? "OVER" : "ok",
    goal === undefined ? "" : `< ${goal} kB`,
    reached,
  ]);
}

// Tree-shaking check: the single-operation bundle carries UpdateConnector and nothing else. A
// named descriptor is an object literal (its operationId and path parts as strings), the whole
// table a row per operation (its operationId and its path parts joined with "|"): any of these
// strings in a bundle means that operation came along.
const single = sizes.updateConnector.code;
const own = operations.UpdateConnector;
// Literal path parts; a bare "/" says nothing about which operation it came from.
const segments = (op) => op.path.filter((part, i) => i % 2 === 0 && part !== "/");
const ownSegments = new Set(segments(own));
const rowPath = (op) => JSON.stringify(op.path.join("|"));
const leaked = [];
for (const [name, op] of Object.entries(operations)) {
  if (name === "connectV1Operations" || op === own) continue;
  if (single.includes(JSON.stringify(op.operationId))) leaked.push(op.operationId);
  for (const segment of segments(op)) {
    if (!ownSegments.has(segment) && single.includes(JSON.stringify(segment))) leaked.push(`${op.operationId} path ${segment}`);
  }
  // A one-part path is a segment as well, checked above.
  if (op.path.length > 1 && single.includes(rowPath(op))) leaked.push(`${op.operationId} (a table row)`);
}
// Connect-only bundles carry nothing of the other APIs: none of their operationIds (those Connect
// has too, such as GetConnection, are told apart by their path) and none of their paths.
for (const spec of specs.filter((s) => s.api !== "connect")) {
  const table = await import(`../dist/esm/generated/${spec.name}.operations.js`);
  for (const op of Object.values(table)) {
    if (typeof op?.operationId !== "string") continue;
    const marks = [JSON.stringify(op.path), ...(op.path.length > 1 ? [rowPath(op)] : []), ...(op.operationId in operations ? [] : [JSON.stringify(op.operationId)])];
    for (const key of ["updateConnector", "client"]) {
      if (marks.some((mark) => sizes[key].code.includes(mark))) leaked.push(`${spec.api} ${op.operationId} (in ${key})`);
    }
  }
}
// The main entry's bundles carry nothing of versori-client/embed nor of the Node-only
// versori-client/operate (their errors' brands mark them).
for (const app of apps.filter((a) => a.source.includes('from "versori-client"'))) {
  if (sizes[app.key].code.includes("versori-client.oauth-error")) leaked.push(`versori-client/embed (in ${app.key})`);
  if (sizes[app.key].code.includes("VersoriOperateError")) leaked.push(`versori-client/operate (in ${app.key})`);
}
// Tracing and logging are a chunk of their own, loaded by import() only when a client is given a
// tracer or a log level: no bundle loads them up front, the one with a tracer included, and that
// one has them in its lazy part. Their attribute names mark them.
const TRACING = ["http.request.resend_count", "versori.operation_id", "traceparent"];
for (const app of apps) {
  const carried = TRACING.filter((mark) => sizes[app.key].upFront.includes(mark));
  if (carried.length) failures.push(`${app.label} loads tracing or logging code up front (${carried.join(", ")})`);
}
// In a browser the package's "#process-env" is the default one, with no environment: the
// VERSORI_LOG check, in Node only, is folded away in every bundle (the tracing chunk's too).
for (const app of apps) {
  if (sizes[app.key].code.includes("VERSORI_LOG")) failures.push(`${app.label} carries the VERSORI_LOG check, which is for Node only`);
}
if (!TRACING.every((mark) => sizes.telemetry.code.includes(mark))) failures.push("the tracing chunk was not found in the bundle of a client with a tracer");
// No bundle but the testing one carries the fake platform or Ajv (their marks: the fake's answer
// header, Ajv's strictTypes option).
for (const app of apps.filter((a) => a.key !== "testing")) {
  if (["x-versori-fake", "strictTypes"].some((mark) => sizes[app.key].code.includes(mark))) leaked.push(`the fake platform or Ajv (in ${app.key})`);
}
if (!["x-versori-fake", "strictTypes"].every((mark) => sizes.testing.code.includes(mark))) failures.push("the testing bundle lacks the marks of the fake and Ajv that the leak check looks for");
if (!single.includes(JSON.stringify(own.operationId))) failures.push("the single-operation bundle lacks UpdateConnector");
// The multipart converter comes only with the upload operations that carry it (descriptor `form`).
if (sizes.updateConnector.code.includes("new FormData")) failures.push("the single-operation bundle carries the multipart converter");

// The Platform light entry is shaken the same way: GetProject, and no other Platform operation.
const platformOps = await import("../dist/esm/generated/platform-v2.operations.js");
for (const op of Object.values(platformOps)) {
  if (typeof op?.operationId !== "string" || op === platformOps.GetProject) continue;
  if (sizes.getProject.code.includes(JSON.stringify(op.operationId))) leaked.push(`platform ${op.operationId} (in getProject)`);
}
if (leaked.length) failures.push(`the single-operation bundle carries other operations: ${[...new Set(leaked)].join(", ")}`);

const header = ["bundle", "min", "gzip", "gzip bytes", "budget", "", "goal", ""];
const widths = rows[0].map((_, c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
console.log(line(header));
for (const r of rows) console.log(line(r));
const others = Object.keys(operations).length - 2;
console.log(
  leaked.length
    ? "single-operation bundle: other operations were NOT shaken away, see below"
    : `single-operation bundle: UpdateConnector only, none of the other ${others} operations`,
);
console.log(`client over single op: +${kB(sizes.client.gzip - sizes.updateConnector.gzip)} kB gzip; single op over openapi-fetch: +${kB(sizes.updateConnector.gzip - sizes["openapi-fetch"].gzip)} kB gzip`);
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
