// Query arrays follow the spec's style per parameter: repeated keys by default (form, explode),
// one comma-joined value where the spec says `explode: false` (Embedded's hub_connector_id).
import { expect, test } from "vitest";
import { createConnectClient, createEmbeddedClient } from "../../src/index.js";
import { jsonResponse } from "../support/fake-fetch.js";

function recording() {
  const urls: string[] = [];
  const fetch = async (url: string) => {
    urls.push(url);
    return jsonResponse(200, { connections: [], totalCount: 0 });
  };
  return { urls, fetch };
}

test("an explode: false array is sent comma-joined in one value", async () => {
  const rec = recording();
  const embedded = createEmbeddedClient({ baseUrl: "https://api.test", fetch: rec.fetch });
  await embedded.listEndUserConnections({ hubId: "h", userId: "u", query: { hub_connector_id: ["a", "b c"] } });
  expect(new URL(rec.urls[0]!).search).toBe("?hub_connector_id=a,b%20c");
});

test("other arrays are sent as repeated keys", async () => {
  const rec = recording();
  const connect = createConnectClient({ baseUrl: "https://api.test", fetch: rec.fetch });
  await connect.listPublicConnectors({ query: { categories: ["ERP", "CRM"] } });
  expect(new URL(rec.urls[0]!).searchParams.getAll("categories")).toEqual(["ERP", "CRM"]);
});
