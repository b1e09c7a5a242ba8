// Schema references, one step at a time. OpenAPI 3.1 lets keywords sit beside a $ref (readOnly,
// an enum, a constraint, a description) and applies them together with what the $ref points at,
// so a walk over a schema follows one reference at a time and reads what sits beside each.

/** The node a local $ref (`#/components/schemas/Thing`) points at, which may be a $ref itself. */
export function follower(document) {
  return (ref) => {
    if (!ref.startsWith("#/")) throw new Error(`cannot resolve ${ref}`);
    const keys = ref.slice(2).split("/").map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
    return keys.reduce((node, key) => node?.[key], document);
  };
}

/** What sits beside a $ref: the node without it. */
export const beside = ({ $ref, ...rest }) => rest;

/**
 * Whether a schema says `key: true` (readOnly, writeOnly) itself, beside its $ref, through the
 * $ref or in one of its allOf parts.
 */
export function flagged(node, key, follow, seen = new Set()) {
  if (!node || typeof node !== "object") return false;
  if (node[key] === true) return true;
  if (typeof node.$ref === "string" && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    if (flagged(follow(node.$ref), key, follow, seen)) return true;
  }
  return (node.allOf ?? []).some((part) => flagged(part, key, follow, seen));
}
