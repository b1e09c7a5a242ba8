// The process environment, where there is one. This is the package's default (browsers, workers,
// any runtime a bundler targets without the "node" condition): none, so a bundler folds away
// every read of it (`env && env.VERSORI_LOG`) and browser bundles carry no VERSORI_LOG check.
// package.json's "imports" give "#process-env" this file, or process-env.node.ts under "node".
export const env: Record<string, string | undefined> | undefined = undefined;
