// New log lines of an environment as they come: every page from `since`, then, every
// `intervalMs`, every page again from the time of the newest line seen. The platform's `start`
// includes lines written at that very time, so lines of that last timestamp come twice; they are
// counted (by their whole content) and handed out once. Runs until the loop breaks or `signal`
// aborts (then the iterator rejects with the signal's reason, like every call of the client).
import { sleep } from "../core/retry.js";
import type { ProjectLog } from "../platform/types.js";
import type { PlatformUse } from "./platform.js";

export interface FollowLogsOptions {
  projectId: string;
  environment: string;
  /** The first line's earliest time. Default: now. */
  since?: Date | string | undefined;
  /** Only lines that contain this text. */
  search?: string | undefined;
  /** The pause between two reads once the lines so far are out. Default 2000. */
  intervalMs?: number | undefined;
  /** Lines per page. */
  pageSize?: number | undefined;
  signal?: AbortSignal | undefined;
}

const identity = (line: ProjectLog) => JSON.stringify([line.timestamp, line.severity, line.message, line.error, line.fields, line.httpRequest]);

export async function* followLogs(platform: PlatformUse<never, "getProjectLogs">, options: FollowLogsOptions): AsyncGenerator<ProjectLog, void, undefined> {
  const { projectId, environment, signal } = options;
  let start = options.since === undefined ? new Date().toISOString() : typeof options.since === "string" ? options.since : options.since.toISOString();
  // The newest time seen, and how many times each line of that time has been handed out.
  let newest = -Infinity;
  let handedOut = new Map<string, number>();
  for (;;) {
    // How many times each line of the newest time has been read in this round.
    let read = new Map<string, number>();
    const query = { project_env: environment, start, order: "asc", ...(options.search === undefined ? {} : { search: options.search }) };
    for await (const line of platform.paginate.getProjectLogs({ projectId, query, pageSize: options.pageSize, signal })) {
      const parsed = Date.parse(line.timestamp);
      const time = Number.isNaN(parsed) ? newest : parsed;
      if (time < newest) continue;
      const key = identity(line);
      if (time > newest) {
        newest = time;
        start = line.timestamp;
        handedOut = new Map();
        read = new Map();
      }
      const times = (read.get(key) ?? 0) + 1;
      read.set(key, times);
      if (times <= (handedOut.get(key) ?? 0)) continue;
      handedOut.set(key, times);
      yield line;
    }
    await sleep(options.intervalMs ?? 2000, signal);
  }
}
