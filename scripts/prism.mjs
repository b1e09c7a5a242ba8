// The repo's Prism launcher (vitest global setup, demo): starts the Prism mock on one of our
// specs. The process handling is the package's own (src/testing/prism-process.ts, which
// versori-client/testing's startMock uses too), loaded from the TypeScript source with tsx so
// that it works before any build.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { tsImport } from "tsx/esm/api";

const { launchPrism } = await tsImport("../src/testing/prism-process.ts", import.meta.url);
const cli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");

/**
 * @param {{ spec?: string, log?: string, timeoutMs?: number }} [options] paths relative to the working directory
 * @returns {Promise<{ url: string, port: number, pid: number, log: string, stop: () => Promise<void> }>}
 */
export function startPrism(options = {}) {
  return launchPrism({
    cli,
    spec: resolve(options.spec ?? "openapi/connect-v1.yaml"),
    log: resolve(options.log ?? ".cache/prism.log"),
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}
