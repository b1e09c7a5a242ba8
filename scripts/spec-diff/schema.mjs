// Compares two versions of one schema (a request body, a parameter, a response body) as a client
// user sees it. A schema is first flattened into fields keyed by where they sit in the value
// (`connector.baseUrl`, `items[].name`, `<HTTPConnector>.baseUrl` for a oneOf branch), then the two
// sets of fields are compared. Which way a change breaks depends on who writes the value: in a
// request the client writes it (removing a type or an enum value breaks), in a response the client
// reads it (adding one breaks: code written for the old values does not expect it).

const CONSTRAINTS = ["format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties"];
const refName = (ref) => ref.split("/").at(-1);

/**
 * Fields of a schema: path -> { parent, name, types, enum, variants, constraints, required }.
 * `types`/`enum`/`variants` are sorted arrays, or null where the schema sets no limit.
 * @param {"request" | "response"} side readOnly fields are left out of requests, writeOnly ones of responses
 */
export function flatten(schema, resolve, side) {
  const fields = new Map();
  const requiredIn = new Map();
  const at = (path, parent, name) => {
    if (!fields.has(path)) fields.set(path, { parent, name, types: null, enum: null, variants: null, constraints: {} });
    return fields.get(path);
  };
  const add = (list, values) => [...new Set([...(list ?? []), ...values.map(String)])].sort();

  const visit = (node, path, stack) => {
    if (!node || typeof node !== "object") return;
    if (typeof node.$ref === "string") {
      if (stack.includes(node.$ref)) return; // a recursive schema: its inside was compared one level up
      return visit(resolve(node), path, [...stack, node.$ref]);
    }
    const field = fields.get(path);
    if (node.type !== undefined) field.types = add(field.types, [node.type].flat());
    if (node.nullable === true) field.types = add(field.types, ["null"]);
    if (Array.isArray(node.enum)) field.enum = add(null, node.enum.map((v) => JSON.stringify(v)));
    if ("const" in node) field.enum = [JSON.stringify(node.const)];
    for (const key of CONSTRAINTS) if (key in node) field.constraints[key] = JSON.stringify(node[key]);
    for (const name of node.required ?? []) requiredIn.set(path, add(requiredIn.get(path), [name]));
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const own = resolve(child) ?? {};
      if ((side === "request" && own.readOnly) || (side === "response" && own.writeOnly)) continue;
      inside(child, path ? `${path}.${name}` : name, path, name, stack);
    }
    if (node.items && typeof node.items === "object") inside(node.items, `${path}[]`, path, null, stack);
    if (node.additionalProperties && typeof node.additionalProperties === "object") {
      inside(node.additionalProperties, `${path}{}`, path, null, stack);
    }
    for (const part of node.allOf ?? []) visit(part, path, stack);
    for (const key of ["oneOf", "anyOf"]) {
      (node[key] ?? []).forEach((branch, i) => {
        const name = branch?.$ref ? refName(branch.$ref) : `#${i + 1}`;
        field.variants = add(field.variants, [name]);
        inside(branch, `${path}<${name}>`, path, null, stack);
      });
    }
  };
  // A field one level down (a property, the items, a branch): its name is null unless a property.
  const inside = (node, path, parent, name, stack) => {
    at(path, parent, name);
    visit(node, path, stack);
  };
  inside(schema, "", null, null, []);
  // A union without a type of its own has the types of its branches (innermost unions first).
  for (const [path, field] of [...fields].sort(([a], [b]) => b.length - a.length)) {
    const branches = (field.variants ?? []).map((name) => fields.get(`${path}<${name}>`).types);
    if (field.types === null && branches.length && branches.every(Boolean)) field.types = add(null, branches.flat());
  }
  for (const field of fields.values()) {
    field.required = field.name !== null && (requiredIn.get(field.parent) ?? []).includes(field.name);
  }
  return fields;
}

// Values of a set-like fact (types, enum values, oneOf branches) that were removed and added;
// null (no limit) on one side counts as "everything".
function setChange(before, after) {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  if (before === null) return { narrowed: true, widened: false, text: `none -> ${after.join(", ")}` };
  if (after === null) return { narrowed: false, widened: true, text: `${before.join(", ")} -> none` };
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  const parts = [...removed.map((v) => `-${v}`), ...added.map((v) => `+${v}`)];
  return { narrowed: removed.length > 0, widened: added.length > 0, text: parts.join(" ") };
}

/**
 * The changes between two flattened schemas, as { level, path, what } with level breaking|minor
 * (path "" is the value itself).
 * @param {"request" | "response"} side
 */
export function compareFields(before, after, side) {
  const changes = [];
  let path;
  const push = (level, what) => changes.push({ level, path, what });
  // For a set that narrowed or widened, which direction breaks a client on this side.
  const judge = (c) => (side === "request" ? c.narrowed : c.widened) ? "breaking" : "minor";
  for (path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (path.endsWith(">")) continue; // a oneOf branch: its coming and going is the parent's `variants`
    if (!old || !now) {
      const field = old ?? now;
      // Only the outermost field that came or went is reported, not each field inside it.
      if (field.parent !== null && !(old ? after : before).has(field.parent)) continue;
      if (now && side === "request") push(now.required ? "breaking" : "minor", `added as ${now.required ? "required" : "optional"}`);
      else if (now) push("minor", "added");
      else push("breaking", "removed");
      continue;
    }
    if (old.required !== now.required && old.name !== null) {
      const nowRequired = now.required;
      const breaks = side === "request" ? nowRequired : !nowRequired;
      push(breaks ? "breaking" : "minor", `made ${nowRequired ? "required" : "optional"}`);
    }
    const types = setChange(old.types, now.types);
    if (types) push(judge(types), `type changed: ${types.text}`);
    const values = setChange(old.enum, now.enum);
    if (values) push(judge(values), `enum ${values.narrowed && !values.widened ? "narrowed" : values.widened && !values.narrowed ? "widened" : "changed"}: ${values.text}`);
    const variants = setChange(old.variants, now.variants);
    if (variants) push(judge(variants), `oneOf branches changed: ${variants.text}`);
    for (const key of new Set([...Object.keys(old.constraints), ...Object.keys(now.constraints)])) {
      const [was, is] = [old.constraints[key], now.constraints[key]];
      if (was === is) continue;
      // A request constraint that appears or changes may reject values that passed before.
      const level = side === "request" && is !== undefined ? "breaking" : "minor";
      push(level, `${key} ${was ?? "none"} -> ${is ?? "none"}`);
    }
  }
  return changes;
}
