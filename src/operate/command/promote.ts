// versori-client promote: the target environment made to run what the source runs
// (SyncEnvironments), and with --wait, followed until it does.
import { promote as promoteEnvironment } from "../promote.js";
import { waitForEnvironment } from "../wait-for-environment.js";
import { command, platformFrom, printJson, required } from "./context.js";
import { stateReporter } from "./deploy.js";
import { formatElapsed, timeoutFlag } from "./durations.js";
import { EXIT, UsageError } from "./io.js";
import { progressOn } from "./progress.js";

export const PROMOTE_HELP = `Usage: versori-client promote --project <id> --from <env> --to <env> [--wait] [--timeout <duration>]

Makes the environment --to run the version the environment --from runs.

Options:
  --project <id>         the project's id (required)
  --from <env>           the environment to copy from, such as staging (required)
  --to <env>             the environment to copy to, such as production (required)
  --wait                 wait until --to runs that version
  --timeout <duration>   how long --wait waits (default 10m)
  --json                 the result as JSON on stdout
  -h, --help             this help

Environment: VERSORI_API_KEY, VERSORI_ORGANISATION_ID (required), VERSORI_PLATFORM_URL.
Exit codes: 0 promoted (and running, with --wait), 1 failed, 2 usage, 130 interrupted.
`;

export const promote = command({
  name: "promote",
  help: PROMOTE_HELP,
  flags: {
    project: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    wait: { type: "boolean" },
    timeout: { type: "string" },
  },
  async run({ values, positionals }, io) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, "promote");
    const projectId = required(values.project, "project", "promote");
    const from = required(values.from, "from", "promote");
    const to = required(values.to, "to", "promote");
    const timeoutMs = timeoutFlag(values.timeout, "promote");
    const { client } = platformFrom(io, "promote");
    const progress = progressOn(io.stderr);
    try {
      const promotion = await promoteEnvironment(client, { projectId, from, to, signal: io.signal });
      const version = promotion.version?.name;
      progress.say(`Promoted ${from} to ${to}${version ? ` (version ${version})` : ""}.`);
      let state = promotion.environment.status;
      if (values.wait) {
        progress.say(`Waiting up to ${formatElapsed(timeoutMs)} for ${to} to run it...`);
        const running = await waitForEnvironment(client, { projectId, environment: to, version, timeoutMs, onProgress: stateReporter(progress, to), signal: io.signal });
        progress.done();
        state = running.status;
      }
      if (values.json) printJson(io, { project: projectId, from, to, version, state });
      else io.stdout.write(`${to}: ${state}${version ? ` (version ${version})` : ""}\n`);
      return EXIT.ok;
    } finally {
      progress.done();
    }
  },
});
