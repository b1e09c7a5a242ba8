// Imports with a file upload: whatever form the caller gives the file in (Buffer, Uint8Array,
// Blob/File, a ready FormData, a FormData from another implementation), a real server that
// parses the multipart body receives it byte for byte, with the metadata as JSON.
import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { startLoopback, type SeenRequest } from "../support/loopback.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
// Every byte value, then random bytes: nothing may be re-encoded on the way.
const FILE = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(64 * 1024)]);
const RESULT = { connector: { id: "01HQ3A1F6NB8D2K4W7Y9ZC5E3G" }, messages: [] };

async function parseForm(seen: SeenRequest): Promise<FormData> {
  const type = String(seen.headers["content-type"]);
  expect(type).toMatch(/^multipart\/form-data; boundary=/);
  return new Response(new Uint8Array(seen.body), { headers: { "content-type": type } }).formData();
}

async function server() {
  return startLoopback((_seen, res) => {
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(RESULT));
  });
}

async function fileOf(form: FormData): Promise<{ bytes: Buffer; name: string }> {
  const file = form.get("file");
  expect(file).toBeInstanceOf(Blob);
  return { bytes: Buffer.from(await (file as File).arrayBuffer()), name: (file as File).name };
}

describe("importHTTPConnector with a file", () => {
  const uploads: [string, () => unknown][] = [
    ["a Buffer", () => FILE],
    ["a Uint8Array", () => new Uint8Array(FILE)],
    ["an ArrayBuffer", () => FILE.buffer.slice(FILE.byteOffset, FILE.byteOffset + FILE.byteLength)],
    ["a Blob", () => new Blob([FILE])],
  ];
  test.each(uploads)("sent as %s arrives byte for byte, metadata as JSON", async (_kind, make) => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, token: "t", organisationId: ORG });
    const result = await connect.importHTTPConnector({ body: { file: make() as Blob, metadata: { format: "openapi" } } });
    expect(result).toEqual(RESULT);
    expect(srv.requests).toHaveLength(1);
    const seen = srv.requests[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.url).toBe(`/o/${ORG}/protocols/http/import`);
    const form = await parseForm(seen);
    const { bytes } = await fileOf(form);
    expect(bytes.equals(FILE)).toBe(true);
    expect(JSON.parse(String(form.get("metadata")))).toEqual({ format: "openapi" });
  });

  test("a File keeps its name", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG });
    await connect.importHTTPConnector({ body: { file: new File([FILE], "shopify.yaml"), metadata: { format: "openapi" } } });
    const { bytes, name } = await fileOf(await parseForm(srv.requests[0]!));
    expect(name).toBe("shopify.yaml");
    expect(bytes.equals(FILE)).toBe(true);
  });

  test("a ready FormData is sent as it is", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG });
    const form = new FormData();
    form.append("file", new File([FILE], "api.json"));
    form.append("metadata", JSON.stringify({ format: "openapi" }));
    await connect.importHTTPConnector({ body: form });
    const got = await parseForm(srv.requests[0]!);
    expect((await fileOf(got)).bytes.equals(FILE)).toBe(true);
    expect(got.get("metadata")).toBe('{"format":"openapi"}');
  });

  test("a FormData of another implementation (browser-like) is re-encoded as a real form", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG });
    const entries: [string, FormDataEntryValue][] = [
      ["file", new File([FILE], "api.yaml")],
      ["metadata", '{"format":"openapi"}'],
    ];
    // Not an instance of Node's FormData: only its tag and entries() say what it is.
    const foreign = { [Symbol.toStringTag]: "FormData", entries: () => entries[Symbol.iterator]() };
    await connect.importHTTPConnector({ body: foreign as unknown as FormData });
    const got = await parseForm(srv.requests[0]!);
    expect((await fileOf(got)).bytes.equals(FILE)).toBe(true);
  });

  test("a JSON body (import from a URL) is still sent as JSON", async () => {
    const srv = await server();
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG });
    const body = { schemaURL: "https://raw.githubusercontent.com/acme-erp/api-docs/main/openapi.yaml", filetype: "yaml", format: "openapi" } as const;
    await connect.importHTTPConnector({ body });
    const seen = srv.requests[0]!;
    expect(seen.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen.body.toString())).toEqual(body);
  });

  test("a retried upload (idempotent: true) sends the same file again", async () => {
    const srv = await startLoopback((seen, res) => {
      if (seen.n === 1) res.writeHead(503).end();
      else res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(RESULT));
    });
    const connect = createConnectClient({ baseUrl: srv.url, organisationId: ORG, maxRetries: 1 });
    await connect.importHTTPConnectorVersion({
      connectorId: "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
      body: { file: FILE, metadata: { format: "openapi", version: "1.3.0" } },
      idempotent: true,
    });
    expect(srv.requests).toHaveLength(2);
    for (const seen of srv.requests) expect((await fileOf(await parseForm(seen))).bytes.equals(FILE)).toBe(true);
  });
});
