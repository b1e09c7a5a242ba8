// A mock ends when the process that started it ends, however it ends: SIGTERM (CI cancelling a
// job, `timeout`), SIGINT (Ctrl-C) or SIGKILL run no `exit` hook in Node, so nothing in the
// parent can be relied on. Each case runs a real parent process (startMock, and the test setup's
// scripts/prism.mjs), kills it, and checks that its Prism is gone.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const START = 120_000; // Prism takes seconds to load a spec on a busy machine
const scratch = mkdtempSync(join(tmpdir(), "versori-parent-exit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whether the process exists and has not exited (a zombie waiting to be reaped has). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state after the command name; Z (zombie) or X (dead) means it has exited.
    return !/^[ZX]/.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, ""));
  } catch {
    return true;
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const end = Date.now() + withinMs; Date.now() < end; await new Promise((done) => setTimeout(done, 100))) {
    if (!alive(pid)) return true;
  }
  return !alive(pid);
}

/** The parent: starts a mock the given way, prints Prism's pid, then waits to be killed. */
const parents = {
  startMock: `
    const { tsImport } = await import("tsx/esm/api");
    const { startMock } = await tsImport("./src/testing/index.ts", ${JSON.stringify(pathToFileURL(`${repo}/`).href)});
    const mock = await startMock({ api: "connect", log: process.argv[1] });
    console.log(JSON.stringify({ pid: mock.pid }));`,
  "scripts/prism.mjs": `
    const { startPrism } = await import("./scripts/prism.mjs");
    const mock = await startPrism({ spec: "openapi/connect-v1.yaml", log: process.argv[1] });
    console.log(JSON.stringify({ pid: mock.pid }));`,
};

const cases: [keyof typeof parents, NodeJS.Signals][] = [
  ["startMock", "SIGTERM"],
  ["startMock", "SIGINT"],
  ["startMock", "SIGKILL"],
  ["scripts/prism.mjs", "SIGTERM"],
  ["scripts/prism.mjs", "SIGKILL"],
];

describe.concurrent("Prism ends with the process that started it", () => {
  test.each(cases)(
    "%s, parent ended by %s",
    async (how, signal) => {
      const log = join(scratch, `${how.replace(/\W/g, "-")}-${signal}.log`);
      const parent = spawn(process.execPath, ["--input-type=module", "-e", parents[how], log], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      parent.stderr.on("data", (chunk: Buffer) => (output += chunk));
      const exited = new Promise((done) => parent.once("exit", done));
      const pid = await new Promise<number>((done, fail) => {
        parent.stdout.on("data", (chunk: Buffer) => {
          const line = /\{"pid":(\d+)\}/.exec((output += chunk));
          if (line) done(Number(line[1]));
        });
        parent.once("exit", (code) => fail(new Error(`the parent exited (${code}) before starting Prism:\n${output}`)));
      });
      try {
        expect(alive(pid)).toBe(true);
        parent.kill(signal);
        await exited;
        expect(await gone(pid, 10_000), `Prism (pid ${pid}) still runs after its parent got ${signal}`).toBe(true);
      } finally {
        if (alive(pid)) process.kill(pid, "SIGKILL");
        if (parent.exitCode === null && parent.signalCode === null) parent.kill("SIGKILL");
      }
    },
    START,
  );
});
