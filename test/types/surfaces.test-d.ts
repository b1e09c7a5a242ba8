// Types of the second surfaces: withResponse resolves { data, response } with the method's data
// type; the path client is openapi-fetch's Client over our paths; isApiError narrows `body` to
// the schema the spec gives that operation and status.
import type { Client } from "openapi-fetch";
import { describe, expectTypeOf, test } from "vitest";
import {
  createConnectClient,
  createConnectFetchClient,
  createOrganisationsFetchClient,
  isApiError,
  type ConnectPaths,
  type Connector,
  type ErrorBody,
  type OrganisationsPaths,
  type VersoriApiError,
} from "../../src/index.js";

const connect = createConnectClient({ organisationId: "o" });

describe("withResponse", () => {
  test("resolves the method's data with a Response, same arguments", () => {
    expectTypeOf(connect.withResponse.getConnector).parameters.toEqualTypeOf<Parameters<typeof connect.getConnector>>();
    expectTypeOf(connect.withResponse.getConnector).returns.resolves.toEqualTypeOf<{ data: Connector; response: Response }>();
    expectTypeOf(connect.withResponse.deleteConnector).returns.resolves.toEqualTypeOf<{ data: void; response: Response }>();
    // @ts-expect-error connectorId is required here too
    void connect.withResponse.getConnector({});
  });
});

describe("path clients", () => {
  test("are openapi-fetch clients over each API's paths", () => {
    expectTypeOf(createConnectFetchClient()).toEqualTypeOf<Client<ConnectPaths>>();
    expectTypeOf(createOrganisationsFetchClient()).toEqualTypeOf<Client<OrganisationsPaths>>();
    const client = createConnectFetchClient();
    // @ts-expect-error not a path of the Connect API
    void client.GET("/hubs");
  });
});

describe("isApiError", () => {
  test("narrows body to the status's schema: the 412 of deleteDefinitions names the definition", () => {
    const error: unknown = undefined;
    if (isApiError(error, "deleteDefinitions", 412)) {
      expectTypeOf(error.status).toEqualTypeOf<412>();
      expectTypeOf(error.body.definition?.referencedBy).not.toBeAny();
      expectTypeOf(error.body.code).toEqualTypeOf<string>();
      expectTypeOf(error).toMatchTypeOf<VersoriApiError>();
    }
    if (isApiError(error, "getConnector", 404)) expectTypeOf(error.body).toEqualTypeOf<ErrorBody>();
  });

  test("only names methods and statuses the spec has", () => {
    // @ts-expect-error no such method
    void isApiError(undefined, "getWidget", 404);
    // @ts-expect-error getConnector documents no 412
    void isApiError(undefined, "getConnector", 412);
    // Methods of every API are known.
    void isApiError(undefined, "createSigningKey", 400);
    void isApiError(undefined, "listHubs", 404);
  });
});
