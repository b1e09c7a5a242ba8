// The process environment in Node (and runtimes that take the "node" condition: Bun, Deno):
// `process.env` itself, so a variable set after the package loaded is still read. See
// process-env.ts for the default, and package.json's "imports" for which one a runtime gets.
export const env: Record<string, string | undefined> | undefined = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
