// The Response kept on a VersoriApiError can still be read by the caller: the client has read
// the body already, so the error carries a copy of the answer with the same status, headers and text.
import { expect, test } from "vitest";
import { createConnectClient, VersoriApiError } from "../../src/index.js";
import { CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

async function apiError(promise: Promise<unknown>): Promise<VersoriApiError> {
  const error = await promise.then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VersoriApiError);
  return error as VersoriApiError;
}

test("error.response.json() and .text() work on an error answer", async () => {
  const body = { code: "not_found", message: "no such connector", details: "gone" };
  const srv = await startLoopback((_, res) => json(res, 404, body, { "x-request-id": "req-1" }));
  const error = await apiError(createConnectClient({ baseUrl: srv.url }).getConnector(ids));
  expect(error.response.status).toBe(404);
  expect(error.response.headers.get("x-request-id")).toBe("req-1");
  expect(error.response.bodyUsed).toBe(false);
  await expect(error.response.clone().text()).resolves.toBe(JSON.stringify(body));
  await expect(error.response.json()).resolves.toEqual(body);
});

test("error.response.text() works on an invalid_response", async () => {
  const srv = await startLoopback((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>"));
  const error = await apiError(createConnectClient({ baseUrl: srv.url }).getConnector(ids));
  expect(error.code).toBe("invalid_response");
  await expect(error.response.text()).resolves.toBe("<html>login</html>");
});

test("an error answer without a body keeps a readable, empty response", async () => {
  const srv = await startLoopback((_, res) => res.writeHead(401).end());
  const error = await apiError(createConnectClient({ baseUrl: srv.url }).getConnector(ids));
  expect(error.response.status).toBe(401);
  await expect(error.response.text()).resolves.toBe("");
});
