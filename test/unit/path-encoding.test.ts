// Every path parameter is exactly one segment, whatever it contains: an id must never move the
// request to another resource ("a/b", "..", "?x") or be rewritten by string-replace patterns.
import { describe, expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { connector, jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";

const baseUrl = "https://api.test/v1";

function client() {
  const rec = recordingFetch(() => jsonResponse(200, connector()));
  return { connect: createConnectClient({ baseUrl, fetch: rec.fetch, maxRetries: 0 }), requests: rec.requests };
}

const hostile = [
  "a/b",
  "?x",
  "#y",
  "%2F",
  "%2e%2e",
  "a..b",
  "...",
  ". ",
  "..\\x",
  "connector ünïcødé 🚀",
  "with spaces",
  "$&",
  "$'",
  "$`",
  "{connector_id}",
  "a;b=c",
  "x&y=z",
  "\\",
  "@host",
];

describe("hostile ids", () => {
  test.each(hostile)("%j is sent as one encoded segment", async (id) => {
    const { connect, requests } = client();
    await connect.getConnector({ organisationId: ORG, connectorId: id });
    const url = new URL(requests[0]!.url);
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
    // "", "v1", "o", ORG, "connectors", id
    const segments = url.pathname.split("/");
    expect(segments).toHaveLength(6);
    expect(segments.slice(0, 5)).toEqual(["", "v1", "o", ORG, "connectors"]);
    expect(decodeURIComponent(segments[5]!)).toBe(id);
  });

  test("the organisation id is encoded the same way", async () => {
    const { connect, requests } = client();
    await connect.getConnector({ organisationId: "../admin", connectorId: "x/y" });
    expect(new URL(requests[0]!.url).pathname).toBe("/v1/o/..%2Fadmin/connectors/x%2Fy");
  });

  test("sub-delims that URL parsers keep are encoded too", async () => {
    const { connect, requests } = client();
    await connect.getConnector({ organisationId: ORG, connectorId: "!'()*" });
    expect(new URL(requests[0]!.url).pathname.endsWith("/%21%27%28%29%2A")).toBe(true);
  });
});

describe("ids that cannot be a segment", () => {
  test.each(["", ".", ".."])("%j is a TypeError before any request", async (id) => {
    const { connect, requests } = client();
    await expect(connect.getConnector({ organisationId: ORG, connectorId: id })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  test("a lone surrogate (not encodable) is a TypeError before any request", async () => {
    const { connect, requests } = client();
    await expect(connect.getConnector({ organisationId: ORG, connectorId: "a\ud800b" })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  test.each([
    ["missing", {}],
    ["undefined", { connectorId: undefined }],
    ["null", { connectorId: null }],
    ["an object", { connectorId: { id: "x" } }],
  ])("a %s path parameter is a TypeError before any request", async (_, extra) => {
    const { connect, requests } = client();
    const args = { organisationId: ORG, ...extra } as unknown as Parameters<typeof connect.getConnector>[0];
    await expect(connect.getConnector(args)).rejects.toThrow(/connectorId/);
    await expect(connect.getConnector(args)).rejects.toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });

  test("a missing organisationId without a bound one is a TypeError", async () => {
    const { connect, requests } = client();
    const args = { connectorId: "x" } as unknown as Parameters<typeof connect.getConnector>[0];
    await expect(connect.getConnector(args)).rejects.toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });
});
