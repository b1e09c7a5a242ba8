// Deploys and their logs. A deploy makes a version of the files sent (or takes an existing one, or
// for SyncEnvironments the one the source environment runs);
// at once or after FakeSettings.deployDelayMs the environment runs it ("running"), or, when the fake
// is told to fail deploys, the version is "failed" and the environment "error" (the contract's
// states are running, suspended, error and draft: until the deploy settles the environment keeps
// the state and version it had). Each step writes a log line that GetProjectLogs and
// SearchProjectLogs page through (`next_token` / `nextToken`), from a start to an end time, oldest
// or (`order: desc`) newest first. Every line belongs to a version (a deploy's lines to the version
// deployed, the integration's to the one the environment runs): `latest` keeps the lines of the
// version the environment runs now. SearchProjectLogs' `filters` match a field (`eq`, `not_eq`,
// `reg_eq`, `not_reg_eq`) or the message (`search`, `not_search`). SuspendProject stops an
// environment ("suspended", its version kept, an INFO line); a deploy resumes it.
// ChangeEnvironmentExecutionPool moves an environment to a pool: suspended first when running, a new
// public URL (in the fake's own form: the pool's name in it), an INFO line.
import { badRequest, FakeError, notFound } from "./errors.js";
import { answer, build, findOr404, listPage } from "./generic.js";
import { publicUrlOf } from "./projects.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Call, Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";
const VERSIONS = "/o/{organisation_id}/projects/{project_id}/versions";

/** The environment a call names in `project_env` (by name or id), else the project's first. */
function environmentOf(project: Json, call: Call): Json {
  const wanted = call.query.project_env as string | undefined;
  const envs = project.environments as Json[];
  const env = wanted === undefined ? envs[0] : envs.find((e) => e.name === wanted || e.id === wanted);
  if (!env) throw notFound(`environment ${wanted ?? "(none: the project has no environment)"}`);
  return env;
}

const logsKey = (ctx: Context, projectId: string, environmentId: string) => `platform:/o/${ctx.organisationId}/projects/${projectId}/logs/${environmentId}`;

/** The id of the version an environment runs; undefined before its first deploy. */
export const runningVersion = (env: Json) => (env.deployedVersion as Json | undefined)?.id as string | undefined;

/**
 * Writes one log line of an environment, of the version `versionId` (kept beside the line, outside
 * the contract's Log, which answers cut to their schema leave out).
 */
export function writeLog(ctx: Context, projectId: string, environmentId: string, severity: string, message: string, fields: Json = {}, versionId?: string): void {
  ctx.state.collection(logsKey(ctx, projectId, environmentId)).set(ctx.newId(), { timestamp: ctx.now(), severity, message, fields, versionId });
}

/** Stops an environment: "suspended", its version kept, an INFO line. */
function suspend(ctx: Context, project: Json, env: Json): void {
  Object.assign(env, { status: "suspended", updatedAt: ctx.now() });
  writeLog(ctx, String(project.id), String(env.id), "INFO", `${String(env.name)} suspended`, { build: true }, runningVersion(env));
}

function deploy(call: Call, ctx: Context, version: Json): Json {
  const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
  const env = environmentOf(project, call);
  const projectId = String(project.id);
  const envId = String(env.id);
  env.updatedAt = ctx.now();
  writeLog(ctx, projectId, envId, "INFO", `deploying version ${String(version.name)} to ${String(env.name)}`, { build: true, versionId: version.id }, String(version.id));
  const settle = () => {
    const error = ctx.settings.deployError;
    Object.assign(env, { status: error === undefined ? "running" : "error", updatedAt: ctx.now() });
    version.state = error === undefined ? "ready" : "failed";
    if (error === undefined) {
      env.deployedVersion = { ...version };
      writeLog(ctx, projectId, envId, "INFO", `version ${String(version.name)} is running in ${String(env.name)}`, { build: true, versionId: version.id }, String(version.id));
    } else writeLog(ctx, projectId, envId, "ERROR", `deploy of version ${String(version.name)} failed: ${error}`, { build: true, versionId: version.id }, String(version.id));
  };
  ctx.later(ctx.settings.deployDelayMs, settle);
  return project;
}

export const deploys: Resource = {
  api: "platform",
  collections: [VERSIONS],
  rules: {
    DeployProject(call, ctx) {
      const body = call.body as Json;
      const version = build(call, ctx, VERSIONS, { name: body.versionName, state: "draft", ...(body.versionDescription ? { description: body.versionDescription } : {}) });
      version.files = body.files;
      ctx.state.collection(ctx.keyOf(call, VERSIONS)).set(String(version.id), version);
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      project.currentFiles = { files: body.files, labels: body.labels ?? {} };
      return answer(call, deploy(call, ctx, version));
    },
    DeployProjectVersion(call, ctx) {
      const [, version] = findOr404(call, ctx, VERSIONS, call.params.version_id);
      if (version.state === "failed") throw new FakeError(400, `version ${call.params.version_id} failed to build and cannot be deployed`);
      return answer(call, deploy(call, ctx, version));
    },
    // Promotion: the target deploys the version the source runs, through the same states.
    SyncEnvironments(call, ctx) {
      const { sourceEnvName, targetEnvName } = call.body as { sourceEnvName: string; targetEnvName: string };
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const source = environmentOf(project, { ...call, query: { project_env: sourceEnvName } });
      environmentOf(project, { ...call, query: { project_env: targetEnvName } });
      const versionId = runningVersion(source);
      if (versionId === undefined) throw badRequest(`environment ${sourceEnvName} runs no version yet`, [{ field: "sourceEnvName", message: "runs no version yet" }]);
      // A seeded environment may name a version the fake never made: its copy in the environment stands in.
      const version = ctx.find(call.api, VERSIONS, ctx.keyOf(call, VERSIONS), versionId)?.[1] ?? { ...(source.deployedVersion as Json) };
      return answer(call, deploy({ ...call, query: { project_env: targetEnvName } }, ctx, version));
    },
    SuspendProject(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      suspend(ctx, project, environmentOf(project, { ...call, query: { project_env: call.query.environment } }));
      return answer(call, project);
    },
    // A move to another pool: a running environment is suspended first; the public URL changes.
    ChangeEnvironmentExecutionPool(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const env = environmentOf(project, call);
      if (env.status === "running") suspend(ctx, project, env);
      const pool = String((call.body as Json).executionPool);
      Object.assign(env, { executionPool: pool, publicUrl: publicUrlOf(project, String(env.name), pool), updatedAt: ctx.now() });
      writeLog(ctx, String(project.id), String(env.id), "INFO", `${String(env.name)} moved to execution pool ${pool}`, { build: true }, runningVersion(env));
      return answer(call, env);
    },
    GetProjectLogs: logs,
    SearchProjectLogs: logs,
  },
};

/** A time bound of the logs (`start`/`startTime`, `end`/`endTime`) in ms; absent when not asked. */
const timeOf = (value: unknown) => (typeof value === "string" && value !== "" ? Date.parse(value) : undefined);

/** A field of a line by name: its own (`severity`, `message`) or one of its `fields` (`orderId`, `fields.orderId`). */
function fieldOf(line: Json, name: string): unknown {
  const fields = (line.fields ?? {}) as Json;
  return name in line && name !== "fields" ? line[name] : fields[name.replace(/^fields\./, "")];
}

/** SearchProjectLogs' `filters` as one test of a line; a match it does not know or a bad pattern is 400 naming it. */
function filtersOf(filters: unknown): (line: Json) => boolean {
  const tests = (Array.isArray(filters) ? (filters as Json[]) : []).map(({ field, value, match }, i): ((line: Json) => boolean) => {
    const text = String(value);
    const equal = (line: Json) => String(fieldOf(line, String(field ?? "")) ?? "") === text;
    const contains = (line: Json) => String(line.message).includes(text);
    let pattern: RegExp | undefined;
    if (match === "reg_eq" || match === "not_reg_eq") {
      try {
        pattern = new RegExp(text);
      } catch {
        throw badRequest(`filters[${i}].value is not a regular expression.`, [{ field: `filters[${i}].value`, message: "is not a regular expression" }]);
      }
    }
    const matches = (line: Json) => pattern!.test(String(fieldOf(line, String(field ?? "")) ?? ""));
    const byMatch: Record<string, (line: Json) => boolean> = {
      eq: equal,
      not_eq: (line) => !equal(line),
      reg_eq: matches,
      not_reg_eq: (line) => !matches(line),
      search: contains,
      not_search: (line) => !contains(line),
    };
    const run = byMatch[String(match)];
    if (!run) throw badRequest(`filters[${i}].match is not one of ${Object.keys(byMatch).join(", ")}.`, [{ field: `filters[${i}].match`, message: `is not one of ${Object.keys(byMatch).join(", ")}` }]);
    return run;
  });
  return (line) => tests.every((test) => test(line));
}

/**
 * The log lines of an environment (in the query or, for SearchProjectLogs, the body): narrowed by
 * `search`, `build`, a start (at or after), an end (before), `latest` (the lines of the version
 * the environment runs) and `filters`; oldest first unless `order` is `desc`.
 */
function logs(call: Call, ctx: Context) {
  const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
  const env = environmentOf(project, call);
  const asked = { ...call.query, ...(call.body as Json | undefined) };
  const search = asked.search as string | undefined;
  const build = asked.build as boolean | undefined;
  const start = timeOf(asked.start ?? asked.startTime);
  const end = timeOf(asked.end ?? asked.endTime);
  const latest = asked.latest === true ? runningVersion(env) ?? null : undefined;
  const filters = filtersOf(asked.filters);
  const entries = sortedEntries(ctx.state.collections.get(logsKey(ctx, String(project.id), String(env.id)))).filter(([, line]) => {
    const time = Date.parse(String(line.timestamp));
    return (
      (search === undefined || String(line.message).includes(search)) &&
      (build === undefined || Boolean((line.fields as Json).build) === build) &&
      (start === undefined || time >= start) &&
      (end === undefined || time < end) &&
      (latest === undefined || line.versionId === latest) &&
      filters(line)
    );
  });
  // Pages follow the order asked: the cursor is a line's key, found by its place in this list.
  if (asked.order === "desc") entries.reverse();
  return listPage(call, entries, asked.first as number | undefined);
}

/** A line in the logs of a project's environment (by name or id; its first when absent), as the integration would write it. */
export function appendLog(ctx: Context, projectId: string, line: { message: string; severity?: string; environment?: string; fields?: Json }): void {
  const project = ctx.state.collections.get(`platform:/o/${ctx.organisationId}/projects`)?.get(projectId);
  if (!project) throw new TypeError(`the fake platform has no project ${projectId}`);
  const envs = project.environments as Json[];
  const env = line.environment === undefined ? envs[0] : envs.find((e) => e.name === line.environment || e.id === line.environment);
  if (!env) throw new TypeError(`project ${projectId} has no environment ${line.environment ?? ""}`);
  writeLog(ctx, projectId, String(env.id), line.severity ?? "INFO", line.message, line.fields, runningVersion(env));
}
