// Flattens a schema (a request body, a parameter, a response body) into fields keyed by where they
// sit in the value: `connector.baseUrl`, `items[].name`, `tags{}` for the values of a map, and
// `shape<kind=circle>.radius` inside a oneOf branch (branches.mjs names them). fields.mjs compares
// two such sets. allOf parts and the keywords beside a $ref apply to the same field.
import { branchNames } from "./branches.mjs";
import { acceptsNothing, constraintsOf, NOTHING } from "./constraints.mjs";
import { beside, flagged } from "./refs.mjs";

const add = (list, values) => [...new Set([...(list ?? []), ...values.map(String)])].sort();
// Where a field one level down sits: `a.b`, `a[]`, `a{}`, `a<branch>`.
const join = (prefix, path) => (path === "" ? prefix : prefix === "" || /^[[{<]/.test(path) ? prefix + path : `${prefix}.${path}`);

/**
 * Fields of a schema: path -> { parent, name, types, enum, variants, by, constraints, required }.
 * `types`/`enum`/`variants` are sorted arrays, or null where the schema sets no limit; `by` is the
 * property a union's branches are told apart by.
 * @param {(ref: string) => unknown} follow one step along a $ref (refs.mjs)
 * @param {"request" | "response"} side readOnly fields are left out of requests, writeOnly ones of responses
 */
export function flatten(schema, follow, side, stack = []) {
  const fields = new Map();
  const requiredIn = new Map();
  const at = (path, parent, name) => {
    if (!fields.has(path)) fields.set(path, { parent, name, types: null, enum: null, variants: null, by: null, constraints: {} });
    return fields.get(path);
  };

  const visit = (node, path, stack) => {
    const field = fields.get(path);
    if (acceptsNothing(node)) return void Object.assign(field.constraints, NOTHING);
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string") {
      // A recursive schema's inside was compared one level up; what sits beside the $ref counts.
      if (!stack.includes(node.$ref)) visit(follow(node.$ref), path, [...stack, node.$ref]);
      return visit(beside(node), path, stack);
    }
    if (node.type !== undefined) field.types = add(field.types, [node.type].flat());
    if (node.nullable === true) field.types = add(field.types, ["null"]);
    // allOf parts and $ref siblings all apply: a second enum keeps the values both allow.
    const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const] : null;
    if (values) {
      const own = values.map((v) => JSON.stringify(v));
      field.enum = add(null, field.enum ? own.filter((v) => field.enum.includes(v)) : own);
    }
    Object.assign(field.constraints, constraintsOf(node));
    for (const name of node.required ?? []) requiredIn.set(path, add(requiredIn.get(path), [name]));
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (flagged(child, side === "request" ? "readOnly" : "writeOnly", follow)) continue;
      inside(child, join(path, name), path, name, stack);
    }
    if (node.items && typeof node.items === "object") inside(node.items, join(path, "[]"), path, null, stack);
    if (node.additionalProperties && typeof node.additionalProperties === "object") {
      inside(node.additionalProperties, join(path, "{}"), path, null, stack);
    }
    for (const part of node.allOf ?? []) visit(part, path, stack);
    for (const key of ["oneOf", "anyOf"]) if (node[key]) union(node, node[key], field, path, stack);
  };
  // A field one level down (a property, the items, a map's values): its name is null unless a property.
  const inside = (node, path, parent, name, stack) => {
    at(path, parent, name);
    visit(node, path, stack);
  };
  // Each branch is flattened on its own, named by what tells it apart, then its fields are added
  // under `path<name>`.
  const union = (node, schemas, field, path, stack) => {
    const branches = schemas.map((s) => flatten(s, follow, side, stack));
    const { names, by } = branchNames(node, schemas, branches);
    field.variants = add(field.variants, names);
    field.by ??= by;
    branches.forEach((branch, i) => {
      const prefix = `${path}<${names[i]}>`;
      for (const [p, f] of branch) fields.set(join(prefix, p), { ...f, parent: f.parent === null ? path : join(prefix, f.parent) });
    });
  };

  inside(schema, "", null, null, stack);
  // A union without a type of its own has the types of its branches (innermost unions first).
  for (const [path, field] of [...fields].sort(([a], [b]) => b.length - a.length)) {
    const branches = (field.variants ?? []).map((name) => fields.get(`${path}<${name}>`).types);
    if (field.types === null && branches.length && branches.every(Boolean)) field.types = add(null, branches.flat());
  }
  for (const field of fields.values()) {
    field.required ??= field.name !== null && (requiredIn.get(field.parent) ?? []).includes(field.name);
  }
  return fields;
}
