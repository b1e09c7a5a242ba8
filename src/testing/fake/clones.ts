// Copies of projects and environments, as the contract describes them. CloneProject makes a new
// project (a new id, made now, not starred) with the source's name, files, settings and variables
// schema, its environments (same names, config and execution pool; new ids; `draft`, since the
// copy is not deployed) and a copy of each connection template (its own new id; one that belongs
// to an environment belongs to the copy's environment of that name; no linked connection, since
// the copy has no connections). CloneEnvironment adds to the project an environment named
// `newEnvName` (a name the project has is 400) with the config and execution pool of
// `oldEnvName` (404 when the project has none such), or the pool sent, not deployed; with
// `cloneSystems`, a copy of each template that belongs to the source environment alone (those of
// no environment already serve every one); with `copyStaticUserVariables`, the source's static
// user variables (SetStaticUserVariables).
import { TEMPLATES } from "./connections.js";
import { badRequest, notFound } from "./errors.js";
import { answer, findOr404 } from "./generic.js";
import { environment } from "./projects.js";
import type { Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";

/** A new, undeployed environment of `project` named `name`, with the config and execution pool of `source`. */
function copyOfEnvironment(ctx: Context, project: Json, source: Json, name: string, executionPool = source.executionPool): Json {
  const env = environment(ctx, project, name);
  env.config = structuredClone(source.config ?? {});
  if (executionPool !== undefined) env.executionPool = executionPool;
  return env;
}

/** Copies of `templates` into a project's: each with its own new id, its environment by `environmentOf`, no linked connection. */
function copyTemplates(call: Call, ctx: Context, templates: Json[], projectId: string, environmentOf: (id: unknown) => unknown): void {
  const into = ctx.state.collection(ctx.keyOf(call, TEMPLATES, { ...call.params, project_id: projectId }));
  for (const template of templates) {
    const copy: Json = { ...structuredClone(template), connectionTemplateId: ctx.newId() };
    delete copy.linkedConnectionId;
    if (template.environmentId !== undefined) copy.environmentId = environmentOf(template.environmentId);
    into.set(String(copy.connectionTemplateId), copy);
  }
}

const templatesOfProject = (call: Call, ctx: Context, projectId: string) => ctx.state.items(ctx.keyOf(call, TEMPLATES, { ...call.params, project_id: projectId }));

export const clones: Resource = {
  api: "platform",
  rules: {
    CloneProject(call, ctx) {
      const [, source] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const now = ctx.now();
      const copy: Json = { ...structuredClone(source), id: ctx.newId(), createdAt: now, updatedAt: now, starred: false, metadata: {} };
      const environments = source.environments as Json[];
      copy.environments = environments.map((env) => copyOfEnvironment(ctx, copy, env, String(env.name)));
      ctx.state.collection(ctx.keyOf(call, PROJECTS)).set(String(copy.id), copy);
      const byName = (id: unknown) => (copy.environments as Json[])[environments.findIndex((e) => e.id === id)]?.id;
      copyTemplates(call, ctx, templatesOfProject(call, ctx, String(source.id)), String(copy.id), byName);
      return answer(call, copy);
    },
    CloneEnvironment(call, ctx) {
      const [, project] = findOr404(call, ctx, PROJECTS, call.params.project_id);
      const body = call.body as { oldEnvName: string; newEnvName: string; executionPool?: string; cloneSystems?: boolean; copyStaticUserVariables?: boolean };
      const environments = project.environments as Json[];
      const source = environments.find((e) => e.name === body.oldEnvName);
      if (!source) throw notFound(`environment ${body.oldEnvName} of project ${String(project.id)}`);
      if (environments.some((e) => e.name === body.newEnvName)) {
        throw badRequest(`Project ${String(project.id)} has an environment named ${body.newEnvName}.`, [{ field: "newEnvName", message: "is the name of an environment of the project" }]);
      }
      const env = copyOfEnvironment(ctx, project, source, body.newEnvName, body.executionPool ?? source.executionPool);
      if (body.copyStaticUserVariables && source.staticVariables !== undefined) env.staticVariables = structuredClone(source.staticVariables);
      project.environments = [...environments, env];
      project.updatedAt = ctx.now();
      if (body.cloneSystems) {
        const own = templatesOfProject(call, ctx, String(project.id)).filter((t) => t.environmentId === source.id);
        copyTemplates(call, ctx, own, String(project.id), () => env.id);
      }
      return answer(call, project);
    },
  },
};
