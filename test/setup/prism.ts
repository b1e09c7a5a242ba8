// vitest global setup: one Prism mock per spec of scripts/specs.mjs, started together (not one
// after another) once for the whole run. Contract tests read the URLs with
// `inject("prismUrls")[api]`; `inject("prismUrl")` is Connect's.
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/prism.mjs";
import { specs } from "../../scripts/specs.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
    prismUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const started = await Promise.allSettled(
    specs.map((s) => startPrism({ spec: s.file, log: `.cache/prism-test-${s.api}.log` })),
  );
  const mocks = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await Promise.all(mocks.map((m) => m.stop()));
    throw failed.reason;
  }
  const urls = Object.fromEntries(specs.map((s, i) => [s.api, mocks[i]!.url]));
  project.provide("prismUrls", urls);
  project.provide("prismUrl", urls.connect!);
  return () => Promise.all(mocks.map((m) => m.stop())).then(() => undefined);
}
