// versori-client logs: an environment's log lines since a time, read once (every page), or with
// --follow as they come until Ctrl-C (exit 0).
import { followLogs } from "../follow-logs.js";
import { command, logText, platformFrom, required } from "./context.js";
import { parseSince } from "./durations.js";
import { EXIT, UsageError } from "./io.js";

export const LOGS_HELP = `Usage: versori-client logs --project <id> --environment <name> [options]

Prints the environment's log lines since a time, oldest first; with --follow, keeps printing new
lines as they are written until Ctrl-C.

Options:
  --project <id>         the project's id (required)
  --environment <name>   the environment, such as production (required)
  --since <when>         a duration back from now (90s, 30m, 24h) or a date-time (default 1h)
  --search <text>        only lines that contain the text
  --follow, -f           keep printing new lines
  --json                 one JSON object per line
  -h, --help             this help

Environment: VERSORI_API_KEY, VERSORI_ORGANISATION_ID (required), VERSORI_PLATFORM_URL.
Exit codes: 0 done (or stopped with Ctrl-C while following), 1 failed, 2 usage.
`;

export const logs = command({
  name: "logs",
  help: LOGS_HELP,
  flags: {
    project: { type: "string" },
    environment: { type: "string" },
    since: { type: "string" },
    search: { type: "string" },
    follow: { type: "boolean", short: "f" },
  },
  async run({ values, positionals }, io) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, "logs");
    const projectId = required(values.project, "project", "logs");
    const environment = required(values.environment, "environment", "logs");
    const since = parseSince(values.since ?? "1h");
    if (since === undefined) throw new UsageError(`--since takes a duration such as 30m or 24h, or a date-time, not "${values.since}"`, "logs");
    const { client } = platformFrom(io, "logs");
    const print = values.json ? (line: object) => JSON.stringify(line) : logText;
    const search = values.search === undefined ? {} : { search: values.search };

    if (!values.follow) {
      const query = { project_env: environment, start: since, end: new Date().toISOString(), order: "asc", ...search };
      for await (const line of client.paginate.getProjectLogs({ projectId, query, signal: io.signal })) io.stdout.write(`${print(line)}\n`);
      return EXIT.ok;
    }
    try {
      for await (const line of followLogs(client, { projectId, environment, since, ...search, signal: io.signal })) io.stdout.write(`${print(line)}\n`);
    } catch (error) {
      // Ctrl-C is how following ends.
      if (io.signal?.aborted) return EXIT.ok;
      throw error;
    }
    return EXIT.ok;
  },
});
