// A project's variables schema: the JSON Schema that activations' dynamic variables must match
// (activations.ts checks them). Set whole, or changed by one patch operation at a JSON pointer.
import { badRequest } from "./errors.js";
import { answer, findOr404 } from "./generic.js";
import { isObject, type Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const PROJECTS = "/o/{organisation_id}/projects";
const project = (call: Call, ctx: Context) => findOr404(call, ctx, PROJECTS, call.params.project_id)[1];
const EMPTY = { type: "object", properties: {} };

/** `schema` with `op` applied at the JSON pointer `path` (`/properties/region`). */
function patched(schema: Json, { op, path, value }: { op: string; path: string; value?: Json }): Json {
  const out = structuredClone(schema);
  const keys = path.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop();
  const parent = keys.reduce<Json | undefined>((node, key) => (isObject(node?.[key]) ? (node[key] as Json) : op === "remove" ? undefined : ((node![key] = {}) as Json)), out);
  if (last === undefined || !parent || (op !== "add" && !(last in parent))) throw badRequest(`Nothing to ${op} at ${path}.`, [{ field: "path", message: "names nothing in the schema" }]);
  if (op === "remove") delete parent[last];
  else parent[last] = value ?? {};
  return out;
}

export const variables: Resource = {
  api: "platform",
  rules: {
    GetProjectVariablesSchema: (call, ctx) => answer(call, project(call, ctx).dynamicVariablesSchema ?? EMPTY),
    SetProjectVariablesSchema(call, ctx) {
      project(call, ctx).dynamicVariablesSchema = call.body;
      return answer(call, call.body);
    },
    PatchProjectVariablesSchema(call, ctx) {
      const found = project(call, ctx);
      found.dynamicVariablesSchema = patched((found.dynamicVariablesSchema as Json | undefined) ?? EMPTY, call.body as never);
      return answer(call, found.dynamicVariablesSchema);
    },
  },
};
