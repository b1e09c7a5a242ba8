// Renders what the fake platform (versori-client/testing) reads of one spec at run time: every
// operation's path, parameters, body and answer schemas, success status and example, and the
// spec's schemas as one JSON Schema document (`$defs`) for Ajv. Derived here, at generate time,
// so the fake parses no YAML and the shipped module holds no descriptions or extensions.
import { eachOperation, resolver } from "./render-operations.mjs";

// Words a JSON Schema validator does not need: documentation, OpenAPI's own annotations, and
// examples (an answer's example is kept apart, where the fake uses it).
const DROP = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "xml", "discriminator", "deprecated"]);

/** A copy of a schema without documentation, its component $refs pointing into `$defs`. */
function lean(node) {
  if (Array.isArray(node)) return node.map(lean);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref") out.$ref = value.replace("#/components/schemas/", "#/$defs/");
    // Property names are data, not keywords: keep every one, lean each schema.
    else if (key === "properties" || key === "patternProperties" || key === "$defs") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, lean(schema)]));
    } else out[key] = lean(value);
  }
  return out;
}

/** The example of a media type: `example`, else the first of `examples`. */
function exampleOf(media, resolve) {
  if (!media) return undefined;
  if ("example" in media) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first ? resolve(first).value : undefined;
}

/** Every status's error `code`, from the examples of the spec's shared error answers. */
function errorCodes(document, resolve) {
  const codes = {};
  for (const { op } of eachOperation(document)) {
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      const code = exampleOf(resolve(response).content?.["application/json"], resolve)?.code;
      if (!/^2/.test(status) && typeof code === "string") codes[status] ??= code;
    }
  }
  return codes;
}

export function describeContract(document, spec) {
  const resolve = resolver(document);
  const operations = [];
  for (const { path, method, op, params: declared } of eachOperation(document)) {
    const params = declared.map((p) => ({
      name: p.name,
      in: p.in,
      ...(p.required ? { required: true } : {}),
      schema: lean(p.schema ?? {}),
    }));
    const requestBody = resolve(op.requestBody);
    const bodyType = Object.keys(requestBody?.content ?? {})[0];
    const statuses = Object.keys(op.responses).map(Number);
    const [status, success] = Object.entries(op.responses).find(([code]) => /^2/.test(code));
    const [type, media] = Object.entries(resolve(success).content ?? {})[0] ?? [];
    operations.push({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      params,
      ...(bodyType
        ? { body: { type: bodyType, required: requestBody.required === true, schema: lean(requestBody.content[bodyType].schema ?? {}) } }
        : {}),
      status: Number(status),
      ...(type ? { answer: { type, schema: lean(media.schema ?? {}), example: exampleOf(media, resolve) } } : {}),
      statuses,
      // Absent: the document's security applies; [] or [{}] among them: no credentials needed.
      ...(op.security ? { anonymous: op.security.some((s) => Object.keys(s).length === 0) } : {}),
      ...(op["x-versori-cursor"] ? { cursor: [op["x-versori-cursor"].request, op["x-versori-cursor"].response] } : {}),
    });
  }
  const formats = new Set();
  JSON.stringify(document, (key, value) => (key === "format" && typeof value === "string" && formats.add(value), value));
  return {
    basePath: new URL(spec.baseUrl).pathname,
    errorCodes: errorCodes(document, resolve),
    formats: [...formats].sort(),
    schemas: { $defs: lean(document.components?.schemas ?? {}) },
    operations,
  };
}

export function renderContract(document, spec) {
  const { schemas, operations, ...rest } = describeContract(document, spec);
  const name = spec.name.replace(/-(.)/g, (_, c) => c.toUpperCase());
  return [
    'import type { FakeContract } from "../src/testing/fake/contract.js";',
    "",
    "// What the fake platform (versori-client/testing) knows of this API: each operation's",
    "// parameters, body and answer schemas, success status and example, and the spec's schemas",
    "// under `$defs`, without documentation.",
    `export const ${name}Contract: FakeContract = {`,
    ...Object.entries(rest).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    // One line per schema and per operation, so that a change to the spec reads as a short diff.
    `  "schemas": { "$defs": {`,
    ...Object.entries(schemas.$defs).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    "  } },",
    `  "operations": [`,
    ...operations.map((op) => `    ${JSON.stringify(op)},`),
    "  ],",
    "};",
    "",
  ].join("\n");
}
