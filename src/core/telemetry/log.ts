// The `logger` and `logLevel` options: which lines reach the logger. A logger that throws never
// changes how a call ends.
import type { Logger, LogLevel } from "./types.js";

export const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "off"];

export type Level = Exclude<LogLevel, "off">;

/** Sends a line at `level` when the client's level lets it through. */
export interface Log {
  enabled(level: Level): boolean;
  (level: Level, message: string, fields: Record<string, unknown>): void;
}

export function checkLogger(logger: unknown): Logger | undefined {
  if (logger === undefined) return undefined;
  const ok = logger !== null && typeof logger === "object" && ["debug", "info", "warn", "error"].every((m) => typeof (logger as Record<string, unknown>)[m] === "function");
  if (!ok) throw new TypeError("logger must be an object with debug, info, warn and error methods");
  return logger as Logger;
}

export function checkLevel(level: unknown): LogLevel | undefined {
  if (level !== undefined && !LEVELS.includes(level as LogLevel)) throw new TypeError(`logLevel must be one of ${LEVELS.join(", ")}`);
  return level as LogLevel | undefined;
}

/** A Log for `logger` at `level`, or undefined when nothing is logged. */
export function createLog(logger: Logger, level: LogLevel): Log | undefined {
  const least = LEVELS.indexOf(level);
  if (level === "off") return undefined;
  const enabled = (at: Level) => LEVELS.indexOf(at) >= least;
  const log = (at: Level, message: string, fields: Record<string, unknown>) => {
    if (!enabled(at)) return;
    // A fact the call does not have (no answer: no status) is left out: console would print it as undefined.
    for (const key in fields) if (fields[key] === undefined) delete fields[key];
    try {
      logger[at](message, fields);
    } catch {}
  };
  return Object.assign(log, { enabled });
}
