// spec:diff classifies each kind of contract change the way a client user meets it. A small base
// spec is written to a temporary folder, then one change of each kind is planted in a copy; the
// script runs as a child process, as `npm run spec:diff` does.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import YAML from "yaml";
import { specs } from "../../scripts/specs.mjs";
import { git } from "../support/git.js";

const repo = resolve(import.meta.dirname, "../..");
const script = join(repo, "scripts/spec-diff.mjs");
const dir = mkdtempSync(join(tmpdir(), "versori-spec-diff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const diff = (args: string[], cwd = dir) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8" });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function base(): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "Fixture API", version: "1.0.0" },
    servers: [{ url: "https://api.example.invalid/v1" }],
    // Any caller with an API key or a signed JWT; two operations say otherwise.
    security: [{ bearerAuth: [] }, { signingKeyJwt: [] }],
    paths: {
      "/things": {
        get: {
          operationId: "ListThings",
          summary: "List things",
          security: [],
          parameters: [{ name: "name", in: "query", schema: { type: "string" } }],
          responses: { "200": { description: "The things.", ...json({ type: "array", items: ref("Thing") }) } },
        },
      },
      "/things/{thing_id}": {
        parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
        get: {
          operationId: "GetThing",
          summary: "Get a thing",
          responses: {
            "200": { description: "The thing.", ...json(ref("Thing")) },
            "404": { description: "No such thing.", ...json(ref("Error")) },
          },
        },
        put: {
          operationId: "UpdateThing",
          summary: "Update a thing",
          requestBody: { required: true, ...json(ref("ThingUpdate")) },
          responses: { "200": { description: "The updated thing.", ...json(ref("Thing")) } },
        },
        delete: {
          operationId: "DeleteThing",
          summary: "Delete a thing",
          security: [{ bearerAuth: [] }, { oauth: ["things:delete"] }],
          responses: { "204": { description: "Deleted." } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API key." },
        signingKeyJwt: { type: "apiKey", in: "header", name: "Authorization" },
        oauth: {
          type: "oauth2",
          flows: { clientCredentials: { tokenUrl: "https://auth.example.invalid/token", scopes: { "things:write": "Change things.", "things:delete": "Delete things." } } },
        },
      },
      schemas: {
        Status: { type: "string", enum: ["active", "archived", "draft"] },
        Thing: {
          type: "object",
          required: ["id", "name", "status", "colour"],
          properties: {
            id: { type: "string", readOnly: true },
            name: { type: "string", description: "What people call it.", example: "Lamp", maxLength: 50, pattern: "^[A-Za-z ]+$" },
            status: ref("Status"),
            colour: { type: "string" },
            size: { type: "integer", minimum: 1, maximum: 100 },
            tags: { type: "array", items: { type: "string" }, maxItems: 5 },
            shape: ref("Shape"),
            label: ref("Label"),
          },
        },
        ThingUpdate: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 50, pattern: "^[A-Za-z ]+$" },
            status: ref("Status"),
            size: { type: "integer", minimum: 1, maximum: 100 },
            weight: { type: "number", exclusiveMinimum: 0, multipleOf: 0.5 },
            tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 5 },
            shape: ref("Shape"),
            label: ref("Label"),
          },
        },
        // A discriminated union (mapping and a const on each branch) and an inline one.
        Shape: {
          oneOf: [ref("Circle"), ref("Square")],
          discriminator: { propertyName: "kind", mapping: { circle: "#/components/schemas/Circle", square: "#/components/schemas/Square" } },
        },
        Circle: { type: "object", required: ["kind", "radius"], properties: { kind: { type: "string", const: "circle" }, radius: { type: "number" } } },
        Square: { type: "object", required: ["kind", "side"], properties: { kind: { type: "string", const: "square" }, side: { type: "number" } } },
        Label: {
          oneOf: [
            { type: "string", maxLength: 20 },
            { type: "object", required: ["text"], properties: { text: { type: "string" }, lang: { type: "string" } } },
          ],
        },
        Error: { type: "object", required: ["code"], properties: { code: { type: "string" } } },
      },
    },
  };
}

let count = 0;
function write(doc: Doc): string {
  const file = join(dir, `spec-${++count}.yaml`);
  writeFileSync(file, YAML.stringify(doc));
  return file;
}
const baseFile = write(base());

function compared(before: Doc, after: Doc) {
  const run = diff([write(before), write(after)]);
  return { ...run, lines: run.stdout.trimEnd().split("\n") };
}

function planted(change: (doc: Doc) => void) {
  const doc = base();
  change(doc);
  const run = diff([baseFile, write(doc)]);
  return { ...run, lines: run.stdout.trimEnd().split("\n") };
}

const thing = (doc: Doc) => doc.components.schemas.Thing;
const update = (doc: Doc) => doc.components.schemas.ThingUpdate;
const item = (doc: Doc) => doc.paths["/things/{thing_id}"];

// [what is planted, the change, the operation's heading line, the change's line, semver]
const cases: [string, (doc: Doc) => void, string, string, "major" | "minor" | "patch"][] = [
  ["operation added", (d) => (d.paths["/things"].post = { operationId: "CreateThing", requestBody: json(ref("ThingUpdate")), responses: { "201": { description: "Made.", ...json(ref("Thing")) } } }),
    "+ CreateThing  POST /things", "    minor     operation: added", "minor"],
  ["operation removed", (d) => delete item(d).delete,
    "- DeleteThing  DELETE /things/{thing_id}", "    breaking  operation: removed, the client method goes away", "major"],
  ["path changed", (d) => ((d.paths["/items"] = d.paths["/things"]), delete d.paths["/things"]),
    "~ ListThings  GET /items", "    breaking  request: moved from GET /things", "major"],
  ["method changed", (d) => ((item(d).patch = item(d).put), delete item(d).put),
    "~ UpdateThing  PATCH /things/{thing_id}", "    breaking  request: moved from PUT /things/{thing_id}", "major"],
  ["required parameter added", (d) => d.paths["/things"].get.parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } }),
    "~ ListThings  GET /things", "    breaking  query parameter owner: added (required)", "major"],
  ["optional parameter added", (d) => d.paths["/things"].get.parameters.push({ name: "owner", in: "query", schema: { type: "string" } }),
    "~ ListThings  GET /things", "    minor     query parameter owner: added (optional)", "minor"],
  ["parameter removed", (d) => (d.paths["/things"].get.parameters = []),
    "~ ListThings  GET /things", "    breaking  query parameter name: removed", "major"],
  ["parameter made required", (d) => (d.paths["/things"].get.parameters[0].required = true),
    "~ ListThings  GET /things", "    breaking  query parameter name: made required", "major"],
  ["request field added as required", (d) => ((update(d).properties.colour = { type: "string" }), update(d).required.push("colour")),
    "~ UpdateThing  PUT /things/{thing_id}", "    breaking  request body field colour: added as required", "major"],
  ["request field added as optional", (d) => (update(d).properties.colour = { type: "string" }),
    "~ UpdateThing  PUT /things/{thing_id}", "    minor     request body field colour: added as optional", "minor"],
  ["request enum narrowed", (d) => (d.components.schemas.Status.enum = ["active", "archived"]),
    "~ UpdateThing  PUT /things/{thing_id}", `    breaking  request body field status: enum narrowed: -"draft"`, "major"],
  ["response field removed", (d) => (delete thing(d).properties.colour, thing(d).required.pop()),
    "~ GetThing  GET /things/{thing_id}", "    breaking  response 200 field colour: removed", "major"],
  ["response field made optional", (d) => thing(d).required.pop(),
    "~ GetThing  GET /things/{thing_id}", "    breaking  response 200 field colour: made optional", "major"],
  ["response field added", (d) => (thing(d).properties.weight = { type: "number" }),
    "~ GetThing  GET /things/{thing_id}", "    minor     response 200 field weight: added", "minor"],
  ["type changed", (d) => (thing(d).properties.size = { type: "string" }),
    "~ GetThing  GET /things/{thing_id}", "    breaking  response 200 field size: type changed: -integer +string", "major"],
  ["response made nullable", (d) => (thing(d).properties.size = { type: ["integer", "null"] }),
    "~ GetThing  GET /things/{thing_id}", "    breaking  response 200 field size: type changed: +null", "major"],
  ["success status changed", (d) => ((item(d).delete.responses = { "200": { description: "Deleted." } })),
    "~ DeleteThing  DELETE /things/{thing_id}", "    breaking  responses: success status 204 -> 200", "major"],
  ["error status added", (d) => (item(d).put.responses["409"] = { description: "Conflict.", ...json(ref("Error")) }),
    "~ UpdateThing  PUT /things/{thing_id}", "    minor     response 409: added (a new error status)", "minor"],
  ["description and example only", (d) => ((thing(d).properties.name.description = "Its name."), (thing(d).properties.name.example = "Desk")),
    "~ GetThing  GET /things/{thing_id}", "    patch     documentation: descriptions, examples or other text changed", "patch"],
];

type Case = [string, (doc: Doc) => void, string, string, "major" | "minor" | "patch"];
// [what is planted, the change, the field's part of the line, semver]
type ConstraintCase = [string, (doc: Doc) => void, string, "major" | "minor"];

// The change's line sits in its block (an operation's, or "  (document)"): after the heading,
// before the next heading; the last line is the semver and the exit status follows it.
function expectReported(run: ReturnType<typeof planted>, heading: string, line: string, semver: string) {
  expect(run.stderr).toBe("");
  const start = run.lines.indexOf(heading);
  expect(start, run.stdout).toBeGreaterThan(0);
  const end = run.lines.findIndex((l, i) => i > start && !l.startsWith(" "));
  expect(run.lines.slice(start + 1, end), run.stdout).toContain(line);
  expect(run.lines.at(-1), run.stdout).toBe(`semver: ${semver}`);
  expect(run.status).toBe(semver === "major" ? 1 : 0);
}

describe("one planted change of each kind", () => {
  test.each(cases)("%s", (_, change, heading, line, semver) => expectReported(planted(change), heading, line, semver));
});

const UPDATE = "~ UpdateThing  PUT /things/{thing_id}";
const GET = "~ GetThing  GET /things/{thing_id}";
const DELETE = "~ DeleteThing  DELETE /things/{thing_id}";
const DOCUMENT = "  (document)";
const TEXT_ONLY = "    patch     documentation: descriptions, examples or other text changed";

// Issue 18 item 4. A caller authenticates one way (an alternative of `security`); a change breaks
// them when no alternative is left that asks for no more than they send.
describe("security: removing a way to authenticate breaks its callers, adding one is minor", () => {
  const security: Case[] = [
    ["scheme removed from the API's security", (d) => (d.security = [{ bearerAuth: [] }]),
      DOCUMENT, "    breaking  API security: signingKeyJwt no longer accepted", "major"],
    ["scheme removed from one operation's security", (d) => (item(d).delete.security = [{ bearerAuth: [] }]),
      DELETE, "    breaking  security: oauth (things:delete) no longer accepted", "major"],
    ["scheme in use removed from components.securitySchemes", (d) => delete d.components.securitySchemes.signingKeyJwt,
      DOCUMENT, "    breaking  security scheme signingKeyJwt: removed from components.securitySchemes", "major"],
    ["scheme in use sent another way", (d) => (d.components.securitySchemes.signingKeyJwt.name = "X-Signed-Jwt"),
      DOCUMENT, "    breaking  API security: signingKeyJwt no longer accepted", "major"],
    ["two schemes now needed together", (d) => (d.security = [{ bearerAuth: [], signingKeyJwt: [] }]),
      DOCUMENT, "    breaking  API security: bearerAuth no longer accepted", "major"],
    ["one more OAuth scope needed", (d) => item(d).delete.security[1].oauth.push("things:write"),
      DELETE, "    breaking  security: oauth (things:delete) no longer accepted", "major"],
    ["credentials now needed by a public operation", (d) => delete d.paths["/things"].get.security,
      "~ ListThings  GET /things", "    breaking  security: calls without credentials no longer accepted", "major"],
    ["alternative scheme added to the API", (d) => d.security.push({ oauth: ["things:write"] }),
      DOCUMENT, "    minor     API security: oauth (things:write) now accepted", "minor"],
    ["alternative scheme added to one operation", (d) => item(d).delete.security.push({ signingKeyJwt: [] }),
      DELETE, "    minor     security: signingKeyJwt now accepted", "minor"],
    ["operation made public", (d) => (item(d).delete.security = []),
      DELETE, "    minor     security: calls without credentials now accepted", "minor"],
  ];
  test.each(security)("%s", (_, change, heading, line, semver) => expectReported(planted(change), heading, line, semver));

  test("a scheme renamed, sent the same way, changes nothing on the wire", () => {
    const run = planted((d) => {
      const schemes = d.components.securitySchemes;
      schemes.apiKey = schemes.bearerAuth;
      delete schemes.bearerAuth;
      for (const list of [d.security, item(d).delete.security]) list[0] = { apiKey: [] };
    });
    expect(run.stdout).not.toContain("security");
    expect(run.lines.at(-1)).toBe("semver: patch");
  });
});

// Issue 18 item 5. Request constraints are the caller's input: looser is minor, stricter breaks.
// Responses are the caller's input the other way round: a value the server could not send before
// (longer, larger, more items, any pattern) breaks code written for the old limits.
describe("constraints: their direction decides, and the side", () => {
  const field = (d: Doc, side: "request" | "response", name: string) =>
    (side === "request" ? update(d) : thing(d)).properties[name];
  const request: ConstraintCase[] = [
    ["maxLength raised", (d) => (field(d, "request", "name").maxLength = 100), "name: maxLength 50 -> 100 (relaxed)", "minor"],
    ["maxLength lowered", (d) => (field(d, "request", "name").maxLength = 20), "name: maxLength 50 -> 20 (tightened)", "major"],
    ["minLength removed", (d) => delete field(d, "request", "name").minLength, "name: minLength 1 -> none (relaxed)", "minor"],
    ["minLength raised", (d) => (field(d, "request", "name").minLength = 3), "name: minLength 1 -> 3 (tightened)", "major"],
    ["minimum lowered", (d) => (field(d, "request", "size").minimum = 0), "size: minimum 1 -> 0 (relaxed)", "minor"],
    ["minimum raised", (d) => (field(d, "request", "size").minimum = 5), "size: minimum 1 -> 5 (tightened)", "major"],
    ["maximum raised", (d) => (field(d, "request", "size").maximum = 200), "size: maximum 100 -> 200 (relaxed)", "minor"],
    ["maximum lowered", (d) => (field(d, "request", "size").maximum = 50), "size: maximum 100 -> 50 (tightened)", "major"],
    ["exclusiveMinimum made inclusive", (d) => { const w = field(d, "request", "weight"); delete w.exclusiveMinimum; w.minimum = 0; },
      "weight: exclusiveMinimum 0 -> minimum 0 (relaxed)", "minor"],
    ["minimum made exclusive", (d) => { const s = field(d, "request", "size"); delete s.minimum; s.exclusiveMinimum = 1; },
      "size: minimum 1 -> exclusiveMinimum 1 (tightened)", "major"],
    ["multipleOf a divisor", (d) => (field(d, "request", "weight").multipleOf = 0.25), "weight: multipleOf 0.5 -> 0.25 (relaxed)", "minor"],
    ["multipleOf a multiple", (d) => (field(d, "request", "weight").multipleOf = 1), "weight: multipleOf 0.5 -> 1 (tightened)", "major"],
    ["multipleOf neither", (d) => (field(d, "request", "weight").multipleOf = 0.3), "weight: multipleOf 0.5 -> 0.3 (changed)", "major"],
    ["maxItems raised", (d) => (field(d, "request", "tags").maxItems = 10), "tags: maxItems 5 -> 10 (relaxed)", "minor"],
    ["minItems raised", (d) => (field(d, "request", "tags").minItems = 2), "tags: minItems 1 -> 2 (tightened)", "major"],
    ["uniqueItems set", (d) => (field(d, "request", "tags").uniqueItems = true), "tags: uniqueItems none -> true (tightened)", "major"],
    ["pattern removed", (d) => delete field(d, "request", "name").pattern, `name: pattern "^[A-Za-z ]+$" -> none (relaxed)`, "minor"],
    ["pattern changed", (d) => (field(d, "request", "name").pattern = "^[a-z]+$"), `name: pattern "^[A-Za-z ]+$" -> "^[a-z]+$" (changed)`, "major"],
    ["format added", (d) => (field(d, "request", "name").format = "email"), `name: format none -> "email" (tightened)`, "major"],
  ];
  test.each(request)("request: %s", (_, change, line, semver) =>
    expectReported(planted(change), UPDATE, `    ${semver === "major" ? "breaking" : "minor   "}  request body field ${line}`, semver));

  const response: ConstraintCase[] = [
    ["maxLength raised", (d) => (field(d, "response", "name").maxLength = 100), "name: maxLength 50 -> 100 (relaxed)", "major"],
    ["maxLength lowered", (d) => (field(d, "response", "name").maxLength = 20), "name: maxLength 50 -> 20 (tightened)", "minor"],
    ["minimum lowered", (d) => (field(d, "response", "size").minimum = 0), "size: minimum 1 -> 0 (relaxed)", "major"],
    ["maximum lowered", (d) => (field(d, "response", "size").maximum = 50), "size: maximum 100 -> 50 (tightened)", "minor"],
    ["maxItems raised", (d) => (field(d, "response", "tags").maxItems = 10), "tags: maxItems 5 -> 10 (relaxed)", "major"],
    ["pattern removed", (d) => delete field(d, "response", "name").pattern, `name: pattern "^[A-Za-z ]+$" -> none (relaxed)`, "major"],
    ["format added", (d) => (field(d, "response", "name").format = "email"), `name: format none -> "email" (tightened)`, "minor"],
  ];
  test.each(response)("response: %s", (_, change, line, semver) =>
    expectReported(planted(change), GET, `    ${semver === "major" ? "breaking" : "minor   "}  response 200 field ${line}`, semver));
});

// Issue 18 item 6. A closed object refuses fields it accepted before: breaking in a request.
// Responses: callers ignore fields they do not know (a response field added is minor), so opening
// or closing a response object is minor.
describe("closing and opening objects", () => {
  const closed = (d: Doc) => (update(d).additionalProperties = false);
  const body = (d: Doc) => item(d).put.requestBody.content["application/json"];
  const cases: Case[] = [
    ["request object closed (additionalProperties absent -> false)", closed,
      UPDATE, "    breaking  request body: additionalProperties true -> false (tightened)", "major"],
    ["request object closed (additionalProperties true -> false)", (d) => ((update(d).additionalProperties = true), closed(d)),
      UPDATE, "    breaking  request body: additionalProperties true -> false (tightened)", "major"],
    ["request object limited to string values", (d) => (update(d).additionalProperties = { type: "string" }),
      UPDATE, "    breaking  request body: additionalProperties true -> a schema (tightened)", "major"],
    ["request body schema becomes false", (d) => (body(d).schema = false),
      UPDATE, "    breaking  request body: no value is valid any more (schema false)", "major"],
    ["request body schema becomes {not: {}}", (d) => (body(d).schema = { not: {} }),
      UPDATE, "    breaking  request body: no value is valid any more (schema false)", "major"],
    ["request field becomes false", (d) => (update(d).properties.size = false),
      UPDATE, "    breaking  request body field size: no value is valid any more (schema false)", "major"],
    ["response object closed", (d) => (thing(d).additionalProperties = false),
      GET, "    minor     response 200: additionalProperties true -> false (tightened)", "minor"],
  ];
  test.each(cases)("%s", (_, change, heading, line, semver) => expectReported(planted(change), heading, line, semver));

  test("request and response objects opened again: minor", () => {
    const before = base();
    update(before).additionalProperties = false;
    thing(before).additionalProperties = false;
    const run = compared(before, base());
    expectReported(run, UPDATE, "    minor     request body: additionalProperties false -> true (relaxed)", "minor");
    expectReported(run, GET, "    minor     response 200: additionalProperties false -> true (relaxed)", "minor");
  });
});

// Issue 18 item 14. A branch of a oneOf is known by what tells it apart on the wire (its
// discriminating value, else its shape), not by its schema's name or its place in the list.
describe("oneOf branches are matched by their discriminating value or shape", () => {
  const renameCircle = (d: Doc) => {
    const schemas = d.components.schemas;
    schemas.Round = schemas.Circle;
    delete schemas.Circle;
    schemas.Shape.oneOf[0] = ref("Round");
    schemas.Shape.discriminator.mapping.circle = "#/components/schemas/Round";
  };
  const unchanged: [string, (doc: Doc) => void][] = [
    ["a discriminated branch's schema renamed", renameCircle],
    ["discriminated branches reordered", (d) => d.components.schemas.Shape.oneOf.reverse()],
    ["inline branches reordered", (d) => d.components.schemas.Label.oneOf.reverse()],
  ];
  test.each(unchanged)("%s: text only", (_, change) => {
    const run = planted(change);
    expect(run.stdout).not.toContain("oneOf");
    expect(run.stdout).not.toContain("breaking");
    expect(run.lines.at(-1)).toBe("semver: patch");
  });

  test("a branch renamed where only a const tells them apart: text only", () => {
    const before = base();
    delete before.components.schemas.Shape.discriminator;
    const after = base();
    renameCircle(after);
    delete after.components.schemas.Shape.discriminator;
    const run = compared(before, after);
    expect(run.stdout).not.toContain("oneOf");
    expect(run.stdout).not.toContain("breaking");
    expect(run.lines.at(-1)).toBe("semver: patch");
  });

  const changed: Case[] = [
    ["a discriminated branch removed: named by its value", (d) => d.components.schemas.Shape.oneOf.pop(),
      UPDATE, `    breaking  request body field shape: oneOf branches changed: -kind=square`, "major"],
    ["a change inside a branch: reported in the branch", (d) => (d.components.schemas.Circle.properties.radius = { type: "string" }),
      UPDATE, "    breaking  request body field shape<kind=circle>.radius: type changed: -number +string", "major"],
    ["an inline branch's constraint: reported in the branch", (d) => (d.components.schemas.Label.oneOf[0].maxLength = 10),
      UPDATE, "    breaking  request body field label<string>: maxLength 20 -> 10 (tightened)", "major"],
    ["a required field added to an inline response branch: compared inside it", (d) => d.components.schemas.Label.oneOf[1].required.push("lang"),
      GET, "    minor     response 200 field label<object{text}>.lang: made required", "major"],
  ];
  test.each(changed)("%s", (_, change, heading, line, semver) => expectReported(planted(change), heading, line, semver));
});

// Issue 18 item 16. In the generated types an enum is a union of literal types, so code that
// compares a response value with one of them stops compiling when the value is removed.
describe("a response enum losing a value", () => {
  const narrowed = (d: Doc) => (thing(d).properties.status = { type: "string", enum: ["active", "archived"] });

  test("is breaking", () => {
    expectReported(planted(narrowed), GET, `    breaking  response 200 field status: enum narrowed: -"draft"`, "major");
  });

  test("stops code written for the old values compiling (TS2678 in a switch, TS2367 in a comparison)", async () => {
    const caller = `
type Thing = paths["/things/{thing_id}"]["get"]["responses"][200]["content"]["application/json"];
export function describeStatus(thing: Thing): string {
  switch (thing.status) {
    case "active": return "in use";
    case "draft": return "not yet published";
    default: return "other";
  }
}
export const isDraft = (thing: Thing) => thing.status === "draft";
`;
    // The types `npm run generate` would write for each version, with the caller's code below them.
    const program = async (doc: Doc, name: string, old?: ts.Program) => {
      const file = join(dir, `${name}.ts`);
      writeFileSync(file, `${astToString(await openapiTS(doc, { silent: true }))}\n${caller}`);
      const options = { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ["lib.es2022.d.ts"] };
      return ts.createProgram([file], options, undefined, old);
    };
    const codes = (p: ts.Program) => ts.getPreEmitDiagnostics(p).map((d) => d.code);
    const before = await program(base(), "caller-old");
    expect(codes(before)).toEqual([]);
    const doc = base();
    narrowed(doc);
    expect(codes(await program(doc, "caller-new", before)).sort()).toEqual([2367, 2678]);
  });
});

// Issue 18 item 15. OpenAPI 3.1 applies the keywords written beside a $ref together with it.
describe("keywords beside a $ref", () => {
  test("a required field added through a $ref with readOnly beside it is no field of the request", () => {
    const run = planted((d) => {
      d.components.schemas.Ulid = { type: "string", pattern: "^[0-9A-Z]{26}$" };
      update(d).properties.id = { ...ref("Ulid"), readOnly: true };
      update(d).required.push("id");
    });
    expect(run.stdout).not.toContain("request body field id");
    expect(run.lines).toContain(TEXT_ONLY);
    expect(run.lines.at(-1)).toBe("semver: patch");
  });

  test("readOnly beside a $ref to an alias is found one reference down", () => {
    const run = planted((d) => {
      d.components.schemas.Ulid = { type: "string" };
      d.components.schemas.ThingId = { ...ref("Ulid"), readOnly: true };
      update(d).properties.id = ref("ThingId");
      update(d).required.push("id");
    });
    expect(run.stdout).not.toContain("request body field id");
    expect(run.lines.at(-1)).toBe("semver: patch");
  });

  test("an enum beside a $ref narrows it", () => {
    const run = planted((d) => (update(d).properties.status = { ...ref("Status"), enum: ["active", "archived"] }));
    expectReported(run, UPDATE, `    breaking  request body field status: enum narrowed: -"draft"`, "major");
  });
});

test("a required readOnly field is no field of the request: adding one breaks no caller", () => {
  const run = planted((d) => ((update(d).properties.id = { type: "string", readOnly: true }), update(d).required.push("id")));
  expect(run.stdout).not.toContain("request body field id");
  expect(run.lines).toContain("    patch     documentation: descriptions, examples or other text changed");
  expect(run.lines.at(-1)).toBe("semver: patch");
  expect(run.status).toBe(0);
});

test("the same spec twice: no change, semver patch, exit 0", () => {
  const run = diff([baseFile, baseFile]);
  expect(run.stdout).toBe(`${baseFile} -> ${baseFile}\n  no change\nsemver: patch\n`);
  expect(run.status).toBe(0);
});

test("--markdown and --json carry the same classification", () => {
  const doc = base();
  delete item(doc).delete;
  const changed = write(doc);
  const md = diff(["--markdown", baseFile, changed]);
  expect(md.stdout).toContain("- **DeleteThing** `DELETE /things/{thing_id}`: removed, the client method goes away (breaking)");
  expect(md.stdout.trimEnd().split("\n").at(-1)).toBe("semver: major");
  expect(md.status).toBe(1);
  const js = diff(["--json", baseFile, changed]);
  const report = JSON.parse(js.stdout);
  expect(report.semver).toBe("major");
  expect(report.specs[0].result.operations[0]).toMatchObject({ id: "DeleteThing", status: "removed" });
});

test("bad arguments and unreadable inputs exit 2 with a reason", () => {
  expect(diff([baseFile]).status).toBe(2);
  expect(diff(["--nope", baseFile, baseFile]).stderr).toContain("unknown option --nope");
  const missing = diff([baseFile, join(dir, "missing.yaml")]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("missing.yaml");
  expect(diff(["--help"]).stdout).toContain("git:REF:PATH");
});

describe("git: inputs read the committed version", () => {
  test("git:REF:PATH and git:REF against the working copy, and a tag", () => {
    const work = join(dir, "repo");
    mkdirSync(join(work, "api"), { recursive: true });
    git(work, "init", "-q");
    writeFileSync(join(work, "api/spec.yaml"), YAML.stringify(base()));
    git(work, "add", ".");
    git(work, "commit", "-q", "-m", "base");
    git(work, "tag", "v1.0.0");
    const doc = base();
    doc.paths["/things"].get.parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } });
    writeFileSync(join(work, "api/spec.yaml"), YAML.stringify(doc));

    const full = diff(["git:HEAD:api/spec.yaml", "api/spec.yaml"], work);
    expect(full.stdout.split("\n")[0]).toBe("git:HEAD:api/spec.yaml -> api/spec.yaml");
    expect(full.stdout).toContain("    breaking  query parameter owner: added (required)");
    expect(full.status).toBe(1);

    const short = diff(["git:v1.0.0", "api/spec.yaml"], work);
    expect(short.stdout.split("\n")[0]).toBe("git:v1.0.0:api/spec.yaml -> api/spec.yaml");
    expect(short.status).toBe(1);

    git(work, "commit", "-q", "-am", "owner");
    expect(diff(["git:HEAD~1", "git:HEAD:api/spec.yaml"], work).status).toBe(1);
    expect(diff(["git:HEAD", "api/spec.yaml"], work).stdout).toContain("no change");
    expect(diff(["git:no-such-ref", "api/spec.yaml"], work).stderr).toContain("no-such-ref is not a commit");
    const typo = diff(["git:HEAD:api/nope.yaml", "api/spec.yaml"], work);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("api/nope.yaml is not in HEAD");
  });

  test("--base REF compares every spec of specs.mjs with its committed version; one REF lacks is all new", () => {
    const work = join(dir, "project");
    mkdirSync(work);
    cpSync(join(repo, "openapi"), join(work, "openapi"), { recursive: true });
    const added = specs.at(-1)!;
    git(work, "init", "-q");
    git(work, "add", ".");
    git(work, "rm", "-q", "--cached", added.file);
    git(work, "commit", "-q", "-m", "specs");
    const file = join(work, "openapi/connect-v1.yaml");
    const doc = YAML.parse(git(work, "show", "HEAD:openapi/connect-v1.yaml"));
    delete doc.paths["/categories"];
    writeFileSync(file, YAML.stringify(doc));

    const run = diff(["--base", "HEAD", "--markdown"], work);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("### connect-v1: major");
    expect(run.stdout).toContain(`### ${added.name}: minor`);
    expect(run.stdout).toMatch(/`: added \(minor\)$/m);
    expect(run.stdout).toContain("- **ListCategories** `GET /categories`: removed, the client method goes away (breaking)");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("semver: major");
    expect(run.status).toBe(1);
  });
});

// Issue 24 item 6. TypeScript sees `number` for both, and every integer is a number: a request
// that takes any number where it took integers, or a response that sends only integers where it
// sent numbers, keeps every caller working. The other directions break.
describe("integer and number: an integer is a number", () => {
  const size = (d: Doc, side: "request" | "response") => (side === "request" ? update(d) : thing(d)).properties.size;
  const asNumber = (side: "request" | "response") => (d: Doc) => (size(d, side).type = "number");
  test("request integer -> number: minor", () =>
    expectReported(planted(asNumber("request")), UPDATE, "    minor     request body field size: type changed: -integer +number", "minor"));
  test("response integer -> number: breaking", () =>
    expectReported(planted(asNumber("response")), GET, "    breaking  response 200 field size: type changed: -integer +number", "major"));
  test("request number -> integer: breaking", () => {
    const before = base();
    asNumber("request")(before);
    expectReported(compared(before, base()), UPDATE, "    breaking  request body field size: type changed: -number +integer", "major");
  });
  test("response number -> integer: minor", () => {
    const before = base();
    asNumber("response")(before);
    expectReported(compared(before, base()), GET, "    minor     response 200 field size: type changed: -number +integer", "minor");
  });
  test("a query parameter integer -> number, and a nullable integer -> number: minor", () => {
    const before = base();
    before.paths["/things"].get.parameters[0].schema = { type: ["integer", "null"] };
    const after = base();
    after.paths["/things"].get.parameters[0].schema = { type: "number" };
    const run = compared(before, after);
    expectReported(run, "~ ListThings  GET /things", "    breaking  query parameter name: type changed: -integer -null +number", "major");
    after.paths["/things"].get.parameters[0].schema = { type: ["number", "null"] };
    expectReported(compared(before, after), "~ ListThings  GET /things", "    minor     query parameter name: type changed: -integer +number", "minor");
  });
});

// Issue 24 item 5. How a scheme is sent is what counts: `bearerFormat` is documentation, and an
// HTTP auth scheme's name is case-insensitive (RFC 9110), as is a header's name.
describe("security edits that send nothing differently: patch", () => {
  test.each<[string, (d: Doc) => void]>([
    ["bearerFormat added", (d) => (d.components.securitySchemes.bearerAuth.bearerFormat = "JWT")],
    ["scheme: bearer written Bearer", (d) => (d.components.securitySchemes.bearerAuth.scheme = "Bearer")],
    ["an apiKey header's name in another case", (d) => (d.components.securitySchemes.signingKeyJwt.name = "authorization")],
  ])("%s", (_, change) => {
    const run = planted(change);
    expect(run.stdout).not.toContain("security");
    expect(run.lines.at(-1)).toBe("semver: patch");
    expect(run.status).toBe(0);
  });

  test("a cookie's or query parameter's name in another case is another name: breaking", () => {
    const before = base();
    before.components.securitySchemes.signingKeyJwt = { type: "apiKey", in: "query", name: "token" };
    const after = base();
    after.components.securitySchemes.signingKeyJwt = { type: "apiKey", in: "query", name: "Token" };
    expectReported(compared(before, after), DOCUMENT, "    breaking  security scheme signingKeyJwt: sent another way", "major");
  });

  test("another HTTP scheme (bearer -> basic) still breaks", () =>
    expectReported(planted((d) => (d.components.securitySchemes.bearerAuth.scheme = "basic")), DOCUMENT, "    breaking  security scheme bearerAuth: sent another way", "major"));
});

// Issue 24 item 4. What the generator makes of an operation beyond its types is compared too:
// its paginator (`paginate.x`, from an `after` query parameter or `x-versori-cursor`), where that
// paginator's cursor travels, and whether the answer is kept out of errors (`x-versori-secret`).
describe("what the generator derives from an operation: paginators, cursors, secrets", () => {
  const LIST = "~ ListThings  GET /things";
  const SEARCH = "~ SearchThings  POST /search";
  const page = (cursor: string) => ({ type: "object", properties: { items: { type: "array", items: ref("Thing") }, [cursor]: { type: "string" } } });
  /** ListThings paged by `after` (the usual style); SearchThings with its cursor in the body, as the Platform's ListKV. */
  function paged(): Doc {
    const doc = base();
    const list = doc.paths["/things"].get;
    list.parameters.push({ name: "after", in: "query", schema: { type: "string" } });
    list.responses["200"] = { description: "A page.", ...json({ ...page("next"), properties: { ...page("next").properties, nextToken: { type: "string" } } }) };
    const selector = { type: "object", properties: { after: { type: "string" }, from: { type: "string" } } };
    doc.paths["/search"] = {
      post: {
        operationId: "SearchThings",
        "x-versori-cursor": { request: "body.selector.after", response: "pagination.nextCursor" },
        requestBody: json({ type: "object", properties: { selector } }),
        responses: {
          "200": { description: "Found.", ...json({ type: "object", properties: { items: page("x").properties.items, pagination: { type: "object", properties: { nextCursor: { type: "string" }, cursor: { type: "string" } } } } }) },
        },
      },
    };
    return doc;
  }
  const search = (d: Doc) => d.paths["/search"].post;
  const cases: Case[] = [
    ["x-versori-cursor removed from a list without `after`: its paginator goes", (d) => delete search(d)["x-versori-cursor"],
      SEARCH, "    breaking  paginate.searchThings: removed (code that uses it stops compiling)", "major"],
    ["the cursor's request place moved", (d) => (search(d)["x-versori-cursor"].request = "body.selector.from"),
      SEARCH, "    breaking  paginate.searchThings: cursor moved: sent as body.selector.after, read from pagination.nextCursor -> sent as body.selector.from, read from pagination.nextCursor", "major"],
    ["the cursor's answer place moved", (d) => (search(d)["x-versori-cursor"].response = "pagination.cursor"),
      SEARCH, "    breaking  paginate.searchThings: cursor moved: sent as body.selector.after, read from pagination.nextCursor -> sent as body.selector.after, read from pagination.cursor", "major"],
    ["x-versori-cursor added to a list that takes `after`", (d) => (d.paths["/things"].get["x-versori-cursor"] = { request: "query.after", response: "nextToken" }),
      LIST, "    breaking  paginate.listThings: cursor moved: sent as query.after, read from next -> sent as query.after, read from nextToken", "major"],
    ["`after` removed from a list: its paginator goes", (d) => d.paths["/things"].get.parameters.pop(),
      LIST, "    breaking  paginate.listThings: removed (code that uses it stops compiling)", "major"],
    ["the answer's array of items renamed", (d) => {
      const schema = d.paths["/things"].get.responses["200"].content["application/json"].schema;
      schema.properties = { things: schema.properties.items, next: schema.properties.next };
    }, LIST, "    breaking  paginate.listThings: items read from items -> things", "major"],
    ["x-versori-secret removed", (d) => (search(d)["x-versori-secret"] = undefined),
      SEARCH, "    breaking  errors: the answer is no longer kept out of errors (x-versori-secret removed)", "major"],
  ];
  test.each(cases)("%s", (_, change, heading, line, semver) => {
    const before = paged();
    search(before)["x-versori-secret"] = true;
    const after = paged();
    search(after)["x-versori-secret"] = true;
    change(after);
    expectReported(compared(before, after), heading, line, semver);
  });

  test("gaining a paginator (x-versori-cursor, or an `after` parameter) or a secret mark: minor", () => {
    const before = paged();
    delete search(before)["x-versori-cursor"];
    before.paths["/things"].get.parameters.pop();
    const after = paged();
    search(after)["x-versori-secret"] = true;
    const run = compared(before, after);
    expectReported(run, SEARCH, "    minor     paginate.searchThings: added", "minor");
    expectReported(run, SEARCH, "    minor     errors: the answer is kept out of errors (x-versori-secret)", "minor");
    expectReported(run, LIST, "    minor     paginate.listThings: added", "minor");
    expectReported(run, LIST, "    minor     query parameter after: added (optional)", "minor");
  });

  test("x-versori-plumbing (the operations guide marks the operation) is documentation", () => {
    const after = paged();
    search(after)["x-versori-plumbing"] = true;
    expectReported(compared(paged(), after), SEARCH, "    patch     documentation: marked as the platform's plumbing in the operations guide", "patch");
  });

  test("the real ListKV: x-versori-cursor removed drops paginate.listKV, breaking", () => {
    const doc = YAML.parse(readFileSync(join(repo, "openapi/platform-v2.yaml"), "utf8"));
    const op = Object.values(doc.paths as Record<string, Record<string, Doc>>).flatMap((item) => Object.values(item)).find((o) => o?.operationId === "ListKV");
    delete op["x-versori-cursor"];
    const run = diff([join(repo, "openapi/platform-v2.yaml"), write(doc)]);
    expect(run.stdout).toContain("    breaking  paginate.listKV: removed (code that uses it stops compiling)");
    expect(run.status).toBe(1);
  });
});

// Issue 28: a response field that goes away breaks the code that reads it, whatever it was.
describe("a removed response field", () => {
  test.each<[string, (d: Doc) => void, string, string]>([
    ["required, at the top", (d) => (delete thing(d).properties.colour, thing(d).required.pop()), GET, "response 200 field colour"],
    ["optional", (d) => delete thing(d).properties.size, GET, "response 200 field size"],
    ["inside each item of a list", (d) => delete thing(d).properties.size, "~ ListThings  GET /things", "response 200 field [].size"],
    ["inside a oneOf branch", (d) => delete d.components.schemas.Circle.properties.radius, GET, "response 200 field shape<kind=circle>.radius"],
  ])("%s: breaking, reported once", (_, change, heading, where) => {
    const run = planted(change);
    expectReported(run, heading, `    breaking  ${where}: removed`, "major");
    const start = run.lines.indexOf(heading);
    const end = run.lines.findIndex((l, i) => i > start && !l.startsWith(" "));
    expect(run.lines.slice(start + 1, end).filter((l) => l.includes(`${where}`)), run.stdout).toHaveLength(1);
  });
});
