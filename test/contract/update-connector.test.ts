// UpdateConnector against the Prism mock, through the public API only. Expected answers are
// read from the spec, so the test follows the examples as they change.
import { describe, expect, expectTypeOf, inject, test } from "vitest";
import {
  createConnectClient,
  VersoriApiError,
  type BigQueryConnectorUpdate,
  type Connector,
  type HTTPConnectorUpdate,
  type VersoriErrorBody,
} from "../../src/index.js";
import { errorStatuses, recorder, resolve, responseExample, specOperation } from "./spec.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
const op = specOperation("UpdateConnector");
const ok = responseExample(op, 200) as Connector;

const httpBody = {
  id: CONNECTOR,
  organisationId: ORG,
  name: "Shopify",
  protocol: "http",
  baseUrl: "https://api.shopify.com/admin/2024-04",
  tags: { team: ["payments"], env: ["production"] },
  authSchemeConfigIds: ["01HQ3A2G7PC9E3M5X8Z0AD6F4H"],
  public: false,
  documentationURL: "https://shopify.dev/docs/api/admin-rest",
  imageURL: "https://cdn.versori.com/connectors/shopify.svg",
  connectionVariables: [{ name: "shopDomain", value: "acme-store.myshopify.com" }],
} satisfies HTTPConnectorUpdate;

const bigQueryBody = {
  id: "01HQ5D3X9K2M4P6R8T0V2W4Y6Z",
  organisationId: ORG,
  name: "Acme Sales Warehouse",
  protocol: "bigquery",
  datasetId: "acme_sales",
  tags: { team: ["analytics"] },
  public: false,
  documentationURL: "https://docs.acme-erp.com/warehouse",
} satisfies BigQueryConnectorUpdate;

function client(options: { token?: string; authScheme?: "Bearer" | "JWT" } = { token: "demo-api-key" }) {
  const rec = recorder();
  return { connect: createConnectClient({ baseUrl: inject("prismUrl"), fetch: rec.fetch, ...options }), rec };
}

/** What the mock should send for a status: the example body and the X-Request-Id example. */
function expectedError(status: number) {
  const body = responseExample(op, status) as VersoriErrorBody;
  const requestId = resolve(resolve(op.op.responses[status])?.headers?.["X-Request-Id"])?.example;
  return { body, requestId };
}

function expectApiError(error: unknown, status: number): asserts error is VersoriApiError {
  expect(error).toBeInstanceOf(VersoriApiError);
  const { body, requestId } = expectedError(status);
  const e = error as VersoriApiError;
  expect({ status: e.status, code: e.code, message: e.message }).toEqual({
    status,
    code: body.code,
    message: body.message,
  });
  expect((e.body as VersoriErrorBody).message).toBe(body.message);
  expect(e.fields).toEqual(body.fields ?? []);
  expect(e.details).toBe(body.details);
  if (requestId !== undefined) expect(e.requestId).toBe(requestId);
}

describe("updateConnector against the mock", () => {
  test.each([
    ["http", httpBody],
    ["bigquery", bigQueryBody],
  ] as const)("a %s body is accepted and answers the typed connector", async (_, body) => {
    const { connect, rec } = client();
    const updated = await connect.updateConnector({ organisationId: ORG, connectorId: body.id, body });

    expectTypeOf(updated).toEqualTypeOf<Connector>();
    // The mock serves the spec's 200 example whatever the body.
    expect(updated).toEqual(ok);
    expect(rec.violations()).toEqual([]);
    expect(rec.responses.map((r) => r.status)).toEqual([200]);

    const [sent] = rec.requests;
    expect(sent?.method).toBe("PUT");
    expect(new URL(sent!.url).pathname).toBe(`/o/${ORG}/connectors/${body.id}`);
    expect(await sent!.json()).toEqual(body);

    // Narrowing on the discriminator reaches the variant's own fields.
    switch (updated.protocol) {
      case "http":
        expectTypeOf(updated.baseUrl).toEqualTypeOf<string>();
        expect(updated.baseUrl).toMatch(/^https:\/\//);
        break;
      case "bigquery":
        expectTypeOf(updated.datasetId).toEqualTypeOf<string>();
        expect(updated.datasetId).not.toBe("");
        break;
      default:
        expectTypeOf(updated).toBeNever();
    }
    expect(updated).toMatchObject({ id: ok.id, organisationId: ok.organisationId, name: ok.name, protocol: ok.protocol });
    expect(Array.isArray(updated.authSchemeConfigs)).toBe(true);
    expect(Date.parse(updated.updatedAt)).not.toBeNaN();
  });

  test("without a token: 401 with the spec's Unauthorized example", async () => {
    const { connect } = client({});
    const error = await connect.updateConnector({ organisationId: ORG, connectorId: CONNECTOR, body: httpBody }).catch((e: unknown) => e);
    expectApiError(error, 401);
  });

  test.each(errorStatuses(op))("Prefer: code=%i gives a VersoriApiError equal to the spec's example", async (status) => {
    const { connect, rec } = client();
    const error = await connect
      .updateConnector({
        organisationId: ORG,
        connectorId: CONNECTOR,
        body: httpBody,
        headers: { Prefer: `code=${status}` },
        maxRetries: 0, // 429/500 would otherwise be retried with backoff.
      })
      .catch((e: unknown) => e);
    expectApiError(error, status);
    expect(rec.violations()).toEqual([]);
    expect(rec.responses).toHaveLength(1);
  });

  test("a malformed connector id is refused by the mock", async () => {
    const { connect } = client();
    const error = await connect
      .updateConnector({ organisationId: ORG, connectorId: "not-a-ulid", body: httpBody, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    const e = error as VersoriApiError;
    expect(e.status).toBeGreaterThanOrEqual(400);
    expect(e.status).toBeLessThan(500);
    expect(e.response.headers.get("sl-violations")).toContain("connector_id");
  });

  test("a signing-key JWT (authScheme JWT) passes the security check", async () => {
    const { connect, rec } = client({ token: "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl", authScheme: "JWT" });
    const updated = await connect.updateConnector({ organisationId: ORG, connectorId: CONNECTOR, body: httpBody });
    expect(updated).toEqual(ok);
    expect(rec.requests[0]?.headers.get("authorization")).toMatch(/^JWT eyJ/);
    expect(rec.violations()).toEqual([]);
  });
});
