// Projects: a new project is empty (no files) and has its environments (FakeOptions.environments,
// "production" by default), each with an id, a public URL and the status "created" until its
// first deploy.
import { answer, build } from "./generic.js";
import type { Json } from "./schema.js";
import type { Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";

/** An environment of a new project. */
export function environment(ctx: Context, project: Json, name: string): Json {
  const slug = String(project.name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "project";
  return { id: ctx.newId(), name, status: "created", createdAt: ctx.now(), updatedAt: ctx.now(), publicUrl: `https://${slug}-${name}.versori.run`, config: {} };
}

export const projects: Resource = {
  api: "platform",
  rules: {
    CreateProject(call, ctx) {
      const project = build(call, ctx, PROJECTS, { currentFiles: { files: [], labels: {} }, settings: {}, metadata: {} });
      project.environments = (ctx.options.environments ?? ["production"]).map((name) => environment(ctx, project, name));
      ctx.state.collection(ctx.keyOf(call, PROJECTS)).set(String(project.id), project);
      return answer(call, project);
    },
  },
};
