// vitest global setup: one Prism mock on our spec for the whole run. Contract tests read its
// URL with `inject("prismUrl")`.
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/prism.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism({ log: ".cache/prism-test.log" });
  project.provide("prismUrl", prism.url);
  return () => prism.stop();
}
