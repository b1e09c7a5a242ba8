// Types of browser.mjs for the TypeScript tests that import it.
import type { Browser } from "playwright-core";

export const BROWSER_ARGS: readonly string[];

export interface ChromiumChoice {
  path: string;
  /** npm: @sparticuz/chromium's; CHROMIUM_PATH: the variable's; system: found on PATH. */
  source: "npm" | "CHROMIUM_PATH" | "system";
  /** Where it came from, for the log line. */
  detail: string;
}

export function resolveChromium(options?: {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  unpack?: () => Promise<{ path: string; version: string; unpackMs: number }>;
}): Promise<ChromiumChoice>;

export function launchBrowser(options?: { env?: NodeJS.ProcessEnv; log?: (line: string) => void }): Promise<Browser>;
