// Request bodies are checked against the spec's discriminated union: the protocol picks the
// variant and the fields it requires.
import { describe, expectTypeOf, test } from "vitest";
import { createConnectClient, type ConnectorUpdate } from "../../src/index.js";

const connect = createConnectClient({ token: "t" });
const ids = { organisationId: "o", connectorId: "c" };
const base = { id: "c", organisationId: "o", name: "Shopify" };

describe("updateConnector body", () => {
  test("valid variants compile", () => {
    void connect.updateConnector({ ...ids, body: { ...base, protocol: "http", baseUrl: "https://x" } });
    void connect.updateConnector({ ...ids, body: { ...base, protocol: "bigquery", datasetId: "p.d" } });
    expectTypeOf<Parameters<typeof connect.updateConnector>[0]["body"]>().toEqualTypeOf<ConnectorUpdate>();
  });

  test("an unknown protocol does not compile", () => {
    // @ts-expect-error "ftp" is not a ProtocolType
    void connect.updateConnector({ ...ids, body: { ...base, protocol: "ftp", baseUrl: "ftp://x" } });
  });

  test("an http body without baseUrl does not compile", () => {
    // @ts-expect-error baseUrl is required when protocol is "http"
    void connect.updateConnector({ ...ids, body: { ...base, protocol: "http" } });
  });

  test("a bigquery body without datasetId does not compile", () => {
    // @ts-expect-error datasetId is required when protocol is "bigquery"
    void connect.updateConnector({ ...ids, body: { ...base, protocol: "bigquery", baseUrl: "https://x" } });
  });

  test("the body is required", () => {
    // @ts-expect-error updateConnector has a required request body
    void connect.updateConnector(ids);
  });

  test("path parameters are required and must be strings", () => {
    // @ts-expect-error connectorId is missing
    void connect.getConnector({ organisationId: "o" });
    // @ts-expect-error connectorId must be a string
    void connect.getConnector({ organisationId: "o", connectorId: 42 });
  });

  test("query parameters are typed", () => {
    void connect.deleteConnector({ ...ids, query: { force: true } });
    // @ts-expect-error force is a boolean
    void connect.deleteConnector({ ...ids, query: { force: "yes" } });
  });
});
