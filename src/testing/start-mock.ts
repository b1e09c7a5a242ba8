// startMock: a Prism mock of one Versori API, served from the contract this package ships, for
// the user's own tests. Prism comes from the user's project (an optional peer dependency).
/// <reference types="node" />
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MOCK_SPECS, type MockApi } from "./mock-specs.js";
import packageRoot from "./package-root.cjs";
import { resolvePrismCli } from "./prism-cli.js";
import { launchPrism, type RunningPrism } from "./prism-process.js";

export interface MockOptions {
  /** Which API to mock. */
  api: MockApi;
  /** Port on 127.0.0.1; a free one when absent. */
  port?: number | undefined;
  /** File for Prism's output; a file in the system's temporary directory when absent. */
  log?: string | undefined;
  /** How long to wait for Prism to listen, in ms (default 60000). */
  timeoutMs?: number | undefined;
}

export type RunningMock = RunningPrism;

/**
 * Starts Prism on the API's contract and resolves once it says it listens, with its URL (the
 * client's `baseUrl`) and `stop()`. Prism ends with the calling process, however that ends.
 * Rejects when Prism is not installed, the log file cannot be opened, the port is taken
 * (EADDRINUSE), or Prism exits early or does not listen within `timeoutMs`.
 */
export function startMock(options: MockOptions): Promise<RunningMock> {
  return startMockFrom(options, [packageRoot(), process.cwd()]);
}

/** startMock, looking for Prism from the given directories only (tests use it to simulate its absence). */
export async function startMockFrom(options: MockOptions, prismSearchDirs: readonly string[]): Promise<RunningMock> {
  const file = Object.hasOwn(MOCK_SPECS, options.api) ? MOCK_SPECS[options.api] : undefined;
  if (!file) throw new TypeError(`startMock: api must be one of ${Object.keys(MOCK_SPECS).join(", ")}`);
  const spec = join(packageRoot(), file);
  if (!existsSync(spec)) throw new Error(`startMock: the contract ${spec} is missing from the installed versori-client`);
  const cli = resolvePrismCli(prismSearchDirs);
  const log = resolve(options.log ?? join(tmpdir(), `versori-client-mock-${options.api}-${process.pid}-${Date.now()}.log`));
  return launchPrism({ cli, spec, log, port: options.port, timeoutMs: options.timeoutMs ?? 60_000 });
}
