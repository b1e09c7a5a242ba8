// The `versori-client` command, run in process against loopback platforms: what goes to stdout
// and stderr, the exit codes (0 ok, 1 failed with the state and last log lines, 2 usage), --json,
// --help for every command, and the API key in no output, even when a server quotes it back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { runCommand } from "../../src/operate/command/main.js";
import type { ProjectLog } from "../../src/platform/types.js";
import { json, startLoopback } from "../support/loopback.js";
import { API_KEY, logLine, ORG, PROJECT, projectAnswer } from "./answers.js";
import { kvServer } from "./kv-server.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function integration(): string {
  const dir = mkdtempSync(join(tmpdir(), "versori-command-"));
  made.push(dir);
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, ".gitignore"), "node_modules/\n");
  writeFileSync(join(dir, "src/index.ts"), 'export const orders = webhook("orders");\n');
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main\n");
  return dir;
}

/** Runs the command with the credentials in its environment; everything written is kept. */
async function run(argv: string[], url: string | undefined, options: { env?: Record<string, string | undefined>; signal?: AbortSignal; tty?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const env = { VERSORI_API_KEY: API_KEY, VERSORI_ORGANISATION_ID: ORG, VERSORI_PLATFORM_URL: url, ...options.env };
  const code = await runCommand(argv, {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty },
    signal: options.signal,
  });
  // Whatever happened, the key is in neither stream.
  expect(stdout).not.toContain(API_KEY);
  expect(stderr).not.toContain(API_KEY);
  return { code, stdout, stderr };
}

/** A platform whose deploy answers `draft` and whose environment then goes through `states`. */
async function deployPlatform(states: string[], logs: ProjectLog[] = []) {
  let polls = 0;
  const server = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://x");
    if (seen.method === "PUT") return json(res, 200, projectAnswer([{ name: "production", status: "draft", version: "v14" }]));
    if (url.pathname.endsWith("/logs")) return json(res, 200, { logs: [...logs].reverse().slice(0, Number(url.searchParams.get("first"))) });
    const state = states[Math.min(polls++, states.length - 1)]!;
    return json(res, 200, projectAnswer([{ name: "production", status: state, version: "v15" }]));
  });
  return server;
}

const LOGS = [logLine(1, "starting"), logLine(2, "ERP client: region is not set", "ERROR")];

describe("deploy", () => {
  test("--wait: files and states on stderr, the result on stdout, exit 0", async () => {
    const server = await deployPlatform(["draft", "running"]);
    const { code, stdout, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait"], server.url);
    expect(code).toBe(0);
    expect(stdout).toBe("Deployed v15 to production: running\n");
    expect(stderr).toContain("Sent version v15: 2 files (0.1 kB); left out: .git.");
    expect(stderr).toMatch(/^production: draft \(version v15\), 0s$/m);
    expect(stderr).toMatch(/^production: running \(version v15\), \ds$/m);
    expect(stderr).not.toContain("\r"); // no spinner when stderr is not a terminal
    const sent = JSON.parse(server.requests[0]!.body.toString("utf8")) as { files: { filename: string }[] };
    expect(sent.files.map((f) => f.filename)).toEqual([".gitignore", "src/index.ts"]);
  });

  test("--json: one JSON document on stdout", async () => {
    const server = await deployPlatform(["running"]);
    const { code, stdout } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait", "--json"], server.url);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ project: PROJECT, environment: "production", version: "v15", state: "running", publicUrl: "https://acme-order-sync-production.versori.run", files: 2, bytes: 55 });
  });

  test("an environment that ends in error: exit 1, the state and the last log lines", async () => {
    const server = await deployPlatform(["draft", "error"], LOGS);
    const { code, stdout, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait"], server.url);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('versori-client: production ended in state "error"\nLast log lines of production:\n');
    expect(stderr).toContain("  2025-03-11T16:42:02.000Z ERROR   ERP client: region is not set\n");
    const json = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait", "--json"], (await deployPlatform(["error"], LOGS)).url);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error).toMatchObject({ name: "VersoriOperateError", reason: "environment_failed", state: "error", environment: "production", logs: LOGS });
  });

  test("--timeout: exit 1 saying how long was waited and the last state", async () => {
    const server = await deployPlatform(["draft"]);
    const { code, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait", "--timeout", "300ms"], server.url);
    expect(code).toBe(1);
    expect(stderr).toContain('versori-client: production did not reach "running" in 300 ms (last state: draft)');
  });

  test("without --wait, the deploy's own answer, and a hint", async () => {
    const server = await deployPlatform(["running"]);
    const { code, stdout } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15"], server.url);
    expect(code).toBe(0);
    expect(stdout).toBe("Deployed v15 to production: draft (not waited for; add --wait)\n");
    expect(server.requests).toHaveLength(1);
  });

  test("--dry-run lists the files on stdout and sends nothing", async () => {
    const server = await deployPlatform(["running"]);
    const { code, stdout, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--dry-run", "--ignore", ".gitignore"], server.url);
    expect(code).toBe(0);
    expect(stdout).toBe("src/index.ts\n");
    expect(stderr).toMatch(/^Dry run, nothing sent: version \d{4}(-\d\d){5} would be 1 file \(0\.0 kB\); left out: \.git, 1 ignored\.$/m);
    expect(server.requests).toHaveLength(0);
  });

  test("on a terminal, the states are a spinner on one line", async () => {
    const server = await deployPlatform(["draft", "running"]);
    const { code, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait"], server.url, { tty: true });
    expect(code).toBe(0);
    expect(stderr).toContain("\r\x1b[2K⠋ production: draft (version v15), 0s");
    expect(stderr.endsWith("\r\x1b[2K")).toBe(true);
  });
});

describe("VERSORI_LOG", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  // Found using the packed package: VERSORI_LOG=debug versori-client kv list --json printed the
  // client's debug lines (console.debug, which is stdout) before the JSON document, so stdout no
  // longer parsed as the guide promises.
  test("the client's lines go to stderr, with the progress: stdout stays one JSON document", async () => {
    vi.stubEnv("VERSORI_LOG", "debug");
    const consoleUsed = (["debug", "info", "log", "warn", "error"] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    const server = await deployPlatform(["running"]);
    const { code, stdout, stderr } = await run(["deploy", integration(), "--project", PROJECT, "--environment", "production", "--version", "v15", "--wait", "--json"], server.url);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ version: "v15", state: "running" });
    expect(stderr).toMatch(/^PUT \/o\/\{organisation_id\}\/\S+ \(\w+\), attempt 1\n/m);
    for (const spy of consoleUsed) expect(spy).not.toHaveBeenCalled();
  });
});

describe("usage: exit 2", () => {
  test.each([
    [["deploy", ".", "--environment", "production"], "--project is required", "deploy"],
    [["deploy", "--project", PROJECT, "--environment", "production"], "give exactly one directory to deploy", "deploy"],
    [["deploy", ".", "--project", PROJECT, "--environment", "production", "--timeout", "soon"], '--timeout takes a duration such as 90s, 10m or 1h, not "soon"', "deploy"],
    [["deploy", ".", "--token", "x"], "Unknown option '--token'", "deploy"],
    [["logs", "--project", PROJECT, "--environment", "production", "--since", "yesterday"], "--since takes a duration", "logs"],
    [["kv", "get", "k", "--scope", "user", "--project", PROJECT, "--environment", "production"], "the user scope needs --external-id", "kv"],
    [["kv", "get", "--scope", "org"], "kv get takes a key", "kv"],
    [["kv", "wipe", "--scope", "org"], 'kv needs one of get, set, list, count, not "wipe"', "kv"],
    [["kv", "count", "--scope", "tenant"], '--scope must be organisation, workspace, project, user or execution, not "tenant"', "kv"],
    [["promote", "--project", PROJECT, "--from", "staging"], "--to is required", "promote"],
  ])("%j", async (argv, message, command) => {
    const { code, stdout, stderr } = await run(argv, "http://127.0.0.1:9");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain(`Run versori-client ${command} --help for its usage.`);
  });

  test("credentials only from the environment: a missing variable is named, its value never printed", async () => {
    const { code, stderr } = await run(["logs", "--project", PROJECT, "--environment", "production"], "http://127.0.0.1:9", { env: { VERSORI_API_KEY: undefined } });
    expect(code).toBe(2);
    expect(stderr).toContain("set VERSORI_API_KEY in the environment (a CI secret); they are never taken from a flag");
    const both = await run(["kv", "count", "--scope", "org"], "http://127.0.0.1:9", { env: { VERSORI_API_KEY: "", VERSORI_ORGANISATION_ID: "" } });
    expect(both.stderr).toContain("set VERSORI_API_KEY and VERSORI_ORGANISATION_ID in the environment");
  });

  test("no command, or an unknown one", async () => {
    const none = await run([], undefined);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: versori-client <command> [options]");
    const unknown = await run(["destroy"], undefined);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('versori-client: unknown command "destroy"\nRun versori-client --help for the commands.');
  });
});

test.each([
  [["--help"], "Usage: versori-client <command> [options]"],
  [["deploy", "--help"], "Usage: versori-client deploy <dir> --project <id> --environment <name> [options]"],
  [["logs", "-h"], "Usage: versori-client logs --project <id> --environment <name> [options]"],
  [["promote", "--help"], "Usage: versori-client promote --project <id> --from <env> --to <env>"],
  [["kv", "--help"], "Usage: versori-client kv <get|set|list|count> [key] [value] --scope <scope> [options]"],
])("%j: its usage on stdout, exit 0, no credentials needed", async (argv, usage) => {
  const { code, stdout } = await run(argv, undefined, { env: { VERSORI_API_KEY: undefined, VERSORI_ORGANISATION_ID: undefined } });
  expect(code).toBe(0);
  expect(stdout.startsWith(usage)).toBe(true);
  expect(stdout).toContain("VERSORI_API_KEY");
});

test("a server that quotes the API key back: exit 1, and the key is redacted from the output", async () => {
  const server = await startLoopback((seen, res) => json(res, 401, { code: "unauthorized", message: `API key ${String(seen.headers.authorization).slice(7)} is not valid` }));
  const { code, stderr, stdout } = await run(["promote", "--project", PROJECT, "--from", "staging", "--to", "production", "--json"], server.url);
  expect(code).toBe(1);
  expect(stderr).toContain("versori-client: API key [redacted] is not valid");
  expect(JSON.parse(stdout).error).toMatchObject({ name: "VersoriApiError", status: 401, request: { headers: { authorization: "[redacted]" } } });
});

describe("logs", () => {
  test("every page once, as text or as one JSON object per line", async () => {
    let n = 0;
    const server = await startLoopback((seen, res) => {
      const token = new URL(seen.url, "http://x").searchParams.get("next_token");
      n++;
      return json(res, 200, token ? { logs: [LOGS[1]] } : { logs: [LOGS[0]], nextToken: "p2" });
    });
    const text = await run(["logs", "--project", PROJECT, "--environment", "production", "--since", "2025-03-11T16:00:00Z"], server.url);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe("2025-03-11T16:42:01.000Z INFO    starting\n2025-03-11T16:42:02.000Z ERROR   ERP client: region is not set\n");
    const query = Object.fromEntries(new URL(server.requests[0]!.url, "http://x").searchParams);
    expect(query).toMatchObject({ project_env: "production", start: "2025-03-11T16:00:00.000Z", order: "asc" });
    const lines = await run(["logs", "--project", PROJECT, "--environment", "production", "--json"], server.url);
    expect(lines.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual(LOGS);
    expect(n).toBe(4);
  });

  test("--follow prints lines as they come and ends with exit 0 on Ctrl-C", async () => {
    const controller = new AbortController();
    let reads = 0;
    const server = await startLoopback((_seen, res) => {
      reads++;
      json(res, 200, { logs: LOGS.slice(0, Math.min(reads, 2)) });
      if (reads === 3) setTimeout(() => controller.abort(), 10);
    });
    const { code, stdout } = await run(["logs", "--project", PROJECT, "--environment", "production", "--follow"], server.url, { signal: controller.signal });
    expect(code).toBe(0);
    expect(stdout.split("\n").filter(Boolean)).toHaveLength(2);
  }, 15_000);
});

describe("kv", () => {
  test("get, set, list, count on the user scope, as text and JSON", async () => {
    const prefix = [ORG, PROJECT, "production", "64819210d84f549a487924d8b7b6e1dbc3f01cc9df315a99bb3e1a4d0a487b08"];
    const entries = [{ key: [...prefix, "cursor", "orders"], value: '{"page":3}' }];
    const { server, bodies } = await kvServer(entries);
    const scope = ["--scope", "user", "--project", PROJECT, "--environment", "production", "--external-id", "cust-48213"];
    expect(await run(["kv", "get", "cursor/orders", ...scope], server.url)).toMatchObject({ code: 0, stdout: '{\n  "page": 3\n}\n' });
    expect(await run(["kv", "set", "cursor/orders", '{"page":4}', ...scope], server.url)).toMatchObject({ code: 0, stdout: "set cursor/orders\n" });
    expect(await run(["kv", "set", "note", "hello there", ...scope], server.url)).toMatchObject({ code: 0 });
    expect(bodies("PUT", "/kv/batch")).toEqual([
      { entries: [{ key: [...prefix, "cursor", "orders"], value: '{"page":4}' }] },
      { entries: [{ key: [...prefix, "note"], value: '"hello there"' }] },
    ]);
    const listed = await run(["kv", "list", ...scope], server.url);
    expect(listed.stdout).toBe('cursor/orders\t{"page":3}\ncursor/orders\t{"page":4}\nnote\t"hello there"\n');
    expect(JSON.parse((await run(["kv", "list", "--prefix", "note", "--json", ...scope], server.url)).stdout)).toMatchObject([{ key: ["note"], value: "hello there" }]);
    expect(await run(["kv", "count", ...scope], server.url)).toMatchObject({ code: 0, stdout: "3\n" });
    expect(await run(["kv", "count", "--json", "--scope", "ws", "--project", PROJECT, "--environment", "production"], server.url)).toMatchObject({ stdout: '{"count":3}\n' });
    const missing = await run(["kv", "get", "nothing", ...scope], server.url);
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toBe(`versori-client: no entry at nothing in PROJECT_${PROJECT}\n`);
  });

  test("a store the runtime has not made yet: exit 1 saying so", async () => {
    const { server } = await kvServer([], { stores: [] });
    const { code, stderr } = await run(["kv", "count", "--scope", "organisation"], server.url);
    expect(code).toBe(1);
    expect(stderr).toBe(`versori-client: no KV store named ORG_${ORG}: the runtime makes it when a workflow first writes to this scope\n`);
  });
});
