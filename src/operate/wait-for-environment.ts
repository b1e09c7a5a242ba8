// Polls an environment (GetProject) until it reaches a state, with a growing pause between polls.
// It fails as soon as the environment shows `error` or `suspended` (unless that is the state asked
// for), with the environment's last log lines, and when `timeoutMs` runs out. With `version`, only
// the environment running that version counts: right after a deploy the environment may still
// show the previous version's state, good or bad. An environment whose new version failed to build
// may keep naming the previous one as deployed, so a failed state without our version is checked
// against the version's own state (ListProjectVersions).
import { sleep } from "../core/retry.js";
import { VersoriTimeoutError } from "../errors.js";
import type { ProjectEnvironment } from "../platform/types.js";
import { about, VersoriOperateError } from "./operate-error.js";
import { environmentOf, type PlatformUse } from "./platform.js";
import { recentLogs } from "./recent-logs.js";

export interface WaitProgress {
  /** The environment's state at this poll (`running`, `error`, `suspended`, `draft`, or another the platform reports). */
  state: string;
  /** The name of the version it runs, when it names one. */
  version: string | undefined;
  elapsedMs: number;
}

export interface WaitForEnvironmentOptions {
  projectId: string;
  environment: string;
  /** The state to reach. Default `running`. */
  until?: string | undefined;
  /** Only this version (its name or id) counts, so that a deploy's previous state is not taken for its outcome. */
  version?: string | undefined;
  /** Default 600000 (10 minutes). */
  timeoutMs?: number | undefined;
  /** The first pause between polls; each next one is half as long again, up to 10 s. Default 1000. */
  intervalMs?: number | undefined;
  /** How many of the environment's last log lines a failure carries. Default 20. */
  logLines?: number | undefined;
  /** Called after every poll. */
  onProgress?: ((progress: WaitProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * States an environment does not leave by itself: reaching one that was not asked for ends the
 * wait: the contract's `error` and `suspended`.
 */
export const FAILED_STATES: readonly string[] = ["error", "suspended"];
const MAX_INTERVAL_MS = 10_000;
const GET_PROJECT = about("GET", "/o/{organisation_id}/projects/{project_id}");

type WaitPlatform = PlatformUse<"getProject", "getProjectLogs" | "listProjectVersions">;

/** The state of the project's version named (or with the id) `version`, when it has one. */
async function versionState(platform: WaitPlatform, projectId: string, version: string, signal: AbortSignal | undefined): Promise<string | undefined> {
  for await (const candidate of platform.paginate.listProjectVersions({ projectId, signal })) {
    if (candidate.name === version || candidate.id === version) return candidate.state;
  }
  return undefined;
}

export async function waitForEnvironment(
  platform: WaitPlatform,
  options: WaitForEnvironmentOptions,
): Promise<ProjectEnvironment> {
  const { projectId, environment: name, signal } = options;
  const until = options.until ?? "running";
  const timeoutMs = options.timeoutMs ?? 600_000;
  if (!(timeoutMs > 0)) throw new TypeError("timeoutMs must be a positive number of milliseconds");
  const started = Date.now();
  const deadline = started + timeoutMs;
  let interval = options.intervalMs ?? 1000;
  let state: string | undefined;

  const failure = async (reason: "environment_failed" | "timeout", message: string) => {
    const logs = await recentLogs(platform, projectId, name, options.logLines ?? 20, signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      return []; // the state is the news; logs that cannot be read do not hide it
    });
    return new VersoriOperateError(reason, message, GET_PROJECT, { environment: name, state, logs, ...(reason === "timeout" ? { timeoutMs } : {}) });
  };
  const timedOut = () => failure("timeout", `${name} did not reach "${until}" in ${timeoutMs} ms (last state: ${state ?? "unknown"})`);

  for (;;) {
    let current: ProjectEnvironment;
    try {
      const project = await platform.getProject({ projectId, signal, timeoutMs: Math.max(1, Math.min(60_000, deadline - Date.now())) });
      current = environmentOf(project, name);
    } catch (error) {
      if (error instanceof VersoriTimeoutError && Date.now() >= deadline) throw await timedOut();
      throw error;
    }
    state = current.status;
    const version = current.deployedVersion;
    const ours = options.version === undefined || version?.name === options.version || version?.id === options.version;
    options.onProgress?.({ state, version: version?.name, elapsedMs: Date.now() - started });
    if (ours && version?.state === "failed") {
      throw await failure("environment_failed", `${name}: version ${version.name} failed to build (environment state: ${state})`);
    }
    if (ours && state === until) return current;
    if (FAILED_STATES.includes(state) && state !== until) {
      if (ours) throw await failure("environment_failed", `${name} ended in state "${state}"`);
      if ((await versionState(platform, projectId, options.version!, signal)) === "failed") {
        throw await failure("environment_failed", `${name}: version ${options.version} failed to build (environment state: ${state})`);
      }
    }
    const left = deadline - Date.now();
    if (left <= 0) throw await timedOut();
    await sleep(Math.min(interval, left), signal);
    interval = Math.min(interval * 1.5, MAX_INTERVAL_MS);
  }
}
