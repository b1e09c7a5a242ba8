// Starts the Prism mock server on one of our specs and stops it. Used by the vitest global
// setup, the demo and the package smoke test. Prism runs as `node <prism-cli>` directly (not
// through npx, whose death would leave Prism running), on a port that was free a moment ago,
// with its output drained to a log file.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const prismCli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * @param {{ spec?: string, log?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, log: string, stop: () => Promise<void> }>}
 */
export async function startPrism(options = {}) {
  const spec = resolve(options.spec ?? "openapi/connect-v1.yaml");
  const log = resolve(options.log ?? ".cache/prism.log");
  const timeoutMs = options.timeoutMs ?? 60_000;
  mkdirSync(dirname(log), { recursive: true });
  const port = await freePort();
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [prismCli, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--errors"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  const exit = new Promise((done) => child.once("exit", (code, signal) => done((exited = { code, signal }))));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exit;
      clearTimeout(timer);
    }
    await new Promise((done) => out.end(done));
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`Prism exited (${JSON.stringify(exited)}) before answering; see ${log}`);
    try {
      // Any HTTP answer (even 404 or 401) means Prism is up.
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return { url, port, log, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms; see ${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
