// The operating functions and the command against the package's stateful fake platform over HTTP
// (startFakePlatform from versori-client/testing): a project made there, deployed from a
// directory, waited for through the fake's deploy states, failed deploys with the fake's (newest) log lines,
// logs followed while the "integration" writes them, a user's KV data read back raw, and one
// execution's KV scope wiped (the fake's cascading BatchDeleteKV).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { createPlatformClient } from "../../src/index.js";
import { runCommand } from "../../src/operate/command/main.js";
import { followLogs } from "../../src/operate/follow-logs.js";
import { kvScope } from "../../src/operate/kv-scope.js";
import { waitForEnvironment } from "../../src/operate/wait-for-environment.js";
import type { ProjectLog } from "../../src/platform/types.js";
import { startFakePlatform } from "../../src/testing/index.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fakePlatform(deployDelayMs: number) {
  const running = await startFakePlatform({ settings: { deployDelayMs } });
  const { fake } = running;
  const platform = createPlatformClient({ baseUrl: running.baseUrls.platform, token: fake.apiKey, organisationId: fake.organisationId });
  const project = await platform.createProject({ body: { name: "Order sync" } });
  const environment = project.environments[0]!.name;
  const command = async (argv: string[]) => {
    let stdout = "";
    let stderr = "";
    const code = await runCommand(argv, {
      env: { VERSORI_API_KEY: fake.apiKey, VERSORI_ORGANISATION_ID: fake.organisationId, VERSORI_PLATFORM_URL: running.baseUrls.platform },
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    expect(stdout + stderr).not.toContain(fake.apiKey);
    return { code, stdout, stderr };
  };
  return { running, fake, platform, project, environment, command, stop: () => running.stop() };
}

function integration(): string {
  const dir = mkdtempSync(join(tmpdir(), "versori-fake-"));
  made.push(dir);
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, ".gitignore"), "*.log\n");
  writeFileSync(join(dir, "debug.log"), "left out\n");
  writeFileSync(join(dir, "src/index.ts"), 'export const orders = webhook("orders");\n');
  return dir;
}

test("deploy --wait through the fake's deploy states: exit 0, and the fake holds the files sent", async () => {
  const { fake, platform, project, environment, command, stop } = await fakePlatform(300);
  try {
    const { code, stdout, stderr } = await command(["deploy", integration(), "--project", project.id, "--environment", environment, "--version", "v1", "--wait"]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: `Deployed v1 to ${environment}: running\n` });
    expect(stderr).toContain(`${environment}: draft`); // the state before the deploy settles
    const current = await platform.getProject({ projectId: project.id });
    expect(current.currentFiles.files).toEqual([
      { filename: ".gitignore", content: "*.log\n" },
      { filename: "src/index.ts", content: 'export const orders = webhook("orders");\n' },
    ]);
    expect(current.environments[0]).toMatchObject({ status: "running", deployedVersion: { name: "v1" } });
    expect(fake.count("DeployProject")).toBe(1);
  } finally {
    await stop();
  }
});

test("a deploy the fake fails: exit 1 with the state and the fake's log lines, the previous version still named", async () => {
  const { fake, project, environment, command, stop } = await fakePlatform(100);
  try {
    expect((await command(["deploy", integration(), "--project", project.id, "--environment", environment, "--version", "v1", "--wait"])).code).toBe(0);
    fake.settings.deployError = "src/index.ts(1,31): Cannot find name 'webhook'";
    const { code, stdout, stderr } = await command(["deploy", integration(), "--project", project.id, "--environment", environment, "--version", "v2", "--wait", "--json"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`versori-client: ${environment}: version v2 failed to build`);
    expect(stderr).toContain("ERROR   deploy of version v2 failed: src/index.ts(1,31): Cannot find name 'webhook'");
    const { error } = JSON.parse(stdout) as { error: { reason: string; logs: ProjectLog[] } };
    expect(error.reason).toBe("environment_failed");
    expect(error.logs.map((line) => line.message)).toEqual([
      `deploying version v1 to ${environment}`,
      `version v1 is running in ${environment}`,
      `deploying version v2 to ${environment}`,
      "deploy of version v2 failed: src/index.ts(1,31): Cannot find name 'webhook'",
    ]);
  } finally {
    await stop();
  }
});

test("a failed deploy's error carries the newest logLines lines of a long log, oldest of them first", async () => {
  const { fake, platform, project, environment, stop } = await fakePlatform(50);
  // Every line in one millisecond: they keep the order they were written in.
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-11T16:42:11Z") });
  try {
    for (let i = 1; i <= 30; i++) fake.log(project.id, { message: `order ${i}` });
    fake.settings.deployError = "src/index.ts(1,31): Cannot find name 'webhook'";
    await platform.deployProject({ projectId: project.id, query: { project_env: environment }, body: { versionName: "v1", files: [], labels: {} } });
    const error = await waitForEnvironment(platform, { projectId: project.id, environment, version: "v1", intervalMs: 10, logLines: 3 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "environment_failed" });
    expect((error as { logs: ProjectLog[] }).logs.map((line) => line.message)).toEqual([
      "order 30",
      `deploying version v1 to ${environment}`,
      "deploy of version v1 failed: src/index.ts(1,31): Cannot find name 'webhook'",
    ]);
  } finally {
    vi.useRealTimers();
    await stop();
  }
});

test("followLogs while the integration writes: every line once, in order", async () => {
  const { fake, platform, project, environment, stop } = await fakePlatform(0);
  try {
    const controller = new AbortController();
    const seen: string[] = [];
    let written = 0;
    const writer = setInterval(() => fake.log(project.id, { message: `order ${++written}` }), 15);
    try {
      for await (const line of followLogs(platform, { projectId: project.id, environment, since: new Date(0), intervalMs: 20, pageSize: 3, signal: controller.signal })) {
        seen.push(line.message);
        if (seen.length === 12) break;
      }
    } finally {
      clearInterval(writer);
    }
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `order ${i + 1}`));
  } finally {
    await stop();
  }
});

test("kvScope on the fake: the user's entries where the runtime keeps them, stored as JSON text", async () => {
  const { fake, platform, project, environment, command, stop } = await fakePlatform(0);
  try {
    const scope = { scope: "user", organisationId: fake.organisationId, projectId: project.id, environment, externalId: "cust-48213" } as const;
    await expect((await kvScope(platform, scope)).get("cursor")).rejects.toMatchObject({ reason: "store_not_found" });
    const { id } = await platform.createStore({ body: { name: `PROJECT_${project.id}` } });
    const kv = await kvScope(platform, scope);
    await kv.set("cursor/orders", { page: 3 });
    expect(await kv.get("cursor/orders")).toEqual({ page: 3 });
    const raw = await platform.batchGetKV({ store: id!, body: { keys: [[...kv.prefix, "cursor", "orders"]] } });
    expect(raw.entries[0]!.value).toBe('{"page":3}');
    expect((await command(["kv", "get", "cursor/orders", "--scope", "user", "--project", project.id, "--environment", environment, "--external-id", "cust-48213", "--json"])).stdout).toBe('{\n  "page": 3\n}\n');
    expect(await kv.count()).toBe(1);
  } finally {
    await stop();
  }
});

test("kvScope.wipe on the fake: every entry of one execution's scope goes, another execution's stays", async () => {
  const { fake, platform, project, environment, stop } = await fakePlatform(0);
  try {
    await platform.createStore({ body: { name: `EXECUTION_${project.id}` } });
    const scope = (executionId: string) => kvScope(platform, { scope: "execution", organisationId: fake.organisationId, projectId: project.id, environment, executionId });
    const [first, second] = await Promise.all([scope("exec-1"), scope("exec-2")]);
    await first.set("cursor/orders", { page: 3 });
    await first.set("seen", true);
    await second.set("seen", true);
    expect(await first.wipe()).toBe(2);
    expect(await first.count()).toBe(0);
    expect(await first.get("seen")).toBeUndefined();
    expect(await second.get("seen")).toBe(true);
    expect(await first.wipe()).toBe(0);
  } finally {
    await stop();
  }
});
