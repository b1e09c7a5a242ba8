// Holds openapi/embedded-v1.yaml and openapi/organisations-v1.yaml to the facts they must keep
// (every operation of the platform's published contracts: 31 and 32) and to the conventions the
// pipeline and the mock rely on: ULID path ids with a pattern, the shared error answers with
// examples, examples on every body, no discriminator for the mock's dynamic mode to trip on, the
// cursor pages the generator detects, and the marks for secrets and for the platform's plumbing.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";

type Node = Record<string, any>;
const repo = new URL("../../", import.meta.url);
const METHODS = ["get", "put", "post", "delete", "patch"];
const ULID_PATTERN = "^[0-7][0-9A-HJKMNP-TV-Z]{25}$";
const ANY_CREDENTIAL = [{ bearerAuth: [] }, { signingKeyJwt: [] }];

interface Facts {
  file: string;
  /** operationId -> "METHOD path success-status", as the platform defines them. */
  operations: Record<string, string>;
  /** Path parameters that are plain non-empty strings; every other one is a ULID. */
  stringIds: string[];
  /** Operations whose security differs from the document's (either credential). */
  security: Record<string, unknown>;
  /** operationId -> the array of items of its cursor page. */
  pages: Record<string, string>;
  plumbing: string[];
  secret: string[];
}

const FACTS: Record<string, Facts> = {
  embedded: {
    file: "openapi/embedded-v1.yaml",
    operations: {
      ListHubs: "GET /o/{organisation_id}/hubs 200",
      CreateHub: "POST /hubs 201",
      GetHub: "GET /hubs/{hub_id} 200",
      UpdateHubDetails: "PATCH /hubs/{hub_id} 200",
      DeleteHub: "DELETE /hubs/{hub_id} 204",
      CreateEndUser: "POST /hubs/{hub_id}/users 201",
      ListEndUsers: "GET /hubs/{hub_id}/users 200",
      GetEndUser: "GET /hubs/{hub_id}/users/{user_id} 200",
      DeleteEndUser: "DELETE /hubs/{hub_id}/users/{user_id} 204",
      CreateEndUserConnection: "POST /hubs/{hub_id}/users/{user_id}/connections 201",
      ListEndUserConnections: "GET /hubs/{hub_id}/users/{user_id}/connections 200",
      CreateIntegration: "POST /hubs/{hub_id}/integrations 200",
      ListIntegrations: "GET /hubs/{hub_id}/integrations 200",
      GetIntegration: "GET /integrations/{integration_id} 200",
      UpdateIntegration: "PATCH /integrations/{integration_id} 200",
      DeleteIntegration: "DELETE /integrations/{integration_id} 204",
      CreateHubConnectionTemplate: "POST /integrations/{integration_id}/connection-templates 200",
      ListIntegrationConnectionTemplates: "GET /integrations/{integration_id}/connection-templates 200",
      UpdateIntegrationMetadata: "PUT /integrations/{integration_id}/metadata 204",
      GetDynamicVariables: "GET /integrations/{integration_id}/users/{user_id}/variables 200",
      UpdateDynamicVariablesInternal: "PUT /integrations/{integration_id}/users/{user_id}/variables 204",
      GetEndUserConnection: "GET /connection-templates/{connection_template_id}/users/{user_id} 200",
      ListEndUserIntegrations: "GET /embed/{hub_id}/users/{user_id}/integrations 200",
      GetEmbeddedIntegration: "GET /embed/{hub_id}/users/{user_id}/integrations/{integration_id} 200",
      InitialiseOAuth2EmbeddedConnection: "POST /embed/{hub_id}/connector/{connector_id}/oauth2/initialise 200",
      ListEndUserActivations: "GET /embed/{hub_id}/users/{user_id}/activations 200",
      ActivateIntegration: "POST /activations 200",
      GetActivation: "GET /activations/{activation_id} 200",
      DeleteActivation: "DELETE /activations/{activation_id} 204",
      UpdateDynamicVariables: "PUT /activations/{activation_id}/variables 200",
      HealthCheck: "GET /healthz 200",
    },
    stringIds: ["user_id"],
    security: {},
    pages: {
      ListEndUsers: "users",
      ListEndUserConnections: "connections",
      ListIntegrations: "integrations",
      ListIntegrationConnectionTemplates: "connectionTemplates",
      ListEndUserActivations: "activations",
    },
    plumbing: ["UpdateIntegrationMetadata", "GetDynamicVariables", "UpdateDynamicVariablesInternal"],
    secret: [],
  },
  organisations: {
    file: "openapi/organisations-v1.yaml",
    operations: {
      GetPublicKey: "GET /keys/{id} 200",
      ListSigningKeys: "GET /organisations/{organisation_id}/keys 200",
      CreateSigningKey: "POST /organisations/{organisation_id}/keys 200",
      DeleteSigningKey: "DELETE /organisations/{organisation_id}/keys/{key_id} 204",
      GetActiveOrganisation: "GET /active-organisation 200",
      GetOrganisations: "GET /organisations 200",
      CreateOrganisation: "POST /organisations 201",
      GetOrganisation: "GET /organisations/{organisation_id} 200",
      SetActiveOrganisation: "PUT /organisations/{organisation_id}/active 200",
      GetMembers: "GET /organisations/{organisation_id}/members 200",
      GetMember: "GET /organisations/{organisation_id}/members/{member_id} 200",
      DeleteMember: "DELETE /organisations/{organisation_id}/members/{member_id} 204",
      CreateServiceAccount: "POST /organisations/{organisation_id}/service-accounts 201",
      GetServiceAccounts: "GET /organisations/{organisation_id}/service-accounts 200",
      GetServiceAccount: "GET /organisations/{organisation_id}/service-accounts/{service_account_id} 200",
      DeleteServiceAccount: "DELETE /organisations/{organisation_id}/service-accounts/{service_account_id} 204",
      CreateGroup: "POST /organisations/{organisation_id}/groups 201",
      GetGroups: "GET /organisations/{organisation_id}/groups 200",
      GetGroup: "GET /organisations/{organisation_id}/groups/{group_id} 200",
      DeleteGroup: "DELETE /organisations/{organisation_id}/groups/{group_id} 204",
      InviteMember: "POST /organisations/{organisation_id}/invitations 201",
      GetInvitations: "GET /organisations/{organisation_id}/invitations 200",
      DeleteInvitation: "DELETE /organisations/{organisation_id}/invitations/{invitation_id} 204",
      AcceptInvitation: "PUT /organisations/{organisation_id}/invitations/{invitation_id}/accept 204",
      ResendInvitation: "PUT /organisations/{organisation_id}/invitations/{invitation_id}/resend 200",
      GetBilling: "GET /organisations/{organisation_id}/billing 200",
      UpdateBillingDetails: "PUT /organisations/{organisation_id}/billing 204",
      GetInvoices: "GET /organisations/{organisation_id}/billing/invoices 200",
      UpdateSubscription: "PUT /organisations/{organisation_id}/billing/update-subscription 204",
      CreateCheckoutSession: "POST /organisations/{organisation_id}/billing/checkout-session 200",
      GetSlugAvailability: "GET /slug/{slug}/availability 200",
      BillingWebhooks: "POST /billing-webhooks 200",
    },
    stringIds: ["organisation_id", "member_id", "service_account_id", "group_id", "invitation_id", "slug"],
    // The public key is public (credentials optional); the billing provider authenticates its own way.
    security: { GetPublicKey: [{}, ...ANY_CREDENTIAL], BillingWebhooks: [] },
    pages: {},
    plumbing: ["BillingWebhooks"],
    secret: ["CreateSigningKey", "CreateServiceAccount", "GetServiceAccounts", "GetServiceAccount"],
  },
};

describe.each(Object.entries(FACTS))("%s", (_api, facts) => {
  const spec: Node = parse(readFileSync(new URL(facts.file, repo), "utf8"));
  const resolve = (node: any): any => {
    for (let depth = 0; node && typeof node.$ref === "string"; depth++) {
      if (depth > 50) throw new Error(`$ref loop at ${node.$ref}`);
      node = node.$ref.slice(2).split("/").reduce((n: any, key: string) => n?.[key], spec);
    }
    return node;
  };
  const operations = Object.entries<Node>(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({
      path,
      method: m.toUpperCase(),
      op: item[m] as Node,
      params: [...(item.parameters ?? []), ...(item[m].parameters ?? [])].map(resolve) as Node[],
    })),
  );
  const cases = operations.map((o) => [o.op.operationId as string, o] as const);

  test(`has exactly the ${Object.keys(facts.operations).length} operations of the platform's API, with their methods, paths and success statuses`, () => {
    const actual = Object.fromEntries(
      operations.map(({ op, method, path }) => {
        const success = Object.keys(op.responses).filter((s) => /^2\d\d$/.test(s));
        return [op.operationId, `${method} ${path} ${success.join(",")}`];
      }),
    );
    expect(actual).toEqual(facts.operations);
  });

  test("both credentials of the platform are accepted: an API key and a signing-key JWT", () => {
    expect(spec.security).toEqual(ANY_CREDENTIAL);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(spec.components.securitySchemes.signingKeyJwt).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    const own = Object.fromEntries(operations.filter(({ op }) => op.security).map(({ op }) => [op.operationId, op.security]));
    expect(own).toEqual(facts.security);
  });

  test("path ids are ULIDs checked by a pattern, except the ones the platform types as plain strings", () => {
    const pathParams = new Map(operations.flatMap(({ params }) => params.filter((p) => p.in === "path").map((p) => [p.name, p])));
    for (const [name, param] of pathParams) {
      const schema = resolve(param.schema);
      if (facts.stringIds.includes(name)) expect(schema, name).toEqual({ type: "string", minLength: 1 });
      else expect(schema.pattern, name).toBe(ULID_PATTERN);
      expect(param.example, name).toBeDefined();
    }
    expect(facts.stringIds.filter((name) => !pathParams.has(name))).toEqual([]);
    // Keywords the tools mishandle: `format: ulid` (unknown), `nullable` (not 3.1), `discriminator`.
    const found: string[] = [];
    JSON.stringify(spec, (key, value) => {
      if (key === "nullable" || key === "discriminator" || (key === "format" && value === "ulid")) found.push(key);
      return value;
    });
    expect(found).toEqual([]);
  });

  test.each(cases)("%s documents the shared errors with examples", (_, { op }) => {
    for (const status of ["400", "401", "403", "404", "429", "500"]) {
      const response = resolve(op.responses[status]);
      expect(response, status).toBeDefined();
      const media = response.content["application/json"];
      expect(resolve(media.schema)).toBe(spec.components.schemas.Error);
      expect(media.example.code, status).toEqual(expect.any(String));
      expect(media.example.message, status).toEqual(expect.any(String));
    }
  });

  test.each(cases)("%s has examples on its success answer and body", (_, { op }) => {
    const [, success] = Object.entries<Node>(op.responses).find(([s]) => /^2\d\d$/.test(s))!;
    const media = resolve(success).content?.["application/json"];
    if (media) expect(media.example).toBeDefined();
    else expect(Object.keys(op.responses)).toContain("204");
    if (op.requestBody) expect(resolve(op.requestBody).content["application/json"].example).toBeDefined();
  });

  test("the platform's plumbing and the answers holding secrets are marked", () => {
    const marked = (key: string) => operations.filter(({ op }) => op[key] === true).map(({ op }) => op.operationId as string);
    expect(marked("x-versori-plumbing").sort()).toEqual([...facts.plumbing].sort());
    expect(marked("x-versori-secret").sort()).toEqual([...facts.secret].sort());
  });

  test("the generator sees the cursor-paged lists, each with its array of items", () => {
    // The generator's own detection (scripts/render-operations.mjs), run on the spec as the pipeline runs it.
    const script = `
      import { readFileSync } from "node:fs";
      import { parse } from "yaml";
      import { describeOperations } from "./scripts/render-operations.mjs";
      const ops = describeOperations(parse(readFileSync(${JSON.stringify(facts.file)}, "utf8")));
      console.log(JSON.stringify(Object.fromEntries(ops.filter((o) => o.page).map((o) => [o.operationId, o.page]))));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repo, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(facts.pages);
    // Their page schemas carry the cursors (PageInfo), except ListIntegrations, whose answer has a
    // `total` and no cursor, as the platform defines it.
    for (const id of Object.keys(facts.pages).filter((id) => id !== "ListIntegrations")) {
      const { op } = operations.find((o) => o.op.operationId === id)!;
      const schema = resolve(op.responses["200"].content["application/json"].schema);
      expect(schema.allOf[0], id).toEqual({ $ref: "#/components/schemas/PageInfo" });
    }
  });
});

test("the table of operations marks exactly the plumbing operations", async () => {
  const { renderOperations, PLUMBING_MARK } = await import("../../scripts/operations-table.mjs");
  const { specs } = await import("../../scripts/specs.mjs");
  const START = "<!-- operations:start (generated by npm run generate) -->";
  const table: string = renderOperations(`${START}\n<!-- operations:end -->`, specs);
  const marked = table.split("\n").filter((row) => row.includes(PLUMBING_MARK)).map((row) => /`(\w+)`/.exec(row)![1]);
  const expected = Object.values(FACTS).flatMap((f) => f.plumbing.map((id) => id[0]!.toLowerCase() + id.slice(1)));
  expect(marked.sort()).toEqual(expected.sort());
});
