// npm run demo: runs the examples against the fake platform of versori-client/testing for the
// Platform and Organisations APIs (one in-memory platform over HTTP, so that what one step creates
// the next finds) and a Prism mock for Connect and Embedded: examples/platform-tour.ts (a project,
// its deployment and logs, an end user and their activation), examples/update-connector.ts
// (Connect, API key) and examples/embedded-end-user.ts (a real signing key from the fake, a JWT for
// an end user, Embedded), then deploys a small integration with the package's own command
// (`versori-client deploy <dir> --wait`) to a project made on the fake twice: once until its
// environment runs the version, once into a build error (exit 1, with the state and last log lines).
// The examples import "versori-client" by name, which resolves to dist/, so dist/ is rebuilt
// first when stale. Exits with the first failing example's status; the servers are always stopped.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./ensure-build.mjs";
import { startPrism } from "./prism.mjs";
import { specs } from "./specs.mjs";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));
ensureBuild();

// An integration's directory, as a team keeps it: its code, a .gitignore and what it leaves out.
const integration = ".cache/demo-integration";
rmSync(integration, { recursive: true, force: true });
for (const [file, text] of Object.entries({
  ".gitignore": "node_modules/\n*.log\n",
  "src/index.ts": 'import { webhook } from "@versori/run";\n\nexport const orders = webhook("orders");\n',
  "deno.json": '{ "imports": {} }\n',
  "node_modules/left-out.js": "// ignored\n",
  "debug.log": "ignored\n",
})) {
  mkdirSync(`${integration}/${file}`.replace(/\/[^/]+$/, ""), { recursive: true });
  writeFileSync(`${integration}/${file}`, text);
}

const ORGANISATION = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const API_KEY = "demo-api-key";
const { startFakePlatform } = await import("../dist/esm/src/testing/index.js");
const { createPlatformClient } = await import("../dist/esm/src/index.js");
const fake = await startFakePlatform({ organisationId: ORGANISATION, apiKey: API_KEY });
const mocked = specs.filter((s) => !s.fake);
const mocks = await Promise.all(mocked.map((s) => startPrism({ spec: s.file, log: `.cache/prism-demo-${s.api}.log` })));
const url = { ...fake.baseUrls, ...Object.fromEntries(mocked.map((s, i) => [s.api, mocks[i].url])) };
console.log(`fake platform (Platform and Organisations APIs) on ${fake.url}`);
for (const [i, s] of mocked.entries()) console.log(`Prism mock of ${s.file} on ${mocks[i].url}`);
// The project the deploy command deploys to, made on the fake first.
const platform = createPlatformClient({ fetch: fake.fake.fetch, token: API_KEY, organisationId: ORGANISATION });
const target = await platform.createProject({ body: { name: "Order sync (demo deploy)" } });

// Each step: a node command line, the exit code it should end with, and what to change on the
// fake before it (deploys that take time, then one that fails to build).
const deploy = (version) => ["dist/esm/src/operate/bin.js", "deploy", integration, "--project", target.id, "--environment", "production", "--version", version, "--wait"];
const examples = [
  ...["examples/platform-tour.ts", "examples/update-connector.ts", "examples/embedded-end-user.ts"].map((file) => ({ args: ["--import", "tsx", file] })),
  { args: deploy("v1"), before: () => (fake.fake.settings.deployDelayMs = 1500) },
  { args: deploy("v2"), exit: 1, before: () => (fake.fake.settings.deployError = "src/index.ts(3,23): Cannot find name 'webhook'") },
];
const titleOf = ({ args, exit = 0 }) =>
  `${args.join(" ").replace(/^--import tsx /, "").replace(/^dist\/esm\/src\/operate\/bin\.js/, "versori-client")}${exit ? ` (ends with exit ${exit})` : ""}`;

function run({ args }) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      stdio: "inherit",
      env: {
        ...process.env,
        VERSORI_PLATFORM_URL: url.platform,
        VERSORI_BASE_URL: url.connect,
        VERSORI_EMBEDDED_URL: url.embedded,
        VERSORI_ORGANISATIONS_URL: url.organisations,
        VERSORI_API_KEY: API_KEY,
        VERSORI_ORGANISATION_ID: ORGANISATION,
      },
    });
    // Pass Ctrl-C / kill on to the example, so we still get to stop the mocks.
    const forward = (signal) => child.kill(signal);
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, forward);
    child.once("error", fail);
    child.once("exit", (code, signal) => {
      for (const signal of ["SIGINT", "SIGTERM"]) process.off(signal, forward);
      done(code ?? (signal ? 128 : 1));
    });
  });
}

let status = 0;
try {
  for (const example of examples) {
    example.before?.();
    console.log(`\n== ${titleOf(example)}\n`);
    const exit = await run(example);
    if (exit !== (example.exit ?? 0)) {
      console.error(`\ndemo: ${titleOf(example)} failed (exit ${exit}); Prism logs: .cache/prism-demo-*.log`);
      status = exit || 1;
      break;
    }
  }
} catch (error) {
  console.error("demo: could not run an example:", error);
  status = 1;
} finally {
  await Promise.all([fake.stop(), ...mocks.map((m) => m.stop())]);
}
process.exit(status);
