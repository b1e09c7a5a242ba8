// isApiError(error, method, status?) at run time: true only for a VersoriApiError of that
// operation (and status); the operation travels on the error as `operationId`.
import { describe, expect, test } from "vitest";
import { createConnectClient, isApiError, VersoriApiError, VersoriTimeoutError } from "../../src/index.js";
import { CONNECTOR, jsonResponse, ORG } from "../support/fake-fetch.js";

const referenced = {
  code: "precondition_failed",
  message: "Definition Order is still referenced",
  definition: { id: "01HQ4R7S8T9V0W1X2Y3Z4A5B6C", name: "Order", referencedBy: [{ type: "action", id: "a", name: "create-order" }] },
};

function client(status: number, body: unknown) {
  return createConnectClient({ baseUrl: "https://api.test", organisationId: ORG, maxRetries: 0, fetch: async () => jsonResponse(status, body) });
}

describe("isApiError", () => {
  test("matches the method and status, and the body is the spec's 412 body", async () => {
    const error = await client(412, referenced)
      .deleteDefinitions({ connectorId: CONNECTOR, version: "v1", body: { names: ["Order"] } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).operationId).toBe("DeleteDefinitions");
    expect(isApiError(error, "deleteDefinitions", 412)).toBe(true);
    expect(isApiError(error, "deleteDefinitions")).toBe(true);
    if (isApiError(error, "deleteDefinitions", 412)) expect(error.body.definition?.referencedBy[0]?.name).toBe("create-order");
  });

  test("another status, another method, or another error is not a match", async () => {
    const error = await client(404, { code: "not_found", message: "no" }).getConnector({ connectorId: CONNECTOR }).catch((e: unknown) => e);
    expect(isApiError(error, "getConnector", 404)).toBe(true);
    expect(isApiError(error, "getConnector", 500)).toBe(false);
    expect(isApiError(error, "deleteConnector", 404)).toBe(false);
    expect(isApiError(new VersoriTimeoutError({ method: "GET", url: "u", headers: {} }, 1), "getConnector")).toBe(false);
    expect(isApiError(new Error("x"), "getConnector")).toBe(false);
  });

  test("an invalid_response carries the operation too", async () => {
    const connect = createConnectClient({ baseUrl: "https://api.test", organisationId: ORG, fetch: async () => new Response("<html>") });
    const error = await connect.getConnector({ connectorId: CONNECTOR }).catch((e: unknown) => e);
    expect(isApiError(error, "getConnector", 200 as never)).toBe(true);
  });
});
