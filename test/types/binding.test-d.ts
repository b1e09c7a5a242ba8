// `organisationId` may be left out only on a client created with one.
import { describe, expectTypeOf, test } from "vitest";
import { createConnectClient, type ConnectClientOptions } from "../../src/index.js";

describe("organisationId", () => {
  test("required on an unbound client", () => {
    const connect = createConnectClient({ token: "t" });
    // @ts-expect-error organisationId is required without a bound one
    void connect.getConnector({ connectorId: "c" });
    // @ts-expect-error ...for paginate too
    void connect.paginate.listConnectors({ pageSize: 2 });
    void connect.getConnector({ organisationId: "o", connectorId: "c" });
  });

  test("optional on a bound client, and still allowed", () => {
    const connect = createConnectClient({ organisationId: "o" });
    void connect.getConnector({ connectorId: "c" });
    void connect.getConnector({ organisationId: "other", connectorId: "c" });
    void connect.listConnectors();
    void connect.paginate.listConnectors({ pageSize: 2 });
    expectTypeOf(connect.getConnector).parameter(0).toHaveProperty("organisationId").toEqualTypeOf<string | undefined>();
  });

  test("options typed as ConnectClientOptions (maybe without an id) are not bound", () => {
    const options: ConnectClientOptions = { organisationId: "o" };
    const connect = createConnectClient(options);
    // @ts-expect-error the type cannot promise a bound organisation
    void connect.getConnector({ connectorId: "c" });
  });

  test("operations without organisationId are unaffected", () => {
    const connect = createConnectClient({ organisationId: "o" });
    void connect.listCategories();
    void connect.listPublicConnectors();
  });
});

describe("paginate arguments are required exactly when the method's are", () => {
  test("unbound: listConnectors needs organisationId, so its paginator needs an argument", () => {
    const connect = createConnectClient({ token: "t" });
    // @ts-expect-error no argument, but organisationId is required
    void connect.paginate.listConnectors();
    // @ts-expect-error connectorId is required
    void connect.paginate.listConnectorConnections({ organisationId: "o" });
    void connect.paginate.listConnectorConnections({ organisationId: "o", connectorId: "c" });
    // Nothing required: the argument may be left out, as for the method.
    void connect.paginate.listPublicConnectors();
  });

  test("bound: listConnectors may be called without an argument", () => {
    const connect = createConnectClient({ organisationId: "o" });
    void connect.paginate.listConnectors();
    // @ts-expect-error connectorId is still required
    void connect.paginate.listConnectorConnections();
  });
});
