// Renders the operation table of one spec: for every operation, what the client needs at run
// time (method, path split into literal and parameter parts, multipart bodies, whether a body comes
// back, the array that holds a page's items and where its cursor travels). Types come from the
// openapi-typescript output.

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

/** The schema at a dotted path of properties (`selector.after`; `[-1]`: an array's items), through $refs and allOf. */
function schemaAt(schema, path, resolve) {
  for (const key of path) {
    schema = resolve(schema);
    if (key === "[-1]") {
      schema = schema?.type === "array" ? schema.items : undefined;
      if (!schema) return undefined;
      continue;
    }
    const parts = [schema, ...(schema?.allOf ?? []).map(resolve)];
    schema = parts.map((s) => s?.properties?.[key]).find(Boolean);
    if (!schema) return undefined;
  }
  return schema;
}

/**
 * Where a paged list's cursor goes and where its answer holds the next one, as
 * ["query.<name>" | "body.<path>", "<answer path>"]; undefined for the usual `after` / `next`.
 * Another style is declared in the spec (`x-versori-cursor`) and checked against it here.
 */
function cursorOf(op, query, body, answer, resolve) {
  const declared = op["x-versori-cursor"];
  if (!declared) return undefined;
  const { request, response } = declared;
  const [where, ...at] = String(request).split(".");
  const found = where === "query" ? at.length === 1 && query.includes(at[0]) : where === "body" && body && schemaAt(body, at, resolve);
  if (!found) throw new Error(`${op.operationId}: x-versori-cursor request ${request} is not a query parameter or body property`);
  if (!answer || !schemaAt(answer, String(response).split("."), resolve)) {
    throw new Error(`${op.operationId}: x-versori-cursor response ${response} is not in the answer`);
  }
  return [request, response];
}

const isTemplate = (segment) => /^\{[^}]+\}$/.test(segment);

/**
 * Values of a path parameter that would make another path of the spec (`/kv/{key}` with key
 * "batch" is `/kv/batch`): OpenAPI routes a concrete path first, so the call would reach another
 * operation. Values the parameter's pattern refuses anyway are left out.
 */
function reservedOf(path, params, document, resolve) {
  const mine = path.split("/");
  const out = {};
  for (const other of Object.keys(document.paths ?? {})) {
    const theirs = other.split("/");
    if (theirs.length !== mine.length) continue;
    const diff = mine.flatMap((seg, i) => (seg === theirs[i] || (isTemplate(seg) && isTemplate(theirs[i])) ? [] : [i]));
    if (diff.length !== 1 || !isTemplate(mine[diff[0]]) || theirs[diff[0]].includes("{")) continue;
    const name = mine[diff[0]].slice(1, -1);
    const pattern = resolve(params.find((p) => p.in === "path" && p.name === name)?.schema)?.pattern;
    if (pattern && !new RegExp(pattern, "u").test(theirs[diff[0]])) continue;
    (out[camel(name)] ??= []).push(theirs[diff[0]]);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Every operation of a document in path order, with its parameters (path-level ones first) resolved. */
export function* eachOperation(document) {
  const resolve = resolver(document);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) yield { path, method, op, params: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve) };
    }
  }
}

/** What the client needs at run time for one operation (as eachOperation gives it). */
export function describeOperation(document, { path, method, op, params }, resolve = resolver(document)) {
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
  const body = resolve(op.requestBody)?.content?.["application/json"]?.schema;
  const answer = mediaType ? content[mediaType].schema : undefined;
  const cursor = cursorOf(op, query, body, answer, resolve);
  // A declared cursor on an answer that is the array itself: the page is that array ("[]").
  const whole = cursor && resolve(answer)?.type === "array" ? "[]" : undefined;
  const page = whole ?? ((cursor || query.includes("after")) && answer ? pageItemsKey(answer, resolve) : undefined);
  if (cursor && !page) throw new Error(`${op.operationId}: x-versori-cursor on an answer without an array of items`);
  const reserved = reservedOf(path, params, document, resolve);
  return {
    operationId: op.operationId,
    method: method.toUpperCase(),
    path: parts,
    ...(bodyTypes.includes("multipart/form-data") ? { multipart: true } : {}),
    ...(mediaType ? {} : { empty: true }),
    ...(page ? { page } : {}),
    ...(cursor ? { cursor } : {}),
    ...(joined.length ? { joined } : {}),
    ...(reserved ? { reserved } : {}),
    // The success body holds a secret (a private key): kept out of every error the client builds.
    ...(op["x-versori-secret"] === true ? { secret: true } : {}),
  };
}

export function describeOperations(document) {
  const resolve = resolver(document);
  return [...eachOperation(document)].map((operation) => describeOperation(document, operation, resolve));
}

/**
 * A row of the whole table: operationId, method, the path parts joined with "|" (split again at
 * load), extras. "|" is not a URL character, so no path holds one; refused here in case a spec
 * ever does.
 */
function rowOf({ operationId, method, path, multipart, ...rest }) {
  if (path.some((part) => part.includes("|"))) throw new Error(`${operationId}: a path with "|" cannot go in the operation table`);
  const args = [operationId, method, path.join("|")].map((arg) => JSON.stringify(arg));
  const extras = Object.entries(rest).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  if (multipart) extras.unshift('"form":asMultipart');
  if (extras.length) args.push(`{${extras.join(",")}}`);
  return `[${args.join(", ")}]`;
}

/** A named descriptor: an object literal, as small as it gets in a bundle of a few operations. */
function literalOf({ multipart, ...op }) {
  const entries = Object.entries(op).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  if (multipart) entries.push('"form":asMultipart');
  return `{${entries.join(",")}}`;
}

export function renderOperations(document, name) {
  const ops = describeOperations(document);
  const table = `${camel(name.replace(/-/g, "_"))}Operations`;
  const lines = [
    'import { table } from "../src/core/descriptor.js";',
    "",
    "// One descriptor per operation of the spec, named after its operationId. `path` alternates",
    "// literal text and the camelCase name of a path parameter. `form` turns an upload's body into",
    "// a form (multipart/form-data), `empty` marks answers without a body, `page` the array of a",
    "// cursor page, `cursor` where its cursor goes and where the answer holds the next one (when not",
    "// `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:",
    "// false), `reserved` path values that would make another operation's path, `secret` a success",
    "// body that must never appear in an error.",
    "",
  ];
  // An upload's descriptor carries the multipart converter itself, so that only the bundles of
  // such operations pay for it.
  if (ops.some((op) => op.multipart)) lines.splice(1, 0, 'import { asMultipart } from "../src/core/multipart.js";');
  for (const op of ops) lines.push(`export const ${op.operationId} = ${literalOf(op)} as const;`);
  // The whole table does not name the descriptors above but repeats them as rows (operationId,
  // method, "|"-joined path, extras) that `table` builds at load: a client's bundle then carries
  // each operation once, in fewer bytes, without a variable per operation. Its type is theirs
  // (the type arguments); test/pipeline/operation-table.test.ts holds rows and literals equal.
  lines.push("", `/** Every operation of ${name}, keyed by method name (operationId, first letter lowercased). */`);
  lines.push(`export const ${table} = /* @__PURE__ */ table<[`);
  for (const op of ops) lines.push(`  typeof ${op.operationId},`);
  lines.push("]>(", ...ops.map((op) => `  ${rowOf(op)},`), ");", "");
  return lines.join("\n");
}
