// waitForEnvironment against a loopback platform whose GetProject answers follow a script: it
// waits through in-between states, fails on `error`/`suspended` with the last log lines, does not
// take a previous version's state for the deploy's outcome, times out, and stops on abort.
import { describe, expect, test } from "vitest";
import type { ProjectLog } from "../../src/platform/types.js";
import { VersoriOperateError } from "../../src/operate/operate-error.js";
import { waitForEnvironment, type WaitProgress } from "../../src/operate/wait-for-environment.js";
import { json, startLoopback } from "../support/loopback.js";
import { logLine, ORG, platformOn, PROJECT, projectAnswer } from "./answers.js";

type Step = Parameters<typeof projectAnswer>[0][number];

/**
 * GetProject answers `steps` one after the other (the last one again and again); logs answer
 * `logs` newest first; ListProjectVersions answers `versions` two a page.
 */
async function platformWith(steps: Omit<Step, "name">[], logs: ProjectLog[] = [], versions: { name: string; state: string }[] = []) {
  let polls = 0;
  const server = await startLoopback((seen, res) => {
    const url = new URL(seen.url, "http://x");
    if (url.pathname === `/o/${ORG}/projects/${PROJECT}`) return json(res, 200, projectAnswer([{ name: "production", ...steps[Math.min(polls++, steps.length - 1)]! }]));
    if (url.pathname === `/o/${ORG}/projects/${PROJECT}/logs`) {
      const first = Number(url.searchParams.get("first"));
      return json(res, 200, { logs: [...logs].reverse().slice(0, first) });
    }
    if (url.pathname === `/o/${ORG}/projects/${PROJECT}/versions`) {
      const from = Number(url.searchParams.get("after") ?? 0);
      const page = versions.slice(from, from + 2).map((v, i) => ({ id: `01JRCGD40FZGD7VEG1KFQ3${String(from + i).padStart(4, "0")}`, createdAt: "2025-03-11T16:42:10Z", ...v }));
      return json(res, 200, { items: page, totalCount: versions.length, ...(from + 2 < versions.length ? { next: String(from + 2) } : {}) });
    }
    return json(res, 404, { code: "not_found", message: "no route" });
  });
  const platform = platformOn(server.url);
  const polled = () => server.requests.filter((r) => !/\/(logs|versions)/.test(r.url)).length;
  return { server, platform, polled };
}

const LOGS = [logLine(1, "build started"), logLine(2, "compiling"), logLine(3, "ERP client: missing variable region", "ERROR"), logLine(4, "exited 1", "ERROR")];

describe("waitForEnvironment", () => {
  test("waits through other states until running, reporting each poll", async () => {
    const { platform, polled } = await platformWith([{ status: "draft" }, { status: "deploying" }, { status: "running", version: "v15" }]);
    const progress: WaitProgress[] = [];
    const environment = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", intervalMs: 5, onProgress: (p) => progress.push(p) });
    expect(environment).toMatchObject({ name: "production", status: "running", deployedVersion: { name: "v15" } });
    expect(progress.map((p) => [p.state, p.version])).toEqual([["draft", undefined], ["deploying", undefined], ["running", "v15"]]);
    expect(progress.every((p) => p.elapsedMs >= 0)).toBe(true);
    expect(polled()).toBe(3);
  });

  test("with a version, the previous version's state counts for nothing, good or bad, while ours has not failed", async () => {
    const { platform, polled, server } = await platformWith(
      [
        { status: "running", version: "v14" },
        { status: "error", version: "v14" },
        { status: "draft", version: "v15" },
        { status: "running", version: "v15" },
      ],
      [],
      [{ name: "v13", state: "superseded" }, { name: "v14", state: "ready" }, { name: "v15", state: "draft" }],
    );
    const environment = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", version: "v15", intervalMs: 5 });
    expect(environment.deployedVersion?.name).toBe("v15");
    expect(polled()).toBe(4);
    // The error state, with v14 named as deployed, made it look at v15 itself: two pages.
    expect(server.requests.filter((r) => r.url.includes("/versions")).map((r) => r.url.split("?")[1] ?? "")).toEqual(["", "after=2"]);
  });

  test("an error state that still names the previous version fails when our version failed to build", async () => {
    const { platform } = await platformWith([{ status: "draft", version: "v14" }, { status: "error", version: "v14" }], LOGS, [
      { name: "v14", state: "ready" },
      { name: "v15", state: "failed" },
    ]);
    const error = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", version: "v15", intervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "environment_failed", state: "error", logs: LOGS });
    expect((error as Error).message).toBe("production: version v15 failed to build (environment state: error)");
  });

  test("error: rejects with the state and the last log lines, oldest first", async () => {
    const { platform, server } = await platformWith([{ status: "draft", version: "v15" }, { status: "error", version: "v15" }], LOGS);
    const error = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", version: "v15", intervalMs: 5, logLines: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriOperateError);
    expect(error).toMatchObject({ reason: "environment_failed", environment: "production", state: "error", logs: LOGS.slice(1) });
    expect((error as Error).message).toBe('production ended in state "error"');
    const logsRequest = new URL(server.requests.at(-1)!.url, "http://x");
    expect(Object.fromEntries(logsRequest.searchParams)).toEqual({ project_env: "production", order: "desc", first: "3" });
    // Safe to log: the fields and the request summary, no credentials.
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "VersoriOperateError", reason: "environment_failed", state: "error", request: { method: "GET", headers: {} } });
  });

  test("suspended fails too, unless it is the state asked for", async () => {
    const first = await platformWith([{ status: "suspended" }]);
    await expect(waitForEnvironment(first.platform, { projectId: PROJECT, environment: "production", intervalMs: 5 })).rejects.toMatchObject({ reason: "environment_failed", state: "suspended" });
    const second = await platformWith([{ status: "running" }, { status: "suspended" }]);
    await expect(waitForEnvironment(second.platform, { projectId: PROJECT, environment: "production", until: "suspended", intervalMs: 5 })).resolves.toMatchObject({ status: "suspended" });
  });

  test("a version that failed to build fails the wait whatever the environment's state", async () => {
    const { platform } = await platformWith([{ status: "running", version: "v15", versionState: "failed" }], LOGS);
    const error = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", version: "v15", intervalMs: 5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "environment_failed", state: "running", logs: LOGS });
    expect((error as Error).message).toBe("production: version v15 failed to build (environment state: running)");
  });

  test("timeout: rejects with the last state seen, the time waited and the logs", async () => {
    const { platform, polled } = await platformWith([{ status: "draft" }], LOGS);
    const started = Date.now();
    const error = await waitForEnvironment(platform, { projectId: PROJECT, environment: "production", timeoutMs: 120, intervalMs: 20 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(error).toMatchObject({ reason: "timeout", state: "draft", timeoutMs: 120, logs: LOGS });
    expect((error as Error).message).toBe('production did not reach "running" in 120 ms (last state: draft)');
    expect(polled()).toBeGreaterThanOrEqual(3);
  });

  test("abort: rejects with the signal's reason during the pause, and polls no more", async () => {
    const { platform, server, polled } = await platformWith([{ status: "draft" }]);
    const controller = new AbortController();
    const waiting = waitForEnvironment(platform, { projectId: PROJECT, environment: "production", intervalMs: 60_000, signal: controller.signal });
    await server.seen(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(polled()).toBe(1);
  });

  test("an environment the project does not have is environment_not_found", async () => {
    const { platform } = await platformWith([{ status: "running" }]);
    await expect(waitForEnvironment(platform, { projectId: PROJECT, environment: "staging" })).rejects.toMatchObject({ reason: "environment_not_found", environment: "staging" });
  });

  test("a timeout that is not a positive number is a TypeError", async () => {
    const { platform, polled } = await platformWith([{ status: "running" }]);
    await expect(waitForEnvironment(platform, { projectId: PROJECT, environment: "production", timeoutMs: 0 })).rejects.toThrow(TypeError);
    expect(polled()).toBe(0);
  });
});
