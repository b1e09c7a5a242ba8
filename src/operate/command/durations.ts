// Durations as Go writes them (`90s`, `10m`, `1h30m`, `500ms`), the platform CLI's format for
// `--since` and ours for `--timeout`; `--since` also takes a date-time.

import { UsageError } from "./io.js";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds of a duration such as `1h30m`, or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNITS[unit!]!;
  return total;
}

/** `--timeout` of a command that waits: a duration, 10 minutes when not given. */
export function timeoutFlag(text: string | undefined, command: string): number {
  const ms = text === undefined ? 600_000 : parseDuration(text);
  if (!ms) throw new UsageError(`--timeout takes a duration such as 90s, 10m or 1h, not "${text}"`, command);
  return ms;
}

/** `--since`: a duration back from `now`, or a date-time; the ISO time either way. */
export function parseSince(text: string, now: number = Date.now()): string | undefined {
  const back = parseDuration(text);
  if (back !== undefined) return new Date(now - back).toISOString();
  const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** `1m05s`-style, for progress lines. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}
