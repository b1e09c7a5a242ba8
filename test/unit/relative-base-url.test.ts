// A relative baseUrl (a same-origin proxy such as /api/connect/v1) resolves against the page's
// origin where there is one (a browser), and is refused with a clear TypeError where there is
// none (Node). `location` is the one global a page has and a test cannot inject otherwise.
import { afterEach, expect, test, vi } from "vitest";
import { createConnectClient, createConnectFetchClient } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";

afterEach(() => vi.unstubAllGlobals());

test("without a page, a relative baseUrl is a TypeError that says why", () => {
  expect(() => createConnectClient({ baseUrl: "/api/connect/v1" })).toThrow(/relative baseUrl needs a page/);
  expect(() => createConnectFetchClient({ baseUrl: "/api/connect/v1" })).toThrow(TypeError);
});

test("in a page, it resolves against the page's origin, for both surfaces", async () => {
  vi.stubGlobal("location", { origin: "https://app.example.test", href: "https://app.example.test/settings" });
  const urls: string[] = [];
  const fetch = async (url: string | Request) => {
    urls.push(typeof url === "string" ? url : url.url);
    return Response.json(connector());
  };
  await createConnectClient({ baseUrl: "/api/connect/v1", fetch }).getConnector({ organisationId: ORG, connectorId: CONNECTOR });
  expect(urls).toEqual([`https://app.example.test/api/connect/v1/o/${ORG}/connectors/${CONNECTOR}`]);
});

test("a protocol-relative //host URL is not taken for a path", () => {
  vi.stubGlobal("location", { origin: "https://app.example.test" });
  expect(() => createConnectClient({ baseUrl: "//evil.test/api" })).toThrow(TypeError);
});
