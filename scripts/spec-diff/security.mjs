// Who may call an operation. OpenAPI's `security` is a list of alternatives, any one of which a
// caller may satisfy; each alternative is a set of schemes sent together, with the OAuth scopes
// each needs. An operation's own `security` replaces the document's; `[]`, or an alternative `{}`,
// lets a caller in without credentials.
// A caller who authenticated one way keeps working when some new alternative asks for no more
// (the same schemes or fewer, the same scopes or fewer); when none does, the change breaks them.
// An alternative that asks for something no old one covered lets new callers in: minor.
// Schemes are compared by how they are sent (type, scheme, header, flows), not by name: renaming
// one changes nothing; removing one, or sending it another way, breaks its callers.

// How a scheme goes over the wire; descriptions, `bearerFormat` (a hint for documentation),
// extensions and scope lists left out. An HTTP auth scheme's name and a header's name are
// case-insensitive (RFC 9110), so `Bearer` is `bearer`; a query or cookie name is not.
function wire(scheme) {
  if (!scheme) return null;
  const { description, bearerFormat, flows, ...rest } = scheme;
  if (typeof rest.scheme === "string") rest.scheme = rest.scheme.toLowerCase();
  if (rest.in === "header" && typeof rest.name === "string") rest.name = rest.name.toLowerCase();
  const kept = Object.entries(rest).filter(([key]) => !key.startsWith("x-"));
  const urls = Object.entries(flows ?? {}).map(([name, { scopes, description, ...flow }]) => [name, flow]);
  return JSON.stringify([kept, urls].map((list) => list.sort(([a], [b]) => a.localeCompare(b))));
}

// The alternatives of a requirement list: { label, needs: Map<how a scheme is sent, scopes> }.
function alternatives(list, schemes) {
  return (list.length ? list : [{}]).map((requirement) => {
    const entries = Object.entries(requirement);
    const label = entries.map(([name, scopes]) => (scopes.length ? `${name} (${scopes.join(", ")})` : name)).join(" + ");
    return { label, needs: new Map(entries.map(([name, scopes]) => [wire(schemes?.[name]) ?? `no scheme ${name}`, scopes])) };
  });
}

// Whether a caller who satisfies alternative `have` satisfies `need` too.
const covers = (have, need) =>
  [...need.needs].every(([scheme, scopes]) => have.needs.has(scheme) && scopes.every((s) => have.needs.get(scheme).includes(s)));

/**
 * Changes between two requirement lists, as { level, what }.
 * @param {{ list: object[], schemes?: object }} before the list and components.securitySchemes
 */
export function compareSecurity(before, after) {
  const [was, is] = [alternatives(before.list, before.schemes), alternatives(after.list, after.schemes)];
  const out = [];
  for (const a of was) {
    if (!is.some((b) => covers(a, b))) out.push({ level: "breaking", what: `${a.label || "calls without credentials"} no longer accepted` });
  }
  for (const b of is) {
    if (!was.some((a) => covers(b, a))) out.push({ level: "minor", what: `${b.label || "calls without credentials"} now accepted` });
  }
  return out;
}

// The schemes old requirement lists name that the new document no longer sends the same way under
// any name: the reason behind "no longer accepted".
function schemesGone(lists, before, after) {
  const used = new Set(lists.flatMap((list) => list.flatMap((requirement) => Object.keys(requirement))));
  const now = new Set(Object.values(after ?? {}).map(wire));
  const out = [];
  for (const name of [...used].sort()) {
    if (!before?.[name] || now.has(wire(before[name]))) continue;
    const what = after?.[name] ? "sent another way" : "removed from components.securitySchemes";
    out.push({ level: "breaking", where: `security scheme ${name}`, what });
  }
  return out;
}

/**
 * Document-level changes, as { level, where, what }: schemes in use that are gone, then the
 * document's own `security` when `inherited` (some operation on both sides has none of its own).
 * @param {object[][]} lists the old operations' own requirement lists
 */
export function compareDocumentSecurity(oldDoc, newDoc, lists, inherited) {
  const [before, after] = [oldDoc.components?.securitySchemes, newDoc.components?.securitySchemes];
  const out = schemesGone([oldDoc.security ?? [], ...lists], before, after);
  if (!inherited) return out;
  const changes = compareSecurity({ list: oldDoc.security ?? [], schemes: before }, { list: newDoc.security ?? [], schemes: after });
  return [...out, ...changes.map((c) => ({ ...c, where: "API security" }))];
}
