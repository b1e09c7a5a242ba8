// npm run demo: starts a Prism mock of each of our specs (together, not one after another) and
// runs the examples against them: examples/platform-tour.ts (Platform API: a project, its
// deployment and logs, an end user and their activation), examples/update-connector.ts (Connect,
// API key) and examples/embedded-end-user.ts (Organisations signing key, a JWT for an end user,
// Embedded), then deploys a small integration with the package's own command
// (`versori-client deploy <dir> --wait`), which waits until the environment runs the version.
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

// Each step is a node command line. The mock answers every GetProject with the contract's example,
// whose production environment runs version v14: the deploy names its version v14 so that --wait
// sees it run.
const examples = [
  ...["examples/platform-tour.ts", "examples/update-connector.ts", "examples/embedded-end-user.ts"].map((file) => ["--import", "tsx", file]),
  ["dist/esm/src/operate/bin.js", "deploy", integration, "--project", "01JR1BZQCYS9AMYX9277MZHQ8C", "--environment", "production", "--version", "v14", "--wait"],
];
const mocks = await Promise.all(specs.map((s) => startPrism({ spec: s.file, log: `.cache/prism-demo-${s.api}.log` })));
const url = Object.fromEntries(specs.map((s, i) => [s.api, mocks[i].url]));
for (const s of specs) console.log(`Prism mock of ${s.file} on ${url[s.api]}`);

function run(example) {
  return new Promise((done, fail) => {
    console.log(`\n== ${example.join(" ").replace(/^--import tsx /, "").replace(/^dist\/esm\/src\/operate\/bin\.js/, "versori-client")}\n`);
    const child = spawn(process.execPath, example, {
      stdio: "inherit",
      env: {
        ...process.env,
        VERSORI_PLATFORM_URL: url.platform,
        VERSORI_BASE_URL: url.connect,
        VERSORI_EMBEDDED_URL: url.embedded,
        VERSORI_ORGANISATIONS_URL: url.organisations,
        VERSORI_API_KEY: "demo-api-key",
        VERSORI_ORGANISATION_ID: "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
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
    status = await run(example);
    if (status !== 0) {
      console.error(`\ndemo: ${example.join(" ")} failed (exit ${status}); mock logs: .cache/prism-demo-*.log`);
      break;
    }
  }
} catch (error) {
  console.error("demo: could not run an example:", error);
  status = 1;
} finally {
  await Promise.all(mocks.map((m) => m.stop()));
}
process.exit(status);
