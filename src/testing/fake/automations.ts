// Automation runs: RunAutomation starts a run of an automation that exists and answers its id;
// the run is "completed" at once (the fake runs no model), with the prompt it was given, and is
// found by ListAutomationRuns and GetAutomationRun.
import { answer, build, listPage } from "./generic.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Resource } from "./types.js";

const RUNS = "/o/{organisation_id}/automations/{automation_id}/runs";

export const automations: Resource = {
  api: "platform",
  collections: [RUNS],
  rules: {
    RunAutomation(call, ctx) {
      const run = build(call, ctx, RUNS, { status: "completed", prompt: (call.body as Json).prompt, executionId: ctx.newId(), artifacts: [] });
      ctx.state.collection(ctx.keyOf(call, RUNS)).set(String(run.id), run);
      return answer(call, { runId: run.id });
    },
    ListAutomationRuns: (call, ctx) => listPage(call, sortedEntries(ctx.state.collections.get(ctx.keyOf(call, RUNS)))),
  },
};
