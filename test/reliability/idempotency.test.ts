// A POST may have done its work before the failure, so it is sent again only when the caller
// says it is safe (`idempotent: true`). PUT and DELETE are always safe to repeat.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, VersoriConnectionError } from "../../src/index.js";
import { settle, useFakeClock } from "../support/clock.js";
import { connector, ORG, update } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const body = { name: "Shopify", baseUrl: "https://api.shopify.com", authSchemeConfigs: [], connections: [] };

async function failingFirst(fail: "503" | "reset") {
  return startLoopback((seen, res) => {
    if (seen.n > 1) return json(res, 201, connector());
    if (fail === "503") return json(res, 503, { code: "unavailable", message: "try later" });
    res.socket?.destroy();
  });
}

describe("POST createHTTPConnector", () => {
  test.each(["503", "reset"] as const)("is not retried after a %s", async (fail) => {
    const server = await failingFirst(fail);
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG, maxRetries: 3 });
    const error = await connect.createHTTPConnector({ body }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(fail === "503" ? VersoriApiError : VersoriConnectionError);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: "POST", url: `/o/${ORG}/protocols/http/connectors` });
  });

  test.each(["503", "reset"] as const)("is retried after a %s with idempotent: true", async (fail) => {
    useFakeClock();
    const server = await failingFirst(fail);
    const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG, maxRetries: 3 });
    const outcome = await settle(connect.createHTTPConnector({ body, idempotent: true }));
    expect(outcome).toMatchObject({ ok: true, value: { protocol: "http" } });
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
    expect(server.requests[1]!.body.equals(server.requests[0]!.body)).toBe(true);
  });
});

test("idempotent: false does not make a PUT unsafe to retry", async () => {
  useFakeClock();
  const server = await failingFirst("503");
  const connect = createConnectClient({ baseUrl: server.url, organisationId: ORG });
  const outcome = await settle(connect.updateConnector({ connectorId: "c", body: update("c"), idempotent: false }));
  expect(outcome.ok).toBe(true);
  expect(server.requests.map((r) => r.method)).toEqual(["PUT", "PUT"]);
});
