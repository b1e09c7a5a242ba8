// Runs one Prism mock server as a child process and ends it. Shared by startMock and the repo's
// own launcher (scripts/prism.mjs). Prism runs as `node <prism-cli>` directly, not through npx,
// whose death would leave Prism running; its output goes to a log file so full pipes never
// stall it, and that file is what the errors point at.
/// <reference types="node" />
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, openSync } from "node:fs";
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
  /** How long to wait for Prism to say it listens. */
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

/**
 * Run in Prism's own process before Prism (argv[1] is Prism's entry script). The parent holds
 * the other end of this process's stdin; the system closes it when the parent ends, however it
 * ends (SIGTERM, SIGINT and SIGKILL run no exit hook in the parent), and Prism then ends too.
 */
const EXIT_WITH_PARENT = 'process.stdin.on("end",()=>process.exit()).on("error",()=>process.exit()).resume();require(process.argv[1]);';

/**
 * What Prism prints once its server listens, with the address it got: read from this child's
 * own output, so another server answering on the port cannot pass for it.
 */
const LISTENING = /Prism is listening on http:\/\/127\.0\.0\.1:(\d+)/;

/** Opens (truncates) the log file first: a path that cannot be written rejects before Prism starts. */
function openLog(log: string): number {
  try {
    mkdirSync(dirname(log), { recursive: true });
    return openSync(log, "w");
  } catch (error) {
    throw new Error(`cannot open the log file for Prism: ${(error as Error).message}`, { cause: error });
  }
}

export async function launchPrism(options: PrismLaunch): Promise<RunningPrism> {
  const out = createWriteStream(options.log, { fd: openLog(options.log) });
  // The log is for reading afterwards: failing to write it (a full disk) must not end the caller.
  out.on("error", () => {});
  // Port 0 lets Prism's own listen pick a free port, and it prints which: nothing is probed
  // and given back first, which another process could take in between.
  const asked = options.port ?? 0;
  const child = spawn(
    process.execPath,
    // One process: with NODE_ENV=production Prism would fork its server off, out of stop()'s reach.
    ["-e", EXIT_WITH_PARENT, options.cli, "mock", options.spec, "--host", "127.0.0.1", "--port", String(asked), "--errors", "--no-multiprocess"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  // Never written to: only its closing matters (see EXIT_WITH_PARENT).
  child.stdin.on("error", () => {});
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

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (exited !== undefined) return gone;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), GRACE_MS);
      await gone;
      clearTimeout(timer);
    })());

  // Prism's output, kept until it says it listens.
  let output = "";
  let ready: (outcome: number | string) => void = () => {};
  const read = (chunk: Buffer) => {
    output += chunk;
    const listening = LISTENING.exec(output);
    if (listening) ready(Number(listening[1]));
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  let timer: NodeJS.Timeout | undefined;
  // The port it listens on, or what went wrong.
  const port = await new Promise<number | string>((resolve) => {
    ready = resolve;
    void gone.then(() => resolve(`stopped before listening (${exited})`));
    timer = setTimeout(() => resolve(`did not start listening within ${options.timeoutMs} ms`), options.timeoutMs);
  });
  clearTimeout(timer);
  child.stdout.off("data", read);
  child.stderr.off("data", read);
  if (typeof port === "number" && (asked === 0 || port === asked)) {
    return { url: `http://127.0.0.1:${port}`, port, pid: child.pid!, log: options.log, stop };
  }
  await stop();
  if (/EADDRINUSE/.test(output)) {
    throw new Error(`port ${asked} on 127.0.0.1 is not free for Prism (EADDRINUSE); its output is in ${options.log}`);
  }
  const problem = typeof port === "number" ? `listened on port ${port}, not ${asked}` : port;
  throw new Error(`Prism ${problem}; its output is in ${options.log}`);
}
