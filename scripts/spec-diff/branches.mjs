// Names the branches of a oneOf/anyOf by what tells them apart on the wire, so that renaming a
// branch's schema or reordering the branches changes nothing:
//   kind=circle        the value of the discriminating property: the discriminator's mapping, or
//                      a `const` (or one-value enum) that every branch sets on one property
//   object{radius}     otherwise the branch's shape: its types and its required fields
// A second branch of the same name gets `#2`. Branches are flattened (schema.mjs) before they are
// named; their fields are keyed relative to the branch.

const refName = (ref) => ref.split("/").at(-1);
// The one value a flattened field allows (a const or a one-value enum), as text.
function single(field) {
  if (field?.enum?.length !== 1) return undefined;
  const value = JSON.parse(field.enum[0]);
  return typeof value === "string" ? value : field.enum[0];
}
// Top-level properties of a flattened branch.
const properties = (branch) => [...branch.values()].filter((f) => f.parent === "" && f.name !== null);

// A property every branch fixes to a different single value, when there is one.
function sharedConst(branches) {
  const candidates = properties(branches[0] ?? new Map()).map((f) => f.name).sort();
  return candidates.find((name) => {
    const values = branches.map((b) => single(b.get(name)));
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
}

// The discriminating value of one branch: the mapping's key for it, its const, or (a discriminator
// without a mapping entry) the name of its schema, which is then what goes on the wire.
function valueOf(schema, branch, property, discriminator) {
  const mapped = Object.entries(discriminator?.mapping ?? {}).find(
    ([, target]) => schema?.$ref && (target === schema.$ref || target === refName(schema.$ref)),
  );
  return mapped?.[0] ?? single(branch.get(property)) ?? (discriminator && schema?.$ref ? refName(schema.$ref) : undefined);
}

function shape(branch) {
  const root = branch.get("");
  const required = properties(branch).filter((f) => f.required).map((f) => f.name).sort();
  const types = root.types?.join("|") ?? "any";
  return required.length ? `${types}{${required.join(",")}}` : types;
}

/**
 * Names for the branches of a union node, and the discriminating property when they are named by it.
 * @param {object[]} schemas the branch schemas as written
 * @param {Map[]} branches the same branches flattened
 */
export function branchNames(node, schemas, branches) {
  const property = node.discriminator?.propertyName ?? sharedConst(branches);
  let names = property ? schemas.map((s, i) => valueOf(s, branches[i], property, node.discriminator)) : [];
  const by = property && names.every((v) => v !== undefined) && new Set(names).size === names.length ? property : null;
  names = by ? names.map((v) => `${by}=${v}`) : branches.map(shape);
  const seen = new Map();
  names = names.map((n) => (seen.set(n, (seen.get(n) ?? 0) + 1).get(n) > 1 ? `${n}#${seen.get(n)}` : n));
  return { names, by };
}

// Fields of `fields` with the key prefix `from` (a branch and everything inside it) moved to `to`.
function moved(fields, from, to) {
  const inside = (path) => path?.startsWith(from) && (path.length === from.length || ".[{<".includes(path[from.length]));
  const move = (path) => (inside(path) ? to + path.slice(from.length) : path);
  return new Map([...fields].map(([path, f]) => [move(path), { ...f, parent: move(f.parent) }]));
}

/**
 * `after`, with a branch of a union that has no discriminating property and is on one side only
 * paired with an unmatched branch of the same type from the other side (its shape, and so its
 * name, changed because a required field came or went): the pair is then compared field by field
 * under the old name instead of being reported as one branch gone and another new.
 */
export function pairBranches(before, after) {
  // Outer unions first: renaming a branch renames the unions inside it to their old paths.
  const unions = [...before].filter(([, f]) => f.variants && !f.by).sort(([a], [b]) => a.length - b.length);
  for (const [path, union] of unions) {
    if (!after.get(path)?.variants || after.get(path).by) continue;
    const came = after.get(path).variants.filter((n) => !union.variants.includes(n));
    for (const name of union.variants.filter((n) => !after.get(path).variants.includes(n))) {
      const types = String(before.get(`${path}<${name}>`).types);
      const match = came.find((n) => String(after.get(`${path}<${n}>`).types) === types);
      if (!match) continue;
      came.splice(came.indexOf(match), 1);
      after = moved(after, `${path}<${match}>`, `${path}<${name}>`);
      const variants = after.get(path).variants.map((n) => (n === match ? name : n)).sort();
      after.set(path, { ...after.get(path), variants });
    }
  }
  return after;
}
