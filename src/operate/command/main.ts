// The `versori-client` command: `deploy`, `logs`, `promote` and `kv`, for CI and for people.
// Results go to stdout, progress to stderr; the exit code says how it went (io.ts: EXIT).
import { deploy } from "./deploy.js";
import { report, type Runnable } from "./context.js";
import { EXIT, scrubbed, UsageError, type CommandIO } from "./io.js";
import { kv } from "./kv.js";
import { logs } from "./logs.js";
import { promote } from "./promote.js";

export const HELP = `Usage: versori-client <command> [options]

Commands:
  deploy <dir>      deploy a directory to an environment (--wait: until it runs)
  logs              an environment's log lines (--follow: as they come)
  promote           make one environment run what another runs
  kv                read and write the workflows' KV data (get, set, list, count)

Run versori-client <command> --help for a command's options.

Credentials come from the environment only: VERSORI_API_KEY (an API key of the organisation) and
VERSORI_ORGANISATION_ID; VERSORI_PLATFORM_URL changes the API's base URL.
Exit codes: 0 ok, 1 failed (a deploy that ended in error: its state and last log lines are
printed), 2 usage, 130 interrupted.
`;

const COMMANDS: Record<string, Runnable> = { deploy, logs, promote, kv };

/** Runs the command line `argv` (without node and the script) and resolves with its exit code. */
export async function runCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const secret = io.env.VERSORI_API_KEY;
  const safe: CommandIO = { ...io, stdout: scrubbed(io.stdout, secret), stderr: scrubbed(io.stderr, secret) };
  const [name, ...args] = argv;
  const json = args.includes("--json");
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      (name === undefined ? safe.stderr : safe.stdout).write(HELP);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(args, safe);
  } catch (error) {
    return report(safe, error, json);
  }
}
