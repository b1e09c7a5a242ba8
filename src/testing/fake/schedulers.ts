// Schedulers: the cron schedules of a deployed environment. The platform reads them from the code
// it runs; the fake finds each `schedule('<name>', '<cron>')` (@versori/run's trigger) in the files
// of the version the environment runs (a text match, not a parse), and keeps those seeded into
// `/o/<org>/environments/<id>/schedulers` too. A scheduler answers with its environment's id and a
// URL under the environment's public URL. TriggerScheduler runs no code (the fake runs none): it
// writes an INFO line in the environment's logs, of the version it runs, and answers 204.
import { runningVersion, writeLog } from "./deploy.js";
import { notFound, notFoundIn } from "./errors.js";
import { answer } from "./generic.js";
import { environmentById } from "./projects.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Call, Context, Resource } from "./types.js";

const SCHEDULERS = "/o/{organisation_id}/environments/{environment_id}/schedulers";
const SCHEDULE = /\bschedule\(\s*(['"`])([^'"`]+)\1\s*,\s*(['"`])([^'"`]+)\3/g;

/** The schedules written in files, by name. */
function schedulesIn(files: unknown): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of Array.isArray(files) ? (files as Json[]) : []) {
    for (const m of String(file.content ?? "").matchAll(SCHEDULE)) found.set(m[2]!, m[4]!);
  }
  return found;
}

/**
 * The environment of the call (404 when no project has it) and its schedulers: those of the
 * files it runs, kept under the same id while their name stays, and the seeded ones.
 */
function schedulersOf(call: Call, ctx: Context): { project: Json; env: Json; schedulers: Map<string, Json> } {
  const [project, env] = environmentById(call, ctx, call.params.environment_id!) ?? [];
  if (!project || !env) throw notFound(`environment ${call.params.environment_id}`);
  const schedulers = ctx.state.collection(ctx.keyOf(call, SCHEDULERS));
  const files = (env.deployedVersion as Json | undefined)?.files;
  if (files !== undefined) {
    const wanted = schedulesIn(files);
    // `fromFiles` marks what a deploy made, so that a later deploy without it removes it.
    for (const [id, s] of schedulers) if (s.fromFiles === true && !wanted.has(String(s.name))) schedulers.delete(id);
    for (const [name, schedule] of wanted) {
      const same = [...schedulers.values()].find((s) => s.name === name);
      if (same) same.schedule = schedule;
      else {
        const id = ctx.newId();
        schedulers.set(id, { id, name, schedule, fromFiles: true });
      }
    }
  }
  for (const s of schedulers.values()) {
    s.environment_id = env.id;
    s.url ??= `${String(env.publicUrl).replace(/\/$/, "")}/schedules/${encodeURIComponent(String(s.name))}`;
  }
  return { project, env, schedulers };
}

function schedulerOf(call: Call, ctx: Context) {
  const found = schedulersOf(call, ctx);
  const scheduler = found.schedulers.get(call.params.scheduler_id!);
  if (!scheduler) throw notFoundIn(SCHEDULERS, call.params.scheduler_id);
  return { ...found, scheduler };
}

export const schedulers: Resource = {
  api: "platform",
  collections: [SCHEDULERS],
  // A seeded scheduler's URL comes from its environment when it is read, not from the contract's example.
  defaults: { [SCHEDULERS]: () => ({ url: undefined }) },
  rules: {
    ListSchedulers: (call, ctx) => answer(call, sortedEntries(schedulersOf(call, ctx).schedulers).map(([, s]) => s)),
    GetScheduler: (call, ctx) => answer(call, schedulerOf(call, ctx).scheduler),
    TriggerScheduler(call, ctx) {
      const { project, env, scheduler } = schedulerOf(call, ctx);
      writeLog(ctx, String(project.id), String(env.id), "INFO", `scheduler ${String(scheduler.name)} triggered`, { scheduler: scheduler.name, schedulerId: scheduler.id }, runningVersion(env));
      return answer(call, undefined);
    },
  },
};
