// Runs one Prism mock server as a child process and ends it. Shared by startMock and the repo's
// own launcher (scripts/prism.mjs). Prism runs as `node <prism-cli>` directly, not through npx,
// whose death would leave Prism running; its output goes to a log file so full pipes never
// stall it, and that file is what the errors point at.
/// <reference types="node" />
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { dirname } from "node:path";

export interface PrismLaunch {
  /** Path of @stoplight/prism-cli/dist/index.js. */
  cli: string;
  /** Path of the OpenAPI document to serve. */
  spec: string;
  /** Where Prism's output goes. */
  log: string;
  /** The port to listen on (127.0.0.1); a free one when absent. */
  port?: number | undefined;
  /** How long to wait for Prism's first answer. */
  timeoutMs: number;
}

export interface RunningPrism {
  /** `http://127.0.0.1:<port>`: the base URL to give the client (the API's base path is not part of it). */
  url: string;
  port: number;
  /** The process id of Prism. */
  pid: number;
  /** The log file with Prism's output. */
  log: string;
  /** Ends Prism (SIGTERM, then SIGKILL after a grace period) and resolves once it has exited. Safe to call again. */
  stop(): Promise<void>;
}

/** How long Prism gets to exit after SIGTERM before it is killed. */
const GRACE_MS = 3000;
const POLL_MS = 100;

/**
 * Listens on the port for a moment and gives it back: 0 picks a free one. A port already taken
 * is refused here, since anything answering on it would pass for Prism.
 */
function claimPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error) => reject(new Error(`port ${port} on 127.0.0.1 is not free for Prism: ${error.message}`)));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether anything answers HTTP at the URL (any status, even 404 or 401, means Prism is up). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 1000 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(false));
  });
}

export async function launchPrism(options: PrismLaunch): Promise<RunningPrism> {
  const port = await claimPort(options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  mkdirSync(dirname(options.log), { recursive: true });
  const out = createWriteStream(options.log);
  const child = spawn(
    process.execPath,
    // One process: with NODE_ENV=production Prism would fork its server off, out of stop()'s reach.
    [options.cli, "mock", options.spec, "--host", "127.0.0.1", "--port", String(port), "--errors", "--no-multiprocess"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // Two sources write to one file: neither may end it; it is ended once Prism is gone.
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });

  let exited: string | undefined;
  const gone = new Promise<void>((resolve) => {
    child.once("error", (error) => {
      exited ??= `could not start: ${error.message}`;
      resolve();
    });
    // "close" comes after the exit and after both output streams have been read to the end.
    child.once("close", (code, signal) => {
      exited ??= signal ? `killed by ${signal}` : `exit code ${code}`;
      resolve();
    });
  }).then(() => new Promise<void>((resolve) => out.end(resolve)));
  // A test run that exits without stopping the mock must not leave Prism behind.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", killOnExit);
      if (exited !== undefined) return gone;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), GRACE_MS);
      await gone;
      clearTimeout(timer);
    })());

  const deadline = Date.now() + options.timeoutMs;
  while (!(await answers(url))) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`Prism stopped before answering on ${url} (${exited}); its output is in ${options.log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Prism did not answer on ${url} within ${options.timeoutMs} ms; its output is in ${options.log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { url, port, pid: child.pid!, log: options.log, stop };
}
