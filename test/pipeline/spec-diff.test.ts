// spec:diff classifies each kind of contract change the way a client user meets it. A small base
// spec is written to a temporary folder, then one change of each kind is planted in a copy; the
// script runs as a child process, as `npm run spec:diff` does.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
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
    paths: {
      "/things": {
        get: {
          operationId: "ListThings",
          summary: "List things",
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
          responses: { "204": { description: "Deleted." } },
        },
      },
    },
    components: {
      schemas: {
        Status: { type: "string", enum: ["active", "archived", "draft"] },
        Thing: {
          type: "object",
          required: ["id", "name", "status", "colour"],
          properties: {
            id: { type: "string", readOnly: true },
            name: { type: "string", description: "What people call it.", example: "Lamp" },
            status: ref("Status"),
            colour: { type: "string" },
            size: { type: "integer" },
          },
        },
        ThingUpdate: {
          type: "object",
          required: ["name"],
          properties: { name: { type: "string" }, status: ref("Status"), size: { type: "integer" } },
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

describe("one planted change of each kind", () => {
  test.each(cases)("%s", (_, change, heading, line, semver) => {
    const run = planted(change);
    expect(run.stderr).toBe("");
    // The change's line sits in its operation's block: after the heading, before the next one.
    const start = run.lines.indexOf(heading);
    expect(start).toBeGreaterThan(0);
    const end = run.lines.findIndex((l, i) => i > start && !l.startsWith(" "));
    expect(run.lines.slice(start + 1, end)).toContain(line);
    expect(run.lines.at(-1)).toBe(`semver: ${semver}`);
    expect(run.status).toBe(semver === "major" ? 1 : 0);
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
