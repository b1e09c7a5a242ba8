// Holds openapi/embedded-v1.yaml to the facts it must keep (the 23 operations of the platform's
// Embedded API) and to the conventions the pipeline and the mock rely on: ULID path ids with a
// pattern, the shared error answers with examples, examples on every body, no discriminator for
// the mock's dynamic mode to trip on, and the cursor pages the generator detects.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { expectExamples, expectSharedErrors } from "../support/spec-checks.js";

type Node = Record<string, any>;
const repo = new URL("../../", import.meta.url);
const spec: Node = parse(readFileSync(new URL("openapi/embedded-v1.yaml", repo), "utf8"));
const METHODS = ["get", "put", "post", "delete", "patch"];
const ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$";

function resolve(node: any): any {
  for (let depth = 0; node && typeof node.$ref === "string"; depth++) {
    if (depth > 50) throw new Error(`$ref loop at ${node.$ref}`);
    node = node.$ref.slice(2).split("/").reduce((n: any, key: string) => n?.[key], spec);
  }
  return node;
}

const operations = Object.entries<Node>(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({
    path,
    method: m.toUpperCase(),
    op: item[m] as Node,
    params: [...(item.parameters ?? []), ...(item[m].parameters ?? [])].map(resolve) as Node[],
  })),
);

// operationId -> "METHOD path, success status", as the platform defines them.
const EXPECTED: Record<string, string> = {
  ListHubs: "GET /o/{organisation_id}/hubs 200",
  CreateHub: "POST /hubs 201",
  GetHub: "GET /hubs/{hub_id} 200",
  CreateEndUser: "POST /hubs/{hub_id}/users 201",
  ListEndUsers: "GET /hubs/{hub_id}/users 200",
  GetEndUser: "GET /hubs/{hub_id}/users/{user_id} 200",
  CreateEndUserConnection: "POST /hubs/{hub_id}/users/{user_id}/connections 201",
  ListEndUserConnections: "GET /hubs/{hub_id}/users/{user_id}/connections 200",
  CreateIntegration: "POST /hubs/{hub_id}/integrations 200",
  ListIntegrations: "GET /hubs/{hub_id}/integrations 200",
  DeleteIntegration: "DELETE /integrations/{integration_id} 204",
  CreateHubConnectionTemplate: "POST /integrations/{integration_id}/connection-templates 200",
  ListIntegrationConnectionTemplates: "GET /integrations/{integration_id}/connection-templates 200",
  UpdateIntegrationMetadata: "PUT /integrations/{integration_id}/metadata 204",
  GetEndUserConnection: "GET /connection-templates/{connection_template_id}/users/{user_id} 200",
  ListEndUserIntegrations: "GET /embed/{hub_id}/users/{user_id}/integrations 200",
  GetEmbeddedIntegration: "GET /embed/{hub_id}/users/{user_id}/integrations/{integration_id} 200",
  InitialiseOAuth2EmbeddedConnection: "POST /embed/{hub_id}/connector/{connector_id}/oauth2/initialise 200",
  ListEndUserActivations: "GET /embed/{hub_id}/users/{user_id}/activations 200",
  ActivateIntegration: "POST /activations 200",
  GetActivation: "GET /activations/{activation_id} 200",
  DeleteActivation: "DELETE /activations/{activation_id} 204",
  HealthCheck: "GET /healthz 200",
};

test("the spec has exactly the 23 operations of the Embedded API, with their methods, paths and success statuses", () => {
  const actual = Object.fromEntries(
    operations.map(({ op, method, path }) => {
      const success = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
      return [op.operationId, `${method} ${path} ${success.join(",")}`];
    }),
  );
  expect(actual).toEqual(EXPECTED);
});

test("both credentials of the platform are accepted: an API key and a signing-key JWT", () => {
  expect(spec.security).toEqual([{ bearerAuth: [] }, { signingKeyJwt: [] }]);
  expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  expect(spec.components.securitySchemes.signingKeyJwt).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
  expect(operations.filter(({ op }) => op.security)).toEqual([]);
});

test("path ids are ULIDs checked by a pattern, except the user id, which may be an external one", () => {
  const pathParams = new Map(operations.flatMap(({ params }) => params.filter((p) => p.in === "path").map((p) => [p.name, p])));
  expect([...pathParams.keys()].sort()).toEqual(
    ["activation_id", "connection_template_id", "connector_id", "hub_id", "integration_id", "organisation_id", "user_id"],
  );
  for (const [name, param] of pathParams) {
    const schema = resolve(param.schema);
    if (name === "user_id") expect(schema).toEqual({ type: "string", minLength: 1 });
    else expect(schema.pattern, name).toBe(ULID_PATTERN);
    expect(param.example, name).toBeDefined();
  }
  // Keywords the tools mishandle: `format: ulid` (unknown), `nullable` (not 3.1), `discriminator`.
  const found: string[] = [];
  JSON.stringify(spec, (key, value) => {
    if (key === "nullable" || key === "discriminator" || (key === "format" && value === "ulid")) found.push(key);
    return value;
  });
  expect(found).toEqual([]);
});

describe("answers", () => {
  test.each(operations.map((o) => [o.op.operationId, o] as const))("%s documents the shared errors with examples", (_, { op }) => {
    expectSharedErrors(op, resolve, spec.components.schemas.Error);
  });

  test.each(operations.map((o) => [o.op.operationId, o] as const))("%s has examples on its success answer and body", (_, { op }) => {
    expectExamples(op, resolve, ["204"]);
  });
});

test("the generator sees the cursor-paged lists, each with its array of items", () => {
  // The generator's own detection (scripts/render-operations.mjs), run on the spec as the pipeline runs it.
  const script = `
    import { readFileSync } from "node:fs";
    import { parse } from "yaml";
    import { describeOperations } from "./scripts/render-operations.mjs";
    const ops = describeOperations(parse(readFileSync("openapi/embedded-v1.yaml", "utf8")));
    console.log(JSON.stringify(Object.fromEntries(ops.filter((o) => o.page).map((o) => [o.operationId, o.page]))));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repo, encoding: "utf8" });
  expect(run.stderr).toBe("");
  const pages = JSON.parse(run.stdout);
  expect(pages).toEqual({
    ListEndUsers: "users",
    ListEndUserConnections: "connections",
    ListIntegrations: "integrations",
    ListIntegrationConnectionTemplates: "connectionTemplates",
    ListEndUserActivations: "activations",
  });
  // Their page schemas carry the cursors (PageInfo), except ListIntegrations, whose answer has a
  // `total` and no cursor, as the platform defines it.
  for (const id of ["ListEndUsers", "ListEndUserConnections", "ListIntegrationConnectionTemplates", "ListEndUserActivations"]) {
    const op = operations.find((o) => o.op.operationId === id)!.op;
    const schema = resolve(op.responses["200"].content["application/json"].schema);
    expect(schema.allOf[0], id).toEqual({ $ref: "#/components/schemas/PageInfo" });
  }
});
