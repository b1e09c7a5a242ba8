// npm run demo: runs examples/update-connector.ts against the Prism mock of our spec. The
// example imports "versori-client" by name, which resolves to dist/, so dist/ is rebuilt first
// when stale. Exits with the example's status; Prism is stopped whatever happens.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ensureBuild } from "./ensure-build.mjs";
import { startPrism } from "./prism.mjs";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));
ensureBuild();

const prism = await startPrism({ spec: "openapi/connect-v1.yaml", log: ".cache/prism-demo.log" });
console.log(`Prism mock of openapi/connect-v1.yaml on ${prism.url}\n`);
let status = 1;
try {
  status = await new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "examples/update-connector.ts"], {
      stdio: "inherit",
      env: { ...process.env, VERSORI_BASE_URL: prism.url, VERSORI_API_KEY: "demo-api-key" },
    });
    // Pass Ctrl-C / kill on to the example, so we still get to stop Prism.
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
    child.once("error", fail);
    child.once("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
} catch (error) {
  console.error("demo: could not run the example:", error);
} finally {
  await prism.stop();
}
if (status !== 0) console.error(`\ndemo: failed (exit ${status}); Prism log: ${prism.log}`);
process.exit(status);
