// What a command talks to: the environment (credentials), stdout for results, stderr for
// progress, and the signal of Ctrl-C. bin.ts hands in the process's own; tests hand in strings.
import type { FetchFunction } from "../../core/options.js";

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

export interface CommandIO {
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  /** Ctrl-C: a wait stops (exit 130), following logs ends (exit 0). */
  signal?: AbortSignal | undefined;
  /** The fetch the Platform client uses (default: the global one). */
  fetch?: FetchFunction | undefined;
}

/** Exit codes, as the guide documents them. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** A mistake in how the command was called: exit 2, with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string, readonly command: string | undefined = undefined) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Every write of `output` with `secret` replaced, so that the API key cannot reach a CI log even
 * when a server's message quotes it back.
 */
export function scrubbed(output: Output, secret: string | undefined): Output {
  if (!secret) return output;
  return { isTTY: output.isTTY, write: (text: string) => output.write(text.split(secret).join("[redacted]")) };
}
