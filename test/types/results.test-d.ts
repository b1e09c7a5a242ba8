// What calls resolve with: the generated response types, narrowed by `protocol`; void for 204.
import { describe, expectTypeOf, test } from "vitest";
import { createConnectClient, type Connector, type ConnectorPage } from "../../src/index.js";

const connect = createConnectClient({ token: "t" });
const ids = { organisationId: "o", connectorId: "c" };
const body = { id: "c", organisationId: "o", name: "n", protocol: "http" as const, baseUrl: "https://x" };

describe("results", () => {
  test("updateConnector resolves a Connector that narrows on protocol", async () => {
    const r = await connect.updateConnector({ ...ids, body });
    expectTypeOf(r).toEqualTypeOf<Connector>();
    if (r.protocol === "http") {
      expectTypeOf(r.baseUrl).toEqualTypeOf<string>();
      // @ts-expect-error only BigQuery connectors have a datasetId
      void r.datasetId;
    } else {
      expectTypeOf(r.protocol).toEqualTypeOf<"bigquery">();
      expectTypeOf(r.datasetId).toEqualTypeOf<string>();
    }
  });

  test("deleteConnector and other 204 operations resolve void", () => {
    expectTypeOf(connect.deleteConnector).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(connect.updateConnectorTags).returns.resolves.toEqualTypeOf<void>();
  });

  test("listConnectors resolves a page; paginate yields its items", () => {
    expectTypeOf(connect.listConnectors).returns.resolves.toEqualTypeOf<ConnectorPage>();
    const items = connect.paginate.listConnectors({ organisationId: "o", pageSize: 2 });
    expectTypeOf(items).toMatchTypeOf<AsyncGenerator<Connector, void, undefined>>();
    expectTypeOf(items.pages()).toEqualTypeOf<AsyncGenerator<ConnectorPage, void, undefined>>();
  });

  test("paginate resumes from a saved cursor with a top-level after", () => {
    void connect.paginate.listConnectors({ organisationId: "o", after: "cursor" });
    // @ts-expect-error a cursor is a string
    void connect.paginate.listConnectors({ organisationId: "o", after: 3 });
  });

  test("paginate moves the cursors itself", () => {
    // @ts-expect-error `after` is the iterator's business inside `query` (resume with the top-level `after`)
    void connect.paginate.listConnectors({ organisationId: "o", query: { after: "cursor" } });
    void connect.paginate.listConnectors({ organisationId: "o", query: { name: "shop" } });
  });

  test("an unknown method is an error", () => {
    // @ts-expect-error no such operation
    void connect.createWidget;
    // @ts-expect-error no such paged list
    void connect.paginate.getConnector;
  });
});
