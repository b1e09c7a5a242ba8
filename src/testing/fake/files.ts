// A project's files and its versions' files. GetFiles answers the project's files as they are now
// (a new project has none); UpdateFiles replaces them all, PatchFiles writes those sent (by
// filename) and keeps the others, labels merged; neither deploys. A version keeps the files it was
// made with (CreateProjectVersion, DeployProject), which GetVersionFiles answers.
import { answer, build, findOr404 } from "./generic.js";
import type { Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";
const VERSIONS = "/o/{organisation_id}/projects/{project_id}/versions";

const filesOf = (holder: Json): { files: Json[]; labels: Json } => {
  const current = (holder.currentFiles ?? {}) as Json;
  return { files: (current.files as Json[] | undefined) ?? [], labels: (current.labels as Json | undefined) ?? {} };
};
const projectOf = (call: Call, ctx: Context) => findOr404(call, ctx, PROJECTS, call.params.project_id)[1];

export const files: Resource = {
  api: "platform",
  rules: {
    GetFiles: (call, ctx) => answer(call, filesOf(projectOf(call, ctx))),
    UpdateFiles(call, ctx) {
      const body = call.body as Json;
      projectOf(call, ctx).currentFiles = { files: body.files, labels: body.labels };
      return answer(call, undefined);
    },
    PatchFiles(call, ctx) {
      const project = projectOf(call, ctx);
      const body = call.body as { files: Json[]; labels: Json };
      const { files: old, labels } = filesOf(project);
      const sent = new Set(body.files.map((f) => f.filename));
      project.currentFiles = { files: [...old.filter((f) => !sent.has(f.filename)), ...body.files], labels: { ...labels, ...body.labels } };
      return answer(call, undefined);
    },
    CreateProjectVersion(call, ctx) {
      const version = build(call, ctx, VERSIONS, { state: "draft" });
      // The files are no part of the contract's ProjectVersion: kept beside it for GetVersionFiles and deploys.
      version.files = (call.body as Json).files;
      ctx.state.collection(ctx.keyOf(call, VERSIONS)).set(String(version.id), version);
      return answer(call, version);
    },
    GetVersionFiles(call, ctx) {
      const [, version] = findOr404(call, ctx, VERSIONS, call.params.version_id);
      return answer(call, { files: (version.files as Json[] | undefined) ?? [], labels: (version.labels as Json | undefined) ?? {} });
    },
  },
};
