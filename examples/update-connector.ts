// Updates a connector and shows how an API error looks. Works against production or the
// mock (`npm run demo`):
//
//   VERSORI_API_KEY=... VERSORI_ORG_ID=... VERSORI_CONNECTOR_ID=... npx tsx examples/update-connector.ts
//
// An update replaces every editable field, so the program reads the connector first and sends
// it back with one tag added, rather than sending a made-up connector.
import {
  CONNECT_PRODUCTION_URL,
  createConnectClient,
  VersoriApiError,
  type Connector,
  type ConnectorUpdate,
} from "versori-client";

const env = process.env;
const apiKey = env.VERSORI_API_KEY;
if (!apiKey) {
  console.error("Set VERSORI_API_KEY to an API key of your organisation.");
  process.exit(2);
}
const baseUrl = env.VERSORI_BASE_URL || CONNECT_PRODUCTION_URL;
const organisationId = env.VERSORI_ORG_ID || "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const connectorId = env.VERSORI_CONNECTOR_ID || "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";

const connect = createConnectClient({ baseUrl, token: apiKey, organisationId });

/** The body that keeps a connector as it is: its editable fields, per protocol. */
function toUpdate(c: Connector): ConnectorUpdate {
  const common = {
    id: c.id,
    organisationId: c.organisationId,
    name: c.name,
    tags: c.tags,
    authSchemeConfigIds: c.authSchemeConfigs.map((a) => a.id),
    public: c.public,
    documentationURL: c.documentationURL,
    imageURL: c.imageURL,
  };
  switch (c.protocol) {
    case "http":
      return { ...common, protocol: "http", baseUrl: c.baseUrl, connectionVariables: c.connectionVariables };
    case "bigquery":
      return { ...common, protocol: "bigquery", datasetId: c.datasetId };
  }
}

function summary(c: Connector): string {
  const target = c.protocol === "http" ? `HTTP, base URL ${c.baseUrl}` : `BigQuery, dataset ${c.datasetId}`;
  const tags = Object.entries(c.tags ?? {}).map(([key, values]) => `${key}=${values.join("|")}`);
  return [
    `Updated connector "${c.name}" (${c.id})`,
    `  protocol:     ${target}`,
    `  public:       ${c.public ? "yes" : "no"}`,
    `  tags:         ${tags.join(", ") || "none"}`,
    `  auth configs: ${c.authSchemeConfigs.length}, connections: ${c.connections.length}, versions: ${c.versions.length}`,
    `  updated at:   ${c.updatedAt}`,
  ].join("\n");
}

const current = await connect.getConnector({ connectorId });
const body = toUpdate(current);
body.tags = { ...body.tags, "updated-by": ["versori-client-example"] };
const updated = await connect.updateConnector({ connectorId, body });
console.log(summary(updated));
console.log(JSON.stringify(updated, null, 2));

// A connector that does not exist. `Prefer: code=404` makes the mock answer 404 as well; the
// platform ignores the header.
try {
  await connect.getConnector({ connectorId: "01HQ5D3X9K2M4P6R8T0V2W4Y6Z", headers: { Prefer: "code=404" } });
  throw new Error("expected a 404 for a connector that does not exist");
} catch (error) {
  if (!(error instanceof VersoriApiError)) throw error;
  console.log("\nA failed call rejects with a VersoriApiError:");
  console.log(`  status:    ${error.status}`);
  console.log(`  code:      ${error.code}`);
  console.log(`  message:   ${error.message}`);
  console.log(`  requestId: ${error.requestId ?? "(none)"}`);
}
