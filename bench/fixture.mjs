// The call every benchmark makes: UpdateConnector with a realistic body, answered by a ~2 kB
// connector. Shared by the contenders so each sends and parses the same bytes.
export const BASE_URL = "https://platform.versori.com/api/connect/v1";
export const TOKEN = "vk_live_0123456789abcdef0123456789abcdef";
export const ORGANISATION_ID = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
export const CONNECTOR_ID = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
export const SCHEMA_PATH = "/o/{organisation_id}/connectors/{connector_id}";

export const UPDATE = {
  id: CONNECTOR_ID,
  organisationId: ORGANISATION_ID,
  name: "Shopify",
  protocol: "http",
  baseUrl: "https://example.myshopify.com/admin/api/2024-01",
  tags: { team: ["payments"], env: ["production"] },
  authSchemeConfigIds: ["01HQ3A2G7PC9E3M5X8Z0AD6F4H"],
  public: false,
  documentationURL: "https://shopify.dev/docs/api/admin-rest",
  imageURL: "https://cdn.versori.com/connectors/shopify.svg",
};

const connection = (i) => ({
  id: `01HQ3B${i}K7QD0F4N6Y9A1BE7G5J`,
  name: `Shopify production ${i}`,
  connectorId: CONNECTOR_ID,
  environmentId: "01HQ3C4J9RE1G5P7Z0B2CF8H6K",
  authSchemeConfigId: "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
  variables: [{ name: "shop", value: "example" }],
  createdAt: "2024-02-20T10:15:30Z",
  updatedAt: "2024-03-01T08:00:00Z",
});

export const CONNECTOR = {
  ...UPDATE,
  authSchemeConfigs: [
    {
      id: "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
      schemeType: "oauth2",
      description: "OAuth 2.0 authorisation code flow",
      oauth2: {
        authorizeUrl: "https://example.myshopify.com/admin/oauth/authorize",
        tokenUrl: "https://example.myshopify.com/admin/oauth/access_token",
        scopes: [{ name: "read_orders" }, { name: "write_orders" }, { name: "read_products" }],
        grant: { type: "authorization_code" },
      },
    },
  ],
  connectionVariables: [{ name: "shop", description: "Shop subdomain", required: true }],
  connections: [connection(1), connection(2), connection(3)],
  versions: [
    { version: "1.2.0", status: "published", createdAt: "2024-02-20T10:15:30Z", messages: [] },
    { version: "1.1.0", status: "archived", createdAt: "2024-01-10T09:00:00Z", messages: [] },
  ],
  createdAt: "2024-01-10T09:00:00Z",
  updatedAt: "2024-03-01T08:00:00Z",
};

export const CONNECTOR_JSON = JSON.stringify(CONNECTOR);
