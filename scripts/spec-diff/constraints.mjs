// The constraints of a schema (lengths, bounds, counts, multipleOf, pattern, format, whether an
// object takes fields it does not name, whether any value is valid at all) and which way a change
// to them goes:
//   tightened  some value that was valid is not any more, and none became valid
//   relaxed    every valid value stays valid, and some more are
//   changed    both (a pattern or a format swapped for another, multipleOf 0.5 -> 0.3)
// Whether that breaks a caller depends on who writes the value: see fields.mjs.

const KEYS = ["format", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties"];
const OBJECT_KEYS = ["additionalProperties", "unevaluatedProperties"];

/** The constraints one schema node sets, by keyword. An open object (true, {}) sets none. */
export function constraintsOf(node) {
  const out = {};
  for (const key of KEYS) if (key in node) out[key] = node[key];
  for (const key of OBJECT_KEYS) {
    const value = node[key];
    if (value === false) out[key] = false;
    else if (value && typeof value === "object" && Object.keys(value).length) out[key] = "a schema";
  }
  return out;
}

/** The constraint of a schema that no value satisfies: `false` or `{ not: {} }`. */
export const NOTHING = { schema: false };
export const acceptsNothing = (node) =>
  node === false || node?.not === true || (node?.not && typeof node.not === "object" && !Object.keys(node.not).length);

// Each facet compares the old and the new constraints: > 0 tightened, < 0 relaxed, 0 the same
// values pass, NaN changed.
const signOf = (was, is) => (was === is ? 0 : was === undefined ? 1 : is === undefined ? -1 : NaN);
const count = (key, none) => ({ keys: [key], cmp: (a, b) => (none === 0 ? 1 : -1) * ((b[key] ?? none) - (a[key] ?? none) || 0) });
const presence = (key) => ({ keys: [key], cmp: (a, b) => signOf(a[key], b[key]) });
const rank = (key, ranks) => ({ keys: [key], cmp: (a, b) => (ranks[b[key]] ?? 0) - (ranks[a[key]] ?? 0) });

// A numeric bound as [value, exclusive], the tightest the keywords give (3.0 writes
// `exclusiveMinimum: true` beside `minimum`); `lower` bounds tighten upwards.
function bound(c, inclusive, exclusive, lower) {
  const found = [];
  if (typeof c[inclusive] === "number") found.push([c[inclusive], c[exclusive] === true]);
  if (typeof c[exclusive] === "number") found.push([c[exclusive], true]);
  const tighter = (x, y) => (lower ? x[0] > y[0] : x[0] < y[0]) || (x[0] === y[0] && x[1] && !y[1]);
  return found.reduce((best, b) => (tighter(b, best) ? b : best), [lower ? -Infinity : Infinity, false]);
}
const numeric = (inclusive, exclusive, lower) => ({
  keys: [inclusive, exclusive],
  cmp: (a, b) => {
    const [x, y] = [bound(a, inclusive, exclusive, lower), bound(b, inclusive, exclusive, lower)];
    return x[0] === y[0] ? y[1] - x[1] : (lower ? 1 : -1) * Math.sign(y[0] - x[0]);
  },
});
// multipleOf 0.5 -> 1 keeps fewer values (1 is a multiple of 0.5), 0.5 -> 0.25 more.
const divides = (small, big) => Math.abs(big / small - Math.round(big / small)) < 1e-9;
const multipleOf = {
  keys: ["multipleOf"],
  cmp: ({ multipleOf: a }, { multipleOf: b }) =>
    a === undefined || b === undefined || a === b ? signOf(a, b) : divides(a, b) ? 1 : divides(b, a) ? -1 : NaN,
};

const FACETS = [
  count("minLength", 0), count("maxLength", Infinity), count("minItems", 0), count("maxItems", Infinity),
  count("minProperties", 0), count("maxProperties", Infinity),
  numeric("minimum", "exclusiveMinimum", true), numeric("maximum", "exclusiveMaximum", false),
  multipleOf, presence("pattern"), presence("format"), rank("uniqueItems", { true: 1 }),
  ...OBJECT_KEYS.map((key) => rank(key, { "a schema": 1, false: 2 })),
  { keys: ["schema"], cmp: (a, b) => signOf(a.schema, b.schema) },
];

const show = (key, value) =>
  OBJECT_KEYS.includes(key) ? (value === undefined ? "true" : String(value)) : value === undefined ? "none" : JSON.stringify(value);

// "maxLength 50 -> 100"; "minimum 1 -> exclusiveMinimum 1" where a bound moves to the other keyword.
function describe(keys, a, b) {
  if (keys[0] === "schema") return b.schema === false ? "no value is valid any more (schema false)" : "values are valid again (was schema false)";
  const used = keys.filter((k) => k in a || k in b);
  if (used.length === 1) return `${used[0]} ${show(used[0], a[used[0]])} -> ${show(used[0], b[used[0]])}`;
  const side = (c) => used.filter((k) => k in c).map((k) => `${k} ${show(k, c[k])}`).join(", ") || "none";
  return `${side(a)} -> ${side(b)}`;
}

/**
 * What changed between two sets of constraints: { key, direction, what } per facet that moved,
 * `key` its first keyword.
 */
export function constraintChanges(before, after) {
  const out = [];
  for (const { keys, cmp } of FACETS) {
    if (keys.every((k) => JSON.stringify(before[k]) === JSON.stringify(after[k]))) continue;
    const order = cmp(before, after);
    if (order === 0) continue; // written differently, the same values pass (minLength 0 added)
    const direction = order > 0 ? "tightened" : order < 0 ? "relaxed" : "changed";
    const what = describe(keys, before, after);
    out.push({ key: keys[0], direction, what: keys[0] === "schema" ? what : `${what} (${direction})` });
  }
  return out;
}
