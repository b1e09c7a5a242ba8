// Renders the operation table of one spec: for every operation, what the client needs at run
// time (method, path split into literal and parameter parts, multipart bodies, whether a body comes
// back, the array that holds a page's items). Types come from the openapi-typescript output.

export const METHODS = ["get", "put", "post", "delete", "patch"];
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Follows local $refs (`#/...`) of one document until it reaches a node that is not a $ref. */
export function resolver(document) {
  const resolve = (node) => {
    let seen = 0;
    while (node && typeof node.$ref === "string") {
      if (++seen > 50 || !node.$ref.startsWith("#/")) throw new Error(`cannot resolve ${node.$ref}`);
      node = node.$ref
        .slice(2)
        .split("/")
        .reduce((n, key) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], document);
    }
    return node;
  };
  return resolve;
}

/** The name of the array property of a page schema (its items), found through allOf. */
function pageItemsKey(schema, resolve) {
  schema = resolve(schema);
  if (!schema) return undefined;
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (resolve(prop)?.type === "array") return key;
  }
  for (const part of schema.allOf ?? []) {
    const key = pageItemsKey(part, resolve);
    if (key) return key;
  }
  return undefined;
}

export function describeOperations(document) {
  const resolve = resolver(document);
  const out = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const parts = path.split(/\{([^}]+)\}/).map((p, i) => (i % 2 ? camel(p) : p));
      if (parts.at(-1) === "") parts.pop();
      const query = params.filter((p) => p.in === "query").map((p) => p.name);
      // Arrays are sent as repeated keys (form, explode) unless the spec says explode: false.
      const joined = params.filter((p) => p.in === "query" && p.explode === false).map((p) => p.name);
      const bodyTypes = Object.keys(resolve(op.requestBody)?.content ?? {});
      const success = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
      if (!success) throw new Error(`${op.operationId} has no 2xx response`);
      const content = resolve(success[1]).content ?? {};
      const mediaType = Object.keys(content)[0];
      const page = query.includes("after") && mediaType ? pageItemsKey(content[mediaType].schema, resolve) : undefined;
      out.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: parts,
        ...(bodyTypes.includes("multipart/form-data") ? { multipart: true } : {}),
        ...(mediaType ? {} : { empty: true }),
        ...(page ? { page } : {}),
        ...(joined.length ? { joined } : {}),
        // The success body holds a secret (a private key): kept out of every error the client builds.
        ...(op["x-versori-secret"] === true ? { secret: true } : {}),
      });
    }
  }
  return out;
}

export function renderOperations(document, name) {
  const ops = describeOperations(document);
  const table = `${camel(name.replace(/-/g, "_"))}Operations`;
  const lines = [
    "",
    "// One descriptor per operation of the spec, named after its operationId. `path` alternates",
    "// literal text and the camelCase name of a path parameter. `multipart` marks bodies that may",
    "// be a form (file uploads), `empty` answers without a body, `page` the array of a cursor page,",
    "// `joined` the query arrays sent comma-joined in one value (explode: false), `secret` a",
    "// success body that must never appear in an error.",
    "",
  ];
  for (const op of ops) {
    lines.push(`export const ${op.operationId} = ${JSON.stringify(op)} as const;`);
  }
  lines.push("", `/** Every operation of ${name}, keyed by method name (operationId, first letter lowercased). */`);
  lines.push(`export const ${table} = {`);
  for (const op of ops) lines.push(`  ${op.operationId[0].toLowerCase()}${op.operationId.slice(1)}: ${op.operationId},`);
  lines.push("} as const;", "");
  return lines.join("\n");
}
