// Compares two flattened versions of one schema (schema.mjs) as a client user meets the change.
// Who writes the value decides which way breaks:
//   request (the caller writes it): a change that refuses a value valid before is breaking (a
//     type (integer -> number refuses nothing), enum value or branch removed, a field made required, a constraint tightened, an object
//     closed); a change that only lets more through is minor.
//   response (the caller reads it): a change that lets the server send a value it could not send
//     before is breaking (a type, enum value or branch added, a field removed or made optional, a
//     constraint relaxed: longer strings, larger numbers, more items, another pattern); a change
//     that only sends less is minor, but for two things:
//     - an enum or const value removed, or a discriminated branch (its value): the generated types
//       make each value a literal type, and code comparing with a removed one (`===`, a `case`)
//       stops compiling (TS2367, TS2678). Breaking.
//     - an object opened or closed (additionalProperties): callers ignore fields they do not know,
//       as for a response field added. Minor.
import { pairBranches } from "./branches.mjs";
import { constraintChanges } from "./constraints.mjs";

// Values of a set-like fact (types, enum values, oneOf branches) that were removed and added;
// null (no limit) on one side counts as "everything". `within(value, list)` says whether the
// values `value` stands for are all among those of `list`: the narrowing and widening are told by
// it (an integer is a number), the text shows the values as written.
function setChange(before, after, within = (v, list) => list.includes(v)) {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  if (before === null) return { narrowed: true, widened: false, text: `none -> ${after.join(", ")}` };
  if (after === null) return { narrowed: false, widened: true, text: `${before.join(", ")} -> none` };
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  const parts = [...removed.map((v) => `-${v}`), ...added.map((v) => `+${v}`)];
  return { narrowed: removed.some((v) => !within(v, after)), widened: added.some((v) => !within(v, before)), text: parts.join(" ") };
}

// JSON Schema's integer is a number without a fraction: `number` takes every integer (and
// TypeScript sees `number` for both).
const typeWithin = (type, types) => types.includes(type) || (type === "integer" && types.includes("number"));

const breaks = (yes) => (yes ? "breaking" : "minor");
// The level of each kind of change on each side (see the top of this file).
const LEVEL = {
  request: {
    set: (c) => breaks(c.narrowed),
    enum: (c) => breaks(c.narrowed),
    variants: (c) => breaks(c.narrowed),
    constraint: (c) => breaks(c.direction !== "relaxed"),
  },
  response: {
    set: (c) => breaks(c.widened),
    enum: () => "breaking",
    variants: (c, by) => breaks(c.widened || (c.narrowed && by !== null)),
    constraint: (c) => breaks(c.direction !== "tightened" && !["additionalProperties", "unevaluatedProperties"].includes(c.key)),
  },
};

/**
 * The changes between two flattened schemas, as { level, path, what } with level breaking|minor
 * (path "" is the value itself).
 * @param {"request" | "response"} side
 */
export function compareFields(before, after, side) {
  after = pairBranches(before, after);
  const level = LEVEL[side];
  const changes = [];
  let path;
  const push = (level, what) => changes.push({ level, path, what });
  for (path of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (!old || !now) {
      const field = old ?? now;
      if (path.endsWith(">")) continue; // a oneOf branch: its coming and going is the parent's `variants`
      // Only the outermost field that came or went is reported, not each field inside it.
      if (field.parent !== null && !(old ? after : before).has(field.parent)) continue;
      if (now && side === "request") push(breaks(now.required), `added as ${now.required ? "required" : "optional"}`);
      else if (now) push("minor", "added");
      else push("breaking", "removed");
      continue;
    }
    const constraints = constraintChanges(old.constraints, now.constraints);
    // A field that accepts no value (schema false), or did: that says it all.
    if (old.constraints.schema === false || now.constraints.schema === false) {
      for (const c of constraints.filter((c) => c.key === "schema")) push(level.constraint(c), c.what);
      continue;
    }
    if (old.required !== now.required && old.name !== null) {
      push(breaks(side === "request" ? now.required : !now.required), `made ${now.required ? "required" : "optional"}`);
    }
    const types = setChange(old.types, now.types, typeWithin);
    if (types) push(level.set(types), `type changed: ${types.text}`);
    const values = setChange(old.enum, now.enum);
    if (values) {
      const how = values.narrowed && !values.widened ? "narrowed" : values.widened && !values.narrowed ? "widened" : "changed";
      push(level.enum(values), `enum ${how}: ${values.text}`);
    }
    const variants = setChange(old.variants, now.variants);
    if (variants) push(level.variants(variants, now.by ?? old.by), `oneOf branches changed: ${variants.text}`);
    for (const c of constraints) push(level.constraint(c), c.what);
  }
  return changes;
}
