// The last lines an environment wrote, oldest first: what a failed deploy shows beside its state.
// One walk of the logs newest first, stopped after `count` lines, then turned and put in time order
// (a stable sort: lines of one millisecond keep the order they were written in; time order also
// holds when a server answers oldest first whatever the order asked).
import type { ProjectLog } from "../platform/types.js";
import type { PlatformUse } from "./platform.js";

export async function recentLogs(
  platform: PlatformUse<never, "getProjectLogs">,
  projectId: string,
  environment: string,
  count: number,
  signal?: AbortSignal,
): Promise<ProjectLog[]> {
  const lines: ProjectLog[] = [];
  if (count <= 0) return lines;
  const walk = platform.paginate.getProjectLogs({ projectId, pageSize: count, query: { project_env: environment, order: "desc" }, signal });
  for await (const line of walk) {
    lines.push(line);
    if (lines.length >= count) break;
  }
  return lines.reverse().sort((a, b) => (Date.parse(a.timestamp) || 0) - (Date.parse(b.timestamp) || 0));
}
