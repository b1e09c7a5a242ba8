// openapi-msw handlers typed from ConnectPaths: a response that breaks the contract, a status
// the operation does not have, or a path the API does not have, are compile errors.
import { createOpenApiHttp } from "openapi-msw";
import { expectTypeOf, test } from "vitest";
import { CONNECT_PRODUCTION_URL, type ConnectPaths, type Connector } from "../../src/index.js";

const http = createOpenApiHttp<ConnectPaths>({ baseUrl: CONNECT_PRODUCTION_URL });
declare const connector: Connector;

test("handlers are checked against the Connect contract", () => {
  http.get("/o/{organisation_id}/connectors/{connector_id}", ({ params, response }) => {
    expectTypeOf(params).toEqualTypeOf<{ organisation_id: string; connector_id: string }>();
    return response(200).json(connector);
  });

  http.get("/o/{organisation_id}/connectors/{connector_id}", ({ response }) =>
    // @ts-expect-error name must be a string
    response(200).json({ ...connector, name: 42 }),
  );

  http.get("/o/{organisation_id}/connectors/{connector_id}", ({ response }) =>
    // @ts-expect-error an error body needs code and message
    response(404).json({ error: "not found" }),
  );

  http.get("/o/{organisation_id}/connectors/{connector_id}", ({ response }) =>
    // @ts-expect-error GetConnector has no 418 answer
    response(418).json({ code: "teapot", message: "no" }),
  );

  // @ts-expect-error the Connect API has no such path
  http.get("/o/{organisation_id}/widgets", () => new Response());
});
