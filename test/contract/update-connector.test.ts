import { inject, test, expect } from "vitest";
import { createConnectClient } from "../../src/index.js";

test("probe", async () => {
  const connect = createConnectClient({ baseUrl: inject("prismUrl"), token: "k" });
  const c = await connect.getConnector({ organisationId: "01HQ2Z8W4TQK6V9M3XJ7R5B2CD", connectorId: "01HQ3A1F6NB8D2K4W7Y9ZC5E3G" });
  expect(c.protocol).toBe("http");
});
