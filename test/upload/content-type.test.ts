// A form body always goes with the multipart type fetch writes for it (with its boundary),
// whatever Content-Type the client or the call sets for JSON requests.
import { describe, expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { startLoopback } from "../support/loopback.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const FILE = Buffer.from("openapi: 3.1.0\ninfo: { title: x, version: '1' }\n");
const RESULT = { connector: { id: "01HQ3A1F6NB8D2K4W7Y9ZC5E3G" }, messages: [] };

async function server() {
  return startLoopback((_seen, res) => {
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(RESULT));
  });
}

describe("Content-Type set by the client or the call", () => {
  test.each([
    ["the client's Content-Type", { "Content-Type": "application/json" }, undefined],
    ["the call's content-type", undefined, { "content-type": "application/json" }],
    ["both", { "content-type": "text/plain" }, { "Content-Type": "application/json; charset=utf-8" }],
  ])("%s does not replace fetch's multipart type on an upload", async (_, clientHeaders, callHeaders) => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG, ...(clientHeaders ? { headers: clientHeaders } : {}) });
    const result = await connect.importHTTPConnector({
      body: { file: new File([FILE], "api.yaml"), metadata: { format: "openapi" } },
      ...(callHeaders ? { headers: callHeaders } : {}),
    });
    expect(result).toEqual(RESULT);
    const seen = srv.requests[0]!;
    const type = String(seen.headers["content-type"]);
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(seen.body), { headers: { "content-type": type } }).formData();
    expect(Buffer.from(await (form.get("file") as File).arrayBuffer()).equals(FILE)).toBe(true);
  });

  test("a ready FormData with the client's Content-Type is sent as a form too", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG, headers: { "Content-Type": "application/json" } });
    const form = new FormData();
    form.append("file", new File([FILE], "api.yaml"));
    form.append("metadata", '{"format":"openapi"}');
    await connect.importHTTPConnector({ body: form });
    expect(String(srv.requests[0]!.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
  });

  test("the client's Content-Type still applies to JSON bodies", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG, headers: { "Content-Type": "application/json; charset=utf-8" } });
    await connect.importHTTPConnector({ body: { schemaURL: "https://example.com/openapi.yaml", filetype: "yaml", format: "openapi" } });
    expect(srv.requests[0]!.headers["content-type"]).toBe("application/json; charset=utf-8");
  });
});
