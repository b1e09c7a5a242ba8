// How answers become errors or results: every non-2xx is a VersoriApiError carrying what the
// platform said, and a 2xx that breaks the contract is `invalid_response`, never a SyntaxError.
import { describe, expect, test } from "vitest";
import { createConnectClient, VersoriApiError, VersoriError } from "../../src/index.js";
import { CONNECTOR, jsonResponse, ORG, recordingFetch, type Answer } from "../support/fake-fetch.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

function clientAnswering(answer: Answer) {
  const rec = recordingFetch(answer);
  return { connect: createConnectClient({ baseUrl: "https://api.test/v1", token: "t", fetch: rec.fetch, maxRetries: 0 }), ...rec };
}

async function rejection(promise: Promise<unknown>): Promise<VersoriApiError> {
  const error = await promise.then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VersoriApiError);
  expect(error).toBeInstanceOf(VersoriError);
  return error as VersoriApiError;
}

describe("error answers", () => {
  test("a JSON error body fills status, code, message, fields, details, requestId, response and body", async () => {
    const body = {
      code: "validation_failed",
      message: "name is required",
      fields: [{ field: "name", message: "must not be empty" }],
      details: "see docs",
    };
    const { connect } = clientAnswering(() => jsonResponse(400, body, { "X-Request-Id": "req-123" }));
    const error = await rejection(connect.getConnector(ids));
    expect(error.status).toBe(400);
    expect(error.code).toBe("validation_failed");
    expect(error.message).toContain("name is required");
    expect(error.fields).toEqual(body.fields);
    expect(error.details).toBe("see docs");
    expect(error.requestId).toBe("req-123");
    expect(error.body).toEqual(body);
    expect(error.response).toBeInstanceOf(Response);
    expect(error.response.status).toBe(400);
    expect(error.request.method).toBe("GET");
    expect(error.request.url).toBe(`https://api.test/v1/o/${ORG}/connectors/${CONNECTOR}`);
  });

  test("a JSON error without fields or details leaves fields empty and details undefined", async () => {
    const { connect } = clientAnswering(() => jsonResponse(404, { code: "not_found", message: "no such connector" }));
    const error = await rejection(connect.getConnector(ids));
    expect(error).toMatchObject({ status: 404, code: "not_found", fields: [], details: undefined, requestId: undefined });
  });

  test.each([
    ["HTML from a proxy", "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", 502],
    ["plain text", "text/plain", "upstream connect error", 503],
    ["JSON without code/message", "application/json", '{"error":"boom"}', 500],
  ])("a non-platform error body (%s) keeps the status and the text", async (_, type, text, status) => {
    const { connect } = clientAnswering(() => new Response(text, { status, headers: { "content-type": type } }));
    const error = await rejection(connect.getConnector(ids));
    expect(error.status).toBe(status);
    expect(error.code).toBe(`http_${status}`);
    expect(error.message).toContain(text.includes("{") ? "boom" : text);
  });

  test("an empty error body still gives a VersoriApiError with the status", async () => {
    const { connect } = clientAnswering(() => new Response(null, { status: 401, statusText: "Unauthorized" }));
    const error = await rejection(connect.getConnector(ids));
    expect(error.status).toBe(401);
    expect(error.code).toBe("http_401");
    expect(error.message).toContain("Unauthorized");
  });

  test("a long text body is cut in the message but kept whole in body", async () => {
    const text = "x".repeat(5000);
    const { connect } = clientAnswering(() => new Response(text, { status: 500 }));
    const error = await rejection(connect.getConnector(ids));
    expect(error.message.length).toBeLessThan(400);
    expect(error.body).toBe(text);
  });
});

describe("2xx answers that break the contract", () => {
  test.each([
    ["HTML", "text/html", "<!doctype html><html>login</html>"],
    ["truncated JSON", "application/json", '{"id":"01HQ3A1F6NB8D2K4W7Y9ZC5E3G","na'],
    ["an empty body", "application/json", ""],
  ])("%s where a body is due → invalid_response, not a SyntaxError", async (_, type, text) => {
    const { connect } = clientAnswering(() => new Response(text, { status: 200, headers: { "content-type": type } }));
    const error = await rejection(connect.getConnector(ids));
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.code).toBe("invalid_response");
    expect(error.status).toBe(200);
  });

  test("Content-Length: 0 on a 200 that owes a body → invalid_response", async () => {
    const { connect } = clientAnswering(() => new Response("", { status: 200, headers: { "content-length": "0" } }));
    expect((await rejection(connect.getConnector(ids))).code).toBe("invalid_response");
  });
});

describe("answers without a body", () => {
  test("deleteConnector resolves undefined on 204 and sends DELETE to the connector", async () => {
    const { connect, requests } = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(connect.deleteConnector(ids)).resolves.toBeUndefined();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe("DELETE");
    expect(new URL(requests[0]!.url).pathname).toBe(`/v1/o/${ORG}/connectors/${CONNECTOR}`);
  });

  test("an operation without a response body ignores a stray 200 body", async () => {
    const { connect } = clientAnswering(() => new Response("ok", { status: 200 }));
    await expect(connect.updateConnectorTags({ ...ids, body: { tags: { team: ["payments"] } } })).resolves.toBeUndefined();
  });

  test("a 2xx JSON body is parsed and returned", async () => {
    const { connect } = clientAnswering(() => jsonResponse(200, { id: CONNECTOR, protocol: "http" }));
    await expect(connect.getConnector(ids)).resolves.toEqual({ id: CONNECTOR, protocol: "http" });
  });
});
