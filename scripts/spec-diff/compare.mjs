// Compares two versions of one OpenAPI document, operation by operation, for a user of the
// client: each operation is a client method (its operationId), so what matters is whether a call
// written against the old contract still compiles and still works against the new one.
// Every change has a level: breaking (needs a major version), minor (something added or relaxed),
// patch (descriptions, examples and other text only). Schemas: schema.mjs and fields.mjs; who may
// call: security.mjs; what the generator derives (paginators, secrets): generated.mjs.
import { isDeepStrictEqual } from "node:util";
import { METHODS, resolver } from "../render-operations.mjs";
import { compareFields } from "./fields.mjs";
import { compareGenerated } from "./generated.mjs";
import { follower } from "./refs.mjs";
import { flatten } from "./schema.mjs";
import { compareDocumentSecurity, compareSecurity } from "./security.mjs";

const isSuccess = (code) => /^2\d\d$/.test(code);
// Where a schema change sits: "request body", "request body field connector.name".
const within = (where, path) => (path === "" ? where : `${where} field ${path}`);

/** The operations of a document by operationId: { id, method, path, op, params, resolve }. */
function operations(document) {
  const resolve = resolver(document);
  const follow = follower(document);
  const out = new Map();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      // Operation parameters override path-level ones with the same name and place.
      const params = new Map();
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve)) params.set(`${p.in} ${p.name}`, p);
      const id = op.operationId ?? `${method.toUpperCase()} ${path}`;
      out.set(id, { id, method: method.toUpperCase(), path, op, shared: item.parameters, params, resolve, follow });
    }
  }
  return out;
}

// The local $refs written inside a node (not followed).
function refsIn(node, out = new Set()) {
  if (Array.isArray(node)) for (const n of node) refsIn(n, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) key === "$ref" && typeof value === "string" ? out.add(value) : refsIn(value, out);
  }
  return out;
}

// Whether two operations read the same, descriptions and examples included: the operation objects
// are equal and so is every component they reach. `same` caches component comparisons for a run.
function sameText(before, after, same) {
  if (!isDeepStrictEqual([before.shared, before.op], [after.shared, after.op])) return false;
  const queue = [...refsIn([before.shared, before.op])];
  const seen = new Set(queue);
  for (const ref of queue) {
    if (!same.has(ref)) same.set(ref, isDeepStrictEqual(before.resolve({ $ref: ref }), after.resolve({ $ref: ref })));
    if (!same.get(ref)) return false;
    for (const next of refsIn(before.resolve({ $ref: ref }))) if (!seen.has(next)) seen.add(next), queue.push(next);
  }
  return true;
}

function compareParameters(before, after, push) {
  for (const key of new Set([...before.params.keys(), ...after.params.keys()])) {
    const [old, now] = [before.params.get(key), after.params.get(key)];
    const where = `${key.split(" ")[0]} parameter ${key.split(" ")[1]}`;
    if (!old) push(now.required ? "breaking" : "minor", where, `added (${now.required ? "required" : "optional"})`);
    else if (!now) push("breaking", where, "removed");
    else {
      if (!!old.required !== !!now.required) push(now.required ? "breaking" : "minor", where, `made ${now.required ? "required" : "optional"}`);
      const [a, b] = [flatten(old.schema ?? {}, before.follow, "request"), flatten(now.schema ?? {}, after.follow, "request")];
      for (const c of compareFields(a, b, "request")) push(c.level, within(where, c.path), c.what);
    }
  }
}

// Request bodies or one response's content: media types that came or went, then the schema of
// each media type both sides have.
function compareContent(before, after, side, where, push) {
  const [old, now] = [before.node?.content ?? {}, after.node?.content ?? {}];
  const types = new Set([...Object.keys(old), ...Object.keys(now)]);
  const label = (type) => (Object.keys(old).length === 1 && Object.keys(now).length === 1 ? where : `${where} (${type})`);
  for (const type of types) {
    if (!old[type]) push(side === "request" ? "minor" : "breaking", where, `media type ${type} added`);
    else if (!now[type]) push(side === "request" ? "breaking" : "minor", where, `media type ${type} removed`);
    else {
      const a = flatten(old[type].schema ?? {}, before.follow, side);
      const b = flatten(now[type].schema ?? {}, after.follow, side);
      for (const c of compareFields(a, b, side)) push(c.level, within(label(type), c.path), c.what);
    }
  }
}

function compareRequestBody(before, after, push) {
  const [old, now] = [before.resolve(before.op.requestBody), after.resolve(after.op.requestBody)];
  if (!old && !now) return;
  if (!old) return push(now.required ? "breaking" : "minor", "request body", `added (${now.required ? "required" : "optional"})`);
  if (!now) return push("breaking", "request body", "removed");
  if (!!old.required !== !!now.required) push(now.required ? "breaking" : "minor", "request body", `made ${now.required ? "required" : "optional"}`);
  compareContent({ node: old, follow: before.follow }, { node: now, follow: after.follow }, "request", "request body", push);
}

function compareResponses(before, after, push) {
  const [old, now] = [before.op.responses ?? {}, after.op.responses ?? {}];
  const gone = Object.keys(old).filter((code) => !(code in now));
  const came = Object.keys(now).filter((code) => !(code in old));
  // One success status swapped for another reads better as one line.
  const [goneOk, cameOk] = [gone.filter(isSuccess), came.filter(isSuccess)];
  if (goneOk.length === 1 && cameOk.length === 1) {
    push("breaking", "responses", `success status ${goneOk[0]} -> ${cameOk[0]}`);
  } else {
    for (const code of goneOk) push("breaking", `response ${code}`, "removed");
    for (const code of cameOk) push("minor", `response ${code}`, "added");
  }
  for (const code of gone.filter((c) => !isSuccess(c))) push("minor", `response ${code}`, "no longer documented");
  for (const code of came.filter((c) => !isSuccess(c))) push("minor", `response ${code}`, "added (a new error status)");
  for (const code of Object.keys(old).filter((c) => c in now)) {
    const a = { node: before.resolve(old[code]), follow: before.follow };
    const b = { node: after.resolve(now[code]), follow: after.follow };
    const [had, has] = [Object.keys(a.node?.content ?? {}).length > 0, Object.keys(b.node?.content ?? {}).length > 0];
    if (had && !has) push("breaking", `response ${code}`, "no longer has a body");
    else if (!had && has) push("minor", `response ${code}`, "now has a body");
    else compareContent(a, b, "response", `response ${code}`, push);
  }
}

// An operation's own security replaces the document's; the document's is compared once, for
// every operation that has none of its own (see compareDocuments).
const ownSecurity = (entry) => entry.op.security !== undefined;
const security = (doc, entry) => ({ list: entry.op.security ?? doc.security ?? [], schemes: doc.components?.securitySchemes });

/**
 * @returns {{ operations: { id, method, path, status: "added"|"removed"|"changed", changes: { level, where, what }[] }[],
 *   document: { level, where, what }[], semver: "major"|"minor"|"patch" }}
 */
export function compareDocuments(oldDoc, newDoc) {
  const [before, after] = [operations(oldDoc), operations(newDoc)];
  const result = [];
  const same = new Map();
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const [old, now] = [before.get(id), after.get(id)];
    const entry = { id, method: (now ?? old).method, path: (now ?? old).path, changes: [] };
    const push = (level, where, what) => entry.changes.push({ level, where, what });
    if (!old) push("minor", "operation", "added"), (entry.status = "added");
    else if (!now) push("breaking", "operation", "removed, the client method goes away"), (entry.status = "removed");
    else {
      // Something differs; when it is none of the things below, it is text only.
      entry.status = "changed";
      if (old.method !== now.method || old.path !== now.path) push("breaking", "request", `moved from ${old.method} ${old.path}`);
      // The schemes an operation names may change without the operation's text changing.
      if (ownSecurity(old) || ownSecurity(now)) {
        for (const c of compareSecurity(security(oldDoc, old), security(newDoc, now))) push(c.level, "security", c.what);
      }
      const text = sameText(old, now, same);
      if (!text) {
        compareParameters(old, now, push);
        compareRequestBody(old, now, push);
        compareResponses(old, now, push);
        compareGenerated(oldDoc, newDoc, old, now, push);
      }
      if (!entry.changes.length && !text) push("patch", "documentation", "descriptions, examples or other text changed");
    }
    if (entry.changes.length) result.push(entry);
  }
  const document = [];
  const servers = (doc) => (doc.servers ?? []).map((s) => s.url).join(", ");
  if (servers(oldDoc) !== servers(newDoc)) {
    document.push({ level: "minor", where: "servers", what: `${servers(oldDoc) || "none"} -> ${servers(newDoc) || "none"}` });
  }
  // The document's security matters to operations that are on both sides and use it on both.
  const inherited = [...before].some(([id, o]) => after.has(id) && !ownSecurity(o) && !ownSecurity(after.get(id)));
  document.push(...compareDocumentSecurity(oldDoc, newDoc, [...before.values()].map((o) => o.op.security ?? []), inherited));
  if (!result.length && !document.length && !isDeepStrictEqual(oldDoc, newDoc)) {
    document.push({ level: "patch", where: "documentation", what: "descriptions, examples or other text changed" });
  }
  const levels = [...result.flatMap((o) => o.changes), ...document].map((c) => c.level);
  const semver = levels.includes("breaking") ? "major" : levels.includes("minor") ? "minor" : "patch";
  return { operations: result, document, semver };
}
