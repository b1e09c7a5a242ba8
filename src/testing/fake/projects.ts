// Projects: a new project is empty (no files), not starred, and has its environments
// (FakeOptions.environments, "production" by default), each with an id, a public URL and the
// status "draft" (the contract's state for one never deployed) until its first deploy. Starring marks it for ListProjects' `starred`.
// UpdateEnvironmentConfig replaces an environment's `config`, which the project then shows.
// Deleting an environment or a project deletes what is kept by the environment's id (activations).
// AddProjectSentiment appends a score (stamped now) to the project's `metadata.sentimentHistory`.
import { notFound } from "./errors.js";
import { answer, build, findOr404, generic } from "./generic.js";
import type { Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";
const ENVIRONMENTS = "/o/{organisation_id}/environments";

/** Drops what is kept by environment id (activations, ...): it goes with the environment. */
const dropEnvironment = (call: Call, ctx: Context, id: unknown) => ctx.state.dropBelow(`${ctx.keyOf(call, ENVIRONMENTS)}/${String(id)}/`);

const slugOf = (text: unknown, otherwise: string) => String(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || otherwise;

/** The public URL the fake gives an environment: named after its project, and its execution pool when it was moved to one (a form of the fake's own). */
export const publicUrlOf = (project: Json, name: string, pool?: string) =>
  `https://${slugOf(project.name, "project")}-${name}${pool === undefined ? "" : `.${slugOf(pool, "pool")}`}.versori.run`;

/** An environment of a new project. */
export function environment(ctx: Context, project: Json, name: string): Json {
  return { id: ctx.newId(), name, status: "draft", createdAt: ctx.now(), updatedAt: ctx.now(), publicUrl: publicUrlOf(project, name), config: {} };
}

/** The project and environment of an environment id (environments live in their project). */
export function environmentById(call: Call, ctx: Context, environmentId: string): [Json, Json] | undefined {
  for (const project of ctx.state.items(ctx.keyOf(call, PROJECTS))) {
    const env = (project.environments as Json[]).find((e) => e.id === environmentId);
    if (env) return [project, env];
  }
  return undefined;
}

/** What a new project has: no files, not starred, the fake's environments (named after the project). */
const newProject = (project: Json, ctx: Context): Json => ({
  currentFiles: { files: [], labels: {} },
  settings: {},
  metadata: {},
  starred: false,
  environments: (ctx.options.environments ?? ["production"]).map((name) => environment(ctx, project, name)),
});

export const projects: Resource = {
  api: "platform",
  defaults: { [PROJECTS]: newProject },
  rules: {
    CreateProject(call, ctx) {
      const project = build(call, ctx, PROJECTS);
      Object.assign(project, newProject(project, ctx));
      ctx.state.collection(ctx.keyOf(call, PROJECTS)).set(String(project.id), project);
      return answer(call, project);
    },
    // Appended to the project's metadata, stamped now.
    AddProjectSentiment(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const metadata = (project.metadata ?? {}) as Json;
      const { sentimentScore, messageId } = call.body as Json;
      project.metadata = { ...metadata, sentimentHistory: [...((metadata.sentimentHistory as Json[] | undefined) ?? []), { timestamp: ctx.now(), sentimentScore, messageId }] };
      return answer(call, project);
    },
    StarProject: (call, ctx) => star(call, ctx, true),
    UnstarProject: (call, ctx) => star(call, ctx, false),
    UpdateEnvironmentConfig(call, ctx) {
      const [, env] = environmentById(call, ctx, call.params.environment_id!) ?? [];
      if (!env) throw notFound(`environment ${call.params.environment_id}`);
      Object.assign(env, { config: call.body, updatedAt: ctx.now() });
      return answer(call, undefined);
    },
    DeleteEnvironment(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const envs = project.environments as Json[];
      if (!envs.some((e) => e.id === call.params.environment_id)) throw notFound(`environment ${call.params.environment_id}`);
      project.environments = envs.filter((e) => e.id !== call.params.environment_id);
      dropEnvironment(call, ctx, call.params.environment_id);
      return answer(call, project);
    },
    // The generic delete, and what is kept by its environments' ids.
    DeleteProject(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      for (const env of project.environments as Json[]) dropEnvironment(call, ctx, env.id);
      return generic(call, ctx);
    },
  },
};

function star(call: Call, ctx: Context, starred: boolean) {
  findOr404(call, ctx, PROJECTS, call.params.project_id)[1].starred = starred;
  return answer(call, undefined);
}
