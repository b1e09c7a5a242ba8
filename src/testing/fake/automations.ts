// Automations and their runs. A new automation has the prompt template sent (empty when not) and
// no secrets; UpdateAutomation's `secrets` become its `secretNames` (their values are neither
// kept nor returned). RunAutomation starts a run of an automation that exists and answers its id;
// the run is "completed" at once (the fake runs no model), with the prompt it was given, and is
// found by ListAutomationRuns (that automation's runs only) and GetAutomationRun.
import { answer, build, listPage, update } from "./generic.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Resource } from "./types.js";

const AUTOMATIONS = "/o/{organisation_id}/automations";
const RUNS = "/o/{organisation_id}/automations/{automation_id}/runs";

export const automations: Resource = {
  api: "platform",
  collections: [RUNS],
  rules: {
    CreateAutomation(call, ctx) {
      const automation = build(call, ctx, AUTOMATIONS, { promptTemplate: (call.body as Json).promptTemplate ?? "", secretNames: [] });
      ctx.state.collection(ctx.keyOf(call, AUTOMATIONS)).set(String(automation.id), automation);
      return answer(call, automation);
    },
    UpdateAutomation: (call, ctx) =>
      update(call, ctx, AUTOMATIONS, (updated) => {
        const { secrets } = call.body as Json;
        if (Array.isArray(secrets)) updated.secretNames = (secrets as Json[]).map((s) => String(s.name));
      }),
    RunAutomation(call, ctx) {
      const run = build(call, ctx, RUNS, { status: "completed", prompt: (call.body as Json).prompt, executionId: ctx.newId(), artifacts: [] });
      ctx.state.collection(ctx.keyOf(call, RUNS)).set(String(run.id), run);
      return answer(call, { runId: run.id });
    },
    ListAutomationRuns: (call, ctx) => listPage(call, sortedEntries(ctx.state.collections.get(ctx.keyOf(call, RUNS)))),
  },
};
