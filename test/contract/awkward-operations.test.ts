// The operations that do not fit the common shape, against the mock: array and patterned
// query parameters, a DELETE with a body, 204 answers, a 412 with its own body, and a
// schema+json answer.
import { describe, expect, inject, test } from "vitest";
import { createConnectClient, VersoriApiError } from "../../src/index.js";
import { recorder, responseExample, specOperation } from "./spec.js";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";

function client() {
  const rec = recorder();
  const connect = createConnectClient({ baseUrl: inject("prismUrl"), token: "demo-api-key", organisationId: ORG, fetch: rec.fetch });
  return { connect, rec };
}

describe("query parameters", () => {
  test("categories go as repeated keys, sort and tags encoded, and the mock accepts them", async () => {
    const { connect, rec } = client();
    await connect.listConnectors({ query: { categories: ["ERP", "AI/LLMs"], sort: "name:asc,id:desc", tags: "team:payments", first: 5 } });
    const url = new URL(rec.requests[0]!.url);
    expect(url.searchParams.getAll("categories")).toEqual(["ERP", "AI/LLMs"]);
    expect(url.search).toContain("categories=ERP&categories=AI%2FLLMs");
    expect(url.searchParams.get("sort")).toBe("name:asc,id:desc");
    expect(url.searchParams.get("first")).toBe("5");
    expect(rec.violations()).toEqual([]);
  });

  test("a sort that breaks the spec's pattern is refused by the mock", async () => {
    const { connect, rec } = client();
    const error = await connect.listConnectors({ query: { sort: "name" }, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    expect((error as VersoriApiError).status).toBe(400);
    expect(JSON.stringify(rec.violations())).toContain("sort");
  });
});

describe("bodies and answers off the common path", () => {
  const where = { connectorId: CONNECTOR, version: "1.2.0" };

  test("deleteDefinitions sends its JSON body with DELETE and resolves undefined on 204", async () => {
    const { connect, rec } = client();
    const result = await connect.deleteDefinitions({ ...where, body: { names: ["Order", "OrderList"] }, query: { force: true } });
    expect(result).toBeUndefined();
    const sent = rec.requests[0]!;
    expect(sent.method).toBe("DELETE");
    expect(await sent.clone().json()).toEqual({ names: ["Order", "OrderList"] });
    expect(new URL(sent.url).searchParams.get("force")).toBe("true");
    expect(rec.violations()).toEqual([]);
  });

  test("a 412 from deleteDefinitions keeps the platform's own body", async () => {
    const { connect } = client();
    const error = await connect
      .deleteDefinitions({ ...where, body: { names: ["Order"] }, headers: { Prefer: "code=412" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriApiError);
    const apiError = error as VersoriApiError;
    expect(apiError.status).toBe(412);
    expect(apiError.body).toEqual(responseExample(specOperation("DeleteDefinitions"), 412));
  });

  test("updateConnectorTags and updateConnectorCategories resolve undefined (204)", async () => {
    const { connect, rec } = client();
    await expect(connect.updateConnectorTags({ connectorId: CONNECTOR, body: { tags: { team: ["payments"] } } })).resolves.toBeUndefined();
    await expect(connect.updateConnectorCategories({ connectorId: CONNECTOR, body: { categories: ["ERP"] } })).resolves.toBeUndefined();
    expect(rec.responses.map((r) => r.status)).toEqual([204, 204]);
    expect(rec.violations()).toEqual([]);
  });

  test("getRawSchema answers application/schema+json and resolves with the parsed document", async () => {
    const { connect, rec } = client();
    const schema = await connect.getRawSchema({ ...where, schemaFilename: "Order.json" });
    expect(rec.responses[0]!.headers.get("content-type")).toContain("application/schema+json");
    expect(schema).toEqual(responseExample(specOperation("GetRawSchema"), 200));
    expect(typeof schema).toBe("object");
  });
});
