// The bin as a real process (node + tsx on src/operate/bin.ts): exit codes reach the shell, and
// Ctrl-C (SIGINT) ends `logs --follow` with exit 0 and stops a `deploy --wait` with 130.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, expect, test } from "vitest";
import { json, startLoopback } from "../support/loopback.js";
import { API_KEY, logLine, ORG, PROJECT, projectAnswer } from "./answers.js";

const bin = resolve(import.meta.dirname, "../../src/operate/bin.ts");
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the bin; `stdout` fills as it writes; `exit` resolves with its code (or 128 + signal). */
function start(args: string[], url: string) {
  const child = spawn(process.execPath, ["--import", "tsx", bin, ...args], {
    env: { ...process.env, VERSORI_API_KEY: API_KEY, VERSORI_ORGANISATION_ID: ORG, VERSORI_PLATFORM_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out.stderr += chunk.toString()));
  const exit = new Promise<number>((done) => child.once("exit", (code, signal) => done(code ?? (signal ? 128 : -1))));
  const printed = (text: string) =>
    new Promise<void>((done) => {
      const check = () => (out.stdout + out.stderr).includes(text) && done();
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      check();
    });
  return { child, out, exit, printed };
}

test("logs --follow: lines on stdout, and Ctrl-C ends it with exit 0", async () => {
  const server = await startLoopback((_seen, res) => json(res, 200, { logs: [logLine(1, "order 1042 copied")] }));
  const run = start(["logs", "--project", PROJECT, "--environment", "production", "--follow"], server.url);
  await run.printed("order 1042 copied");
  run.child.kill("SIGINT");
  expect(await run.exit).toBe(0);
  expect(run.out.stdout).toBe("2025-03-11T16:42:01.000Z INFO    order 1042 copied\n");
  expect(run.out.stdout + run.out.stderr).not.toContain(API_KEY);
}, 20_000);

test("deploy --wait: Ctrl-C while waiting is exit 130; a deploy that fails is exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "versori-bin-"));
  made.push(dir);
  writeFileSync(join(dir, "index.ts"), "export {};\n");
  let state = "draft";
  const server = await startLoopback((seen, res) => {
    if (seen.url.includes("/logs")) return json(res, 200, { logs: [logLine(2, "crashed", "ERROR")] });
    return json(res, 200, projectAnswer([{ name: "production", status: state, version: "v15" }]));
  });
  const args = ["deploy", dir, "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait"];
  const waiting = start(args, server.url);
  await waiting.printed("production: draft");
  waiting.child.kill("SIGINT");
  expect(await waiting.exit).toBe(130);
  expect(waiting.out.stderr).toContain("versori-client: interrupted");

  state = "error";
  const failing = start(args, server.url);
  expect(await failing.exit).toBe(1);
  expect(failing.out.stderr).toContain('production ended in state "error"');
  expect(failing.out.stderr).toContain("ERROR   crashed");
}, 20_000);
