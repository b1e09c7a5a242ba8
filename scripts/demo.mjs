// npm run demo: starts a Prism mock of each of our specs (together, not one after another) and
// runs the examples against them: examples/platform-tour.ts (Platform API: a project, its
// deployment and logs, an end user and their activation), examples/update-connector.ts (Connect,
// API key) and examples/embedded-end-user.ts (Organisations signing key, a JWT for an end user,
// Embedded), then deploys a small integration with the package's own command on the stateful
// fake platform (`versori-client deploy <dir> --wait`: the environment's states until it runs,
// then a deploy that fails to build: exit 1 with the state and the last log lines).
// The examples import "versori-client" by name, which resolves to dist/, so dist/ is rebuilt
// first when stale. Exits with the first failing example's status; the mocks are always stopped.
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

const mocks = await Promise.all(specs.map((s) => startPrism({ spec: s.file, log: `.cache/prism-demo-${s.api}.log` })));
const url = Object.fromEntries(specs.map((s, i) => [s.api, mocks[i].url]));
for (const s of specs) console.log(`Prism mock of ${s.file} on ${url[s.api]}`);
const mockEnv = {
  VERSORI_PLATFORM_URL: url.platform,
  VERSORI_BASE_URL: url.connect,
  VERSORI_EMBEDDED_URL: url.embedded,
  VERSORI_ORGANISATIONS_URL: url.organisations,
  VERSORI_API_KEY: "demo-api-key",
};

// The deploys run on the fake platform, whose deploys take time and can fail: a project made there,
// its environment's states followed by `--wait`.
const { startFakePlatform } = await import("../dist/esm/src/testing/index.js");
const { createPlatformClient } = await import("../dist/esm/src/index.js");
const onFake = await startFakePlatform({ settings: { deployDelayMs: 1500 } });
const { fake } = onFake;
const project = await createPlatformClient({ baseUrl: onFake.baseUrls.platform, token: fake.apiKey, organisationId: fake.organisationId }).createProject({
  body: { name: "Order sync" },
});
console.log(`Fake platform on ${onFake.url}, project ${project.id}`);
const fakeEnv = { VERSORI_PLATFORM_URL: onFake.baseUrls.platform, VERSORI_API_KEY: fake.apiKey, VERSORI_ORGANISATION_ID: fake.organisationId };
const deploy = (version) => ["dist/esm/src/operate/bin.js", "deploy", integration, "--project", project.id, "--environment", project.environments[0].name, "--version", version, "--wait"];

// Each step: a node command line, its environment, the exit code it should end with, and what to
// do before it.
const examples = [
  ...["examples/platform-tour.ts", "examples/update-connector.ts", "examples/embedded-end-user.ts"].map((file) => ({ args: ["--import", "tsx", file], env: mockEnv })),
  { args: deploy("v1"), env: fakeEnv },
  { args: deploy("v2"), env: fakeEnv, exit: 1, before: () => (fake.settings.deployError = "src/index.ts(3,23): Cannot find name 'webhook'") },
];

const titleOf = ({ args, exit = 0 }) =>
  `${args.join(" ").replace(/^--import tsx /, "").replace(/^dist\/esm\/src\/operate\/bin\.js/, "versori-client")}${exit ? ` (ends with exit ${exit})` : ""}`;

function run({ args, env }) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
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
      console.error(`\ndemo: ${titleOf(example)} failed (exit ${exit}); mock logs: .cache/prism-demo-*.log`);
      status = exit || 1;
      break;
    }
  }
} catch (error) {
  console.error("demo: could not run an example:", error);
  status = 1;
} finally {
  await Promise.all([...mocks.map((m) => m.stop()), onFake.stop()]);
}
process.exit(status);
