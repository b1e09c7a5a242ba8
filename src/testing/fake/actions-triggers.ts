// A system's actions and triggers, kept in their system (`/o/<org>/systems/<id>/actions` and
// `/triggers`): GetSystemAction and DeleteSystemAction are the generic read and delete, and an
// unknown system is 404 by the engine's check of the ids a path names. The creates answer an
// array, so the rules make each item: a new action gets a `path` parameter for each
// `{placeholder}` of its path that it does not name (as the contract's Action.parameters says);
// what a trigger requires and was not sent is empty (`type` is `http`, the only kind).
// The projects an action or trigger is linked to (the create's `projectId`, LinkSystemActions /
// LinkSystemTriggers) are kept beside it in `projectIds`, outside the contract's schema (answers
// leave them out); the lists' `project_id` narrows to them. An unknown project or id is 404.
import { answer, build, findOr404, listPage, update } from "./generic.js";
import type { Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Call, Context, Resource, Rule } from "./types.js";

const ACTIONS = "/o/{organisation_id}/systems/{system_id}/actions";
const TRIGGERS = "/o/{organisation_id}/systems/{system_id}/triggers";
const PROJECTS = "/o/{organisation_id}/projects";

interface Kind {
  collection: string;
  /** The create body's array of them. */
  member: "actions" | "triggers";
  /** What a new one has beside what was sent. */
  complete(input: Json): Json;
}

const ACTION: Kind = {
  collection: ACTIONS,
  member: "actions",
  complete(input) {
    const parameters = Array.isArray(input.parameters) ? (input.parameters as Json[]) : [];
    const named = new Set(parameters.filter((p) => p.in === "path").map((p) => p.name));
    const placeholders = [...String(input.path).matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).filter((name) => !named.has(name));
    return { parameters: [...parameters, ...placeholders.map((name) => ({ name, in: "path", required: true, type: "string" }))] };
  },
};
const TRIGGER: Kind = {
  collection: TRIGGERS,
  member: "triggers",
  complete: (input) => ({ type: "http", summary: input.summary ?? "", description: input.description ?? "", parameters: input.parameters ?? [] }),
};

/** Links the items `ids` names (all found, else 404 and none linked) to the project. */
function link(call: Call, ctx: Context, kind: Kind, projectId: string, ids: string[]): void {
  findOr404(call, ctx, PROJECTS, projectId);
  const items = ids.map((id) => findOr404(call, ctx, kind.collection, id)[1]);
  for (const item of items) item.projectIds = [...new Set([...((item.projectIds as string[] | undefined) ?? []), projectId])];
}

const create =
  (kind: Kind): Rule =>
  (call, ctx) => {
    const body = call.body as Json;
    const projectId = body.projectId as string | undefined;
    if (projectId !== undefined) findOr404(call, ctx, PROJECTS, projectId);
    const collection = ctx.state.collection(ctx.keyOf(call, kind.collection));
    const made = (body[kind.member] as Json[]).map((input) => {
      const item = build({ ...call, body: input }, ctx, kind.collection, kind.complete(input));
      collection.set(String(item.id), item);
      return item;
    });
    if (projectId !== undefined) link(call, ctx, kind, projectId, made.map((item) => String(item.id)));
    return answer(call, made);
  };

const list =
  (kind: Kind): Rule =>
  (call, ctx) => {
    const project = call.query.project_id as string | undefined;
    const entries = sortedEntries(ctx.state.collections.get(ctx.keyOf(call, kind.collection)));
    return listPage(call, project === undefined ? entries : entries.filter(([, item]) => (item.projectIds as string[] | undefined)?.includes(project)));
  };

const linkRule =
  (kind: Kind): Rule =>
  (call, ctx) => {
    link(call, ctx, kind, call.params.project_id!, call.body as string[]);
    return answer(call, undefined);
  };

export const actionsTriggers: Resource = {
  api: "platform",
  collections: [ACTIONS, TRIGGERS],
  rules: {
    CreateSystemActions: create(ACTION),
    CreateSystemTriggers: create(TRIGGER),
    ListSystemActions: list(ACTION),
    ListSystemTriggers: list(TRIGGER),
    LinkSystemActions: linkRule(ACTION),
    LinkSystemTriggers: linkRule(TRIGGER),
    // A replacement: what the body leaves out goes; the path's id and system and the links stay.
    UpdateSystemAction: (call, ctx) =>
      update(call, ctx, ACTIONS, (updated, before) => {
        for (const key of Object.keys(before)) if (!(key in (call.body as Json)) && key !== "projectIds") delete updated[key];
        Object.assign(updated, { id: before.id, systemId: before.systemId });
      }),
  },
};
