// Query arrays follow the spec's style per parameter: repeated keys by default (form, explode),
// one comma-joined value where the spec says `explode: false` (Embedded's hub_connector_id).
// The path client (openapi-fetch's) sends every parameter exactly as the named method does.
import { describe, expect, test } from "vitest";
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import { embeddedV1Operations } from "../../generated/embedded-v1.operations.js";
import { organisationsV1Operations } from "../../generated/organisations-v1.operations.js";
import type { OperationDescriptor } from "../../src/core/descriptor.js";
import {
  createConnectClient,
  createConnectFetchClient,
  createEmbeddedClient,
  createEmbeddedFetchClient,
  createOrganisationsClient,
  createOrganisationsFetchClient,
} from "../../src/index.js";
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

describe("the path client serializes a query as the named method does", () => {
  test("an explode: false array: one comma-joined value on both surfaces", async () => {
    const rec = recording();
    const options = { baseUrl: "https://api.test", fetch: rec.fetch };
    const hub_connector_id = ["a", "b c"];
    await createEmbeddedClient(options).listEndUserConnections({ hubId: "h", userId: "u", query: { hub_connector_id, first: 5 } });
    await createEmbeddedFetchClient(options).GET("/hubs/{hub_id}/users/{user_id}/connections", {
      params: { path: { hub_id: "h", user_id: "u" }, query: { hub_connector_id, first: 5 } },
    });
    expect(new URL(rec.urls[0]!).search).toBe("?hub_connector_id=a,b%20c&first=5");
    expect(rec.urls[1]).toBe(rec.urls[0]);
  });

  test("repeated keys, scalars and reserved characters: the same URL on both surfaces", async () => {
    const rec = recording();
    const options = { baseUrl: "https://api.test", fetch: rec.fetch };
    const query = { categories: ["ERP" as const, "Development & IT" as const], tags: "x/y?z é", first: 2 };
    await createConnectClient(options).listPublicConnectors({ query });
    await createConnectFetchClient(options).GET("/connectors", { params: { query } });
    expect(rec.urls[1]).toBe(rec.urls[0]);
  });

  // Every operation of every API whose spec joins an array, so a new one is covered as it comes.
  const apis = [
    [connectV1Operations, createConnectClient, createConnectFetchClient],
    [embeddedV1Operations, createEmbeddedClient, createEmbeddedFetchClient],
    [organisationsV1Operations, createOrganisationsClient, createOrganisationsFetchClient],
  ] as const;
  const joinedOps = apis.flatMap(([table, named, path]) =>
    Object.entries(table as Record<string, OperationDescriptor>).flatMap(([method, op]) => (op.joined ? [{ method, op, named, path }] : [])),
  );

  test("there are such operations (the list below is not empty)", () => {
    expect(joinedOps.map((o) => o.op.operationId)).toContain("ListEndUserConnections");
  });

  test.each(joinedOps.map((o) => [o.op.operationId, o] as const))("%s: the same URL on both surfaces", async (_, { method, op, named, path }) => {
    const rec = recording();
    const options = { baseUrl: "https://api.test", fetch: rec.fetch };
    const query = Object.fromEntries(op.joined!.map((name) => [name, ["a", "b"]]));
    const ids: Record<string, string> = {};
    let template = "";
    op.path.forEach((part, i) => {
      if (i % 2 === 0) return void (template += part);
      ids[part] = `p${i}`;
      template += `{${part.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}}`;
    });
    const specIds = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
    await (named(options) as unknown as Record<string, (args: object) => Promise<unknown>>)[method]!({ ...ids, query });
    await (path(options) as unknown as { request(m: string, u: string, i: object): Promise<unknown> }).request(op.method, template, { params: { path: specIds, query } });
    expect(rec.urls[0]).toContain("=a,b");
    expect(rec.urls[1]).toBe(rec.urls[0]);
  });
});

