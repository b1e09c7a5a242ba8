// The client under MSW with openapi-msw handlers typed from the Connect contract: the handlers
// intercept the client's default fetch (no `fetch` option; the client looks globalThis.fetch up
// on every call, so a client created before server.listen() is intercepted too).
import { setupServer } from "msw/node";
import { createOpenApiHttp } from "openapi-msw";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  CONNECT_PRODUCTION_URL,
  createConnectClient,
  VersoriApiError,
  VersoriConnectionError,
  type ConnectPaths,
  type Connector,
} from "../../src/index.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
const CONNECTOR_PATH = "/o/{organisation_id}/connectors/{connector_id}";

const shopify: Connector = {
  id: CONNECTOR,
  organisationId: ORG,
  name: "Shopify",
  public: false,
  protocol: "http",
  baseUrl: "https://acme-store.myshopify.com/admin/api/2024-01",
  authSchemeConfigs: [],
  connections: [],
  versions: [],
  createdAt: "2024-03-01T09:30:00Z",
  updatedAt: "2024-03-02T10:00:00Z",
};

const http = createOpenApiHttp<ConnectPaths>({ baseUrl: CONNECT_PRODUCTION_URL });
const server = setupServer();
// Created before the server patches fetch: proves the lookup happens per call.
const connect = createConnectClient({ token: "test-token", maxRetries: 0 });

const realFetch = globalThis.fetch;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
// Gives the real fetch back (vitest also runs each test file in its own module environment).
afterAll(() => {
  server.close();
  expect(globalThis.fetch).toBe(realFetch);
});

describe("openapi-msw handlers and createConnectClient's default fetch", () => {
  test("a typed 200 handler answers getConnector", async () => {
    const seen: { params?: unknown; authorization?: string | null } = {};
    server.use(
      http.get(CONNECTOR_PATH, ({ params, request, response }) => {
        seen.params = params;
        seen.authorization = request.headers.get("authorization");
        return response(200).json(shopify);
      }),
    );
    const connector: Connector = await connect.getConnector({ organisationId: ORG, connectorId: CONNECTOR });
    expect(connector).toEqual(shopify);
    expect(seen).toEqual({ params: { organisation_id: ORG, connector_id: CONNECTOR }, authorization: "Bearer test-token" });
  });

  test("a 404 handler becomes a VersoriApiError", async () => {
    server.use(
      http.get(CONNECTOR_PATH, ({ params, response }) =>
        response(404).json({ code: "not_found", message: `Connector ${params.connector_id} was not found.` }),
      ),
    );
    const error = await connect.getConnector({ organisationId: ORG, connectorId: CONNECTOR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect(error).toMatchObject({
      status: 404,
      code: "not_found",
      message: `Connector ${CONNECTOR} was not found.`,
      body: { code: "not_found", message: `Connector ${CONNECTOR} was not found.` },
    });
  });

  test("a request no handler covers is refused, not sent to the network", async () => {
    const error = await connect.listCategories().catch((e: unknown) => e);
    // onUnhandledRequest: "error" makes fetch fail, as a network error would.
    expect(error).toBeInstanceOf(VersoriConnectionError);
  });
});

test("while the server listens, fetch is MSW's", () => {
  expect(globalThis.fetch).not.toBe(realFetch);
});
