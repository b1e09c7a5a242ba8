// versori-client deploy <dir>: collects the directory as the platform's CLI does, deploys it as
// a new version, and with --wait follows the environment until it runs (exit 0) or fails (exit 1,
// with the state and the last log lines).
import type { SkippedEntry } from "../collect-files.js";
import { deployDirectory } from "../deploy-directory.js";
import { waitForEnvironment, type WaitProgress } from "../wait-for-environment.js";
import { command, platformFrom, printJson, required } from "./context.js";
import { formatElapsed, timeoutFlag } from "./durations.js";
import { EXIT, UsageError } from "./io.js";
import { progressOn, type Progress } from "./progress.js";

export const DEPLOY_HELP = `Usage: versori-client deploy <dir> --project <id> --environment <name> [options]

Deploys the files of <dir> to the environment as a new version. Files are chosen as the
platform's CLI chooses them: .gitignore rules (the root's and every folder's), never .git, no
symbolic link out of <dir>; a file that is not UTF-8 text stops the deploy, named.

Options:
  --project <id>         the project's id (required)
  --environment <name>   the environment, such as production (required)
  --wait                 wait until the environment runs the new version
  --timeout <duration>   how long --wait waits, such as 90s, 10m, 1h (default 10m)
  --dry-run              list the files that would be sent; send nothing
  --version <name>       the version's name (default: the UTC time, 2026-03-11-16-42-10)
  --description <text>   the version's description
  --ignore <pattern>     one more .gitignore rule (repeatable)
  --json                 the result as JSON on stdout
  -h, --help             this help

Environment: VERSORI_API_KEY, VERSORI_ORGANISATION_ID (required), VERSORI_PLATFORM_URL.
Exit codes: 0 deployed (and running, with --wait), 1 failed (the state and last log lines are
printed), 2 usage, 130 interrupted.
`;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** "left out: .git, 3 ignored, 1 link out of the directory" */
function leftOut(skipped: SkippedEntry[]): string {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const words: Record<SkippedEntry["reason"], string> = {
    git: ".git",
    ignored: "ignored",
    link_outside: "link(s) out of the directory",
    link_to_directory: "link(s) to folders",
    broken_link: "broken link(s)",
    not_a_file: "special file(s)",
  };
  return [...counts].map(([reason, n]) => (reason === "git" ? ".git" : `${n} ${words[reason as SkippedEntry["reason"]]}`)).join(", ");
}

/** Lines (or the spinner) for the states an environment goes through while waited for. */
export function stateReporter(progress: Progress, environment: string) {
  let last: string | undefined;
  return ({ state, version, elapsedMs }: WaitProgress) => {
    const text = `${environment}: ${state}${version ? ` (version ${version})` : ""}`;
    progress.status(`${text}, ${formatElapsed(elapsedMs)}`, text !== last);
    last = text;
  };
}

export const deploy = command({
  name: "deploy",
  help: DEPLOY_HELP,
  flags: {
    project: { type: "string" },
    environment: { type: "string" },
    wait: { type: "boolean" },
    timeout: { type: "string" },
    "dry-run": { type: "boolean" },
    version: { type: "string" },
    description: { type: "string" },
    ignore: { type: "string", multiple: true },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError("give exactly one directory to deploy", "deploy");
    const projectId = required(values.project, "project", "deploy");
    const environment = required(values.environment, "environment", "deploy");
    const timeoutMs = timeoutFlag(values.timeout, "deploy");
    const dryRun = values["dry-run"] ?? false;
    const platform = platformFrom(io, "deploy");
    const progress = progressOn(io.stderr);
    const signal = io.signal;
    const dir = positionals[0]!;

    try {
      if (!dryRun) progress.say(`Deploying ${dir} to ${environment}...`);
      const result = await deployDirectory(platform.client, {
        projectId,
        environment,
        dir,
        dryRun,
        versionName: values.version,
        description: values.description,
        ignore: values.ignore,
        signal,
      });
      const count = result.files.length;
      const what = `${count} file${count === 1 ? "" : "s"} (${kB(result.bytes)})${result.skipped.length ? `; left out: ${leftOut(result.skipped)}` : ""}`;
      if (result.dryRun) {
        progress.say(`Dry run, nothing sent: version ${result.versionName} would be ${what}.`);
        if (values.json) printJson(io, { dryRun: true, versionName: result.versionName, bytes: result.bytes, files: result.files.map((f) => f.filename), skipped: result.skipped });
        else io.stdout.write(result.files.map((f) => `${f.filename}\n`).join(""));
        return EXIT.ok;
      }
      progress.say(`Sent version ${result.versionName}: ${what}.`);
      let state = result.environment.status;
      if (values.wait) {
        progress.say(`Waiting up to ${formatElapsed(timeoutMs)} for ${environment} to run ${result.versionName}...`);
        const running = await waitForEnvironment(platform.client, {
          projectId,
          environment,
          version: result.versionName,
          timeoutMs,
          onProgress: stateReporter(progress, environment),
          signal,
        });
        progress.done();
        state = running.status;
      }
      const out = { project: projectId, environment, version: result.versionName, state, publicUrl: result.environment.publicUrl, files: result.files.length, bytes: result.bytes };
      if (values.json) printJson(io, out);
      else io.stdout.write(`Deployed ${out.version} to ${environment}: ${values.wait ? state : `${state} (not waited for; add --wait)`}\n`);
      return EXIT.ok;
    } finally {
      progress.done();
    }
  },
});
