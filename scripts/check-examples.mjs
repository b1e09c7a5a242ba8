// Validates every example in the specs with Ajv, treating object schemas as closed. Redocly
// checks additionalProperties per allOf member only, so an extra property in an allOf-built
// example slips past it; Prism then serves that wrong example to users' tests.
// Usage: node scripts/check-examples.mjs [spec.yaml ...] (default: every spec of specs.mjs).
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";
import { specs } from "./specs.mjs";

// $id under which a spec's components.schemas are registered; never fetched (an http-style id
// because Ajv's URI library rejects short urn: ids).
const BASE = "https://spec.invalid/components.json";
const OPEN = new Set(["allOf", "oneOf", "anyOf", "not", "if", "then", "else", "dependentSchemas"]);
const CLOSED = new Set(["properties", "patternProperties", "additionalProperties", "items", "prefixItems",
  "contains", "propertyNames", "unevaluatedItems", "$defs"]);
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const esc = (s) => String(s).replaceAll("~", "~0").replaceAll("/", "~1");

// Copy of a schema with refs made absolute and `unevaluatedProperties: false` added where it is
// closed. Closed: the schema being validated, property/item schemas. Open: allOf/oneOf/anyOf
// members, so the properties they define count as evaluated by the closed schema above them (a
// $ref is open too: the closing sits beside it, and unevaluatedProperties sees through it).
function transform(schema, closed) {
  if (!isObj(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref") out.$ref = value.startsWith("#/components/schemas/") ? BASE + "#/$defs/" + value.slice(21) : value;
    else if (key === "example" || key === "examples" || key === "default" || key === "const" || key === "enum") out[key] = value;
    else if (OPEN.has(key) || CLOSED.has(key)) {
      const sub = (v) => transform(v, CLOSED.has(key));
      const mapped = key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas";
      out[key] = Array.isArray(value) ? value.map(sub) : mapped ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sub(v)])) : sub(value);
    } else out[key] = value;
  }
  if (closed && !("additionalProperties" in schema) && !("unevaluatedProperties" in schema)) out.unevaluatedProperties = false;
  return out;
}

// Every example of a document, as { pointer, schema, value }; `missing` gets bodies without one.
function collect(doc) {
  const found = [];
  const missing = [];
  const schemaExamples = (schema, ptr) => {
    if (!isObj(schema)) return;
    if (Array.isArray(schema.examples)) schema.examples.forEach((value, i) => found.push({ pointer: `${ptr}/examples/${i}`, schema, value }));
    if ("example" in schema) found.push({ pointer: `${ptr}/example`, schema, value: schema.example });
    for (const key of [...OPEN, ...CLOSED, "unevaluatedProperties"]) {
      const v = schema[key];
      if (Array.isArray(v)) v.forEach((s, i) => schemaExamples(s, `${ptr}/${key}/${i}`));
      else if (["properties", "patternProperties", "$defs", "dependentSchemas"].includes(key) && isObj(v)) {
        for (const [k, s] of Object.entries(v)) schemaExamples(s, `${ptr}/${key}/${esc(k)}`);
      } else schemaExamples(v, `${ptr}/${key}`);
    }
  };
  // A media type, parameter or header: `example`, `examples.*.value`, and its schema's examples.
  const holder = (obj, ptr, schema = obj.schema) => {
    if ("example" in obj) found.push({ pointer: `${ptr}/example`, schema, value: obj.example });
    for (const [name, ex] of Object.entries(obj.examples ?? {})) {
      const value = ex.$ref ? lookup(doc, ex.$ref)?.value : ex.value;
      if (value !== undefined) found.push({ pointer: `${ptr}/examples/${esc(name)}/value`, schema, value });
    }
    schemaExamples(obj.schema, `${ptr}/schema`);
  };
  const content = (obj, ptr, report) => {
    for (const [type, media] of Object.entries(obj?.content ?? {})) {
      holder(media, `${ptr}/content/${esc(type)}`);
      const json = /^application\/(.+\+)?json\b/.test(type);
      if (report && json && !("example" in media) && !media.examples) missing.push(`${ptr}/content/${esc(type)}`);
    }
  };
  const parameter = (p, ptr) => {
    if (!isObj(p) || p.$ref) return; // a referenced one is checked where it is defined
    holder(p, ptr);
    content(p, ptr, false);
  };
  const headers = (hs, ptr) => Object.entries(hs ?? {}).forEach(([n, h]) => parameter(h, `${ptr}/headers/${esc(n)}`));
  const response = (r, ptr, success) => {
    if (!isObj(r) || r.$ref) return;
    headers(r.headers, ptr);
    content(r, ptr, success);
  };
  const requestBody = (b, ptr) => isObj(b) && !b.$ref && content(b, ptr, true);
  const pathItem = (item, ptr) => {
    (item.parameters ?? []).forEach((p, i) => parameter(p, `${ptr}/parameters/${i}`));
    for (const m of METHODS.filter((m) => item[m])) {
      const op = item[m];
      const at = `${ptr}/${m}`;
      (op.parameters ?? []).forEach((p, i) => parameter(p, `${at}/parameters/${i}`));
      requestBody(op.requestBody, `${at}/requestBody`);
      for (const [code, r] of Object.entries(op.responses ?? {})) response(r, `${at}/responses/${code}`, /^2/.test(code));
    }
  };
  for (const group of ["paths", "webhooks"]) {
    for (const [path, item] of Object.entries(doc[group] ?? {})) pathItem(item, `/${group}/${esc(path)}`);
  }
  const c = doc.components ?? {};
  const each = (name, fn) => Object.entries(c[name] ?? {}).forEach(([k, v]) => fn(v, `/components/${name}/${esc(k)}`));
  each("schemas", schemaExamples);
  each("parameters", parameter);
  each("headers", (h, ptr) => parameter(h, ptr));
  each("responses", (r, ptr) => response(r, ptr, false));
  each("requestBodies", (b, ptr) => content(b, ptr, false));
  each("pathItems", pathItem);
  return { found, missing };
}

function lookup(doc, ref) {
  if (!ref.startsWith("#/")) return undefined;
  return ref.slice(2).split("/").reduce((o, k) => o?.[k.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
}

// Ajv for one document: formats from ajv-formats, any other format accepted, OpenAPI's own
// schema keywords (and x- extensions) known as annotations so strict mode still catches typos.
function makeAjv(doc) {
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false });
  addFormats(ajv);
  const keywords = new Set(["discriminator", "xml", "externalDocs", "example"]);
  const formats = new Set();
  JSON.stringify(doc, (key, value) => {
    if (key.startsWith("x-")) keywords.add(key);
    if (key === "format" && typeof value === "string") formats.add(value);
    return value;
  });
  ajv.addVocabulary([...keywords]);
  for (const f of formats) if (!ajv.formats[f]) ajv.addFormat(f, true);
  const defs = Object.fromEntries(Object.entries(doc.components?.schemas ?? {}).map(([k, s]) => [k, transform(s, false)]));
  ajv.addSchema({ $id: BASE, $defs: defs });
  return ajv;
}

/**
 * A strict check of values against the schemas of one spec document, objects closed as above:
 * `(schema, value) => errors` (Ajv's, empty when valid). Tests hold the fake platform's answers to it.
 */
export function closedValidator(doc) {
  const ajv = makeAjv(doc);
  const compiled = new Map();
  return (schema, value) => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile(transform(schema, true))));
    return validate(value) ? [] : validate.errors;
  };
}

// Checks one spec file; prints failures and returns { failures, total }.
export function checkSpec(file) {
  const doc = YAML.parse(readFileSync(file, "utf8"));
  const ajv = makeAjv(doc);
  const { found, missing } = collect(doc);
  let failures = 0;
  for (const { pointer, schema, value } of found) {
    const errors = [];
    if (schema === undefined) errors.push("example has no schema to check it against");
    else {
      try {
        const validate = ajv.compile(transform(schema, true));
        if (!validate(value)) {
          // A failed oneOf/anyOf drops its branches' annotations, so every property of that
          // object is then "unevaluated" too: those follow-on errors are left out.
          const failed = new Set(validate.errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath));
          for (const e of validate.errors) {
            if (e.keyword === "unevaluatedProperties" && failed.has(e.instancePath)) continue;
            const extra = e.params.unevaluatedProperty ?? e.params.additionalProperty;
            const line = `${pointer}${e.instancePath}: ${e.message}${extra ? ` '${extra}'` : ""}`;
            if (!errors.includes(line)) errors.push(line);
          }
        }
      } catch (err) {
        errors.push(`${pointer}: cannot compile the schema: ${err.message}`);
      }
    }
    if (errors.length) failures++;
    for (const line of errors) console.error(`${file}#${line.startsWith("/") ? line : `${pointer}: ${line}`}`);
  }
  for (const ptr of missing) console.log(`${file}#${ptr}: note: JSON body has no example`);
  console.log(`${file}: ${found.length} examples checked, ${failures} failed, ${missing.length} JSON bodies without an example`);
  return { failures, total: found.length };
}

export function checkExamples(files = specs.map((s) => s.file)) {
  let failed = 0;
  for (const file of files) failed += checkSpec(file).failures;
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  process.exit(checkExamples(args.length ? args : undefined));
}
