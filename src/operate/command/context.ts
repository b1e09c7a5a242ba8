// What every command shares: the Platform client made from the environment's credentials (never
// from a flag, which would land in shell history and CI logs), flags parsed with node:util, and
// how a failure is told (a message on stderr; with --json, the error's safe fields on stdout).
import { parseArgs } from "node:util";
import { VersoriError } from "../../errors.js";
import { createPlatformClient, type PlatformClient } from "../../platform/client.js";
import type { ProjectLog } from "../../platform/types.js";
import { VersoriOperateError } from "../operate-error.js";
import { EXIT, UsageError, type CommandIO } from "./io.js";

export const ENV = { apiKey: "VERSORI_API_KEY", organisation: "VERSORI_ORGANISATION_ID", baseUrl: "VERSORI_PLATFORM_URL" } as const;

export interface Platform {
  client: PlatformClient<true>;
  organisationId: string;
}

export function platformFrom(io: CommandIO, command: string): Platform {
  const token = io.env[ENV.apiKey];
  const organisationId = io.env[ENV.organisation];
  const missing = [!token && ENV.apiKey, !organisationId && ENV.organisation].filter(Boolean);
  if (missing.length) throw new UsageError(`set ${missing.join(" and ")} in the environment (a CI secret); they are never taken from a flag`, command);
  const baseUrl = io.env[ENV.baseUrl] || undefined;
  // VERSORI_LOG's lines go to stderr, with the progress: stdout holds the results (one JSON
  // document with --json), where the console's debug and info lines would go.
  const line = (text: string) => void io.stderr.write(`${text}\n`);
  const logger = { debug: line, info: line, warn: line, error: line };
  return { client: createPlatformClient({ token, organisationId: organisationId!, baseUrl, fetch: io.fetch, logger }), organisationId: organisationId! };
}

/** A flag: a string (`--project <id>`, repeatable with `multiple`) or a switch (`--wait`). */
type Flag = { type: "string"; multiple?: true; short?: string } | { type: "boolean"; short?: string };
type Flags = Record<string, Flag>;
/** Flags every command has. */
const COMMON = { help: { type: "boolean", short: "h" }, json: { type: "boolean" } } as const satisfies Flags;
/** What the flags parse to; a flag not given is undefined. */
export type Values<F extends Flags> = {
  [K in keyof (F & typeof COMMON)]?: (F & typeof COMMON)[K] extends { type: "boolean" } ? boolean : (F & typeof COMMON)[K] extends { multiple: true } ? string[] : string;
};

export interface Command<F extends Flags = Flags> {
  name: string;
  /** Printed on stdout for `--help`. */
  help: string;
  flags: F;
  run(parsed: { values: Values<F>; positionals: string[] }, io: CommandIO): Promise<number>;
}

/** A command ready to run on its arguments: resolves with the exit code. */
export type Runnable = (args: string[], io: CommandIO) => Promise<number>;

/**
 * A command of the program: its flags parsed with node:util parseArgs, strictly (an unknown flag
 * or a missing value is a usage error), and `--help` answered with its help instead of running it.
 */
export const command =
  <const F extends Flags>(definition: Command<F>): Runnable =>
  async (args, io) => {
    let parsed: { values: Values<F>; positionals: string[] };
    try {
      parsed = parseArgs({ args, options: { ...COMMON, ...definition.flags }, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      throw new UsageError((error as Error).message, definition.name);
    }
    if (parsed.values.help) {
      io.stdout.write(definition.help);
      return EXIT.ok;
    }
    return definition.run(parsed, io);
  };

/** A flag the command cannot do without. */
export function required(value: string | undefined, flag: string, command: string): string {
  if (value === undefined || value === "") throw new UsageError(`--${flag} is required`, command);
  return value;
}

export const printJson = (io: CommandIO, value: unknown) => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** One log line as text: time, severity, message, and the error when there is one. */
export const logText = (line: ProjectLog) => `${line.timestamp} ${line.severity.padEnd(7)} ${line.message}${line.error ? ` (${line.error})` : ""}`;

/**
 * Tells how the command failed and gives its exit code: usage mistakes 2, Ctrl-C 130, everything
 * else 1 (a deploy that ended in error, a timeout, a refusal by the platform, no connection).
 */
export function report(io: CommandIO, error: unknown, json: boolean): number {
  if (error instanceof UsageError) {
    io.stderr.write(`versori-client: ${error.message}\n${error.command ? `Run versori-client ${error.command} --help for its usage.\n` : "Run versori-client --help for the commands.\n"}`);
    return EXIT.usage;
  }
  if (io.signal?.aborted) {
    io.stderr.write("versori-client: interrupted\n");
    return EXIT.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`versori-client: ${message}\n`);
  if (error instanceof VersoriOperateError && error.logs?.length) {
    io.stderr.write(`Last log lines of ${error.environment}:\n${error.logs.map((line) => `  ${logText(line)}\n`).join("")}`);
  }
  if (json) printJson(io, { error: error instanceof VersoriError ? error.toJSON() : { name: "Error", message } });
  return EXIT.failed;
}
