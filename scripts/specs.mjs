// The specs the pipeline turns into code; every other script reads this list. A new API is a
// line here plus a few lines in src/ binding its table and base URL.
//   name:      file stem under generated/ (generated/<name>.ts, generated/<name>.operations.ts)
//   api:       the API's short name (client factory, mock, docs page)
//   file:      our contract
//   baseUrl:   production base URL (what `servers` says)
//   published: where the platform publishes its own contract (compared by the drift job);
//              null where it publishes none
//   fake:      served by the fake platform of versori-client/testing (generated/<name>.contract.ts)
const SDK = "https://raw.githubusercontent.com/versori/versori-js-sdk/main/packages/sdk/src";
// The documentation site's copies, newer than the SDK's for Embedded and the only ones for Organisations.
const DOCS = "https://raw.githubusercontent.com/versori/user-docs/main/openapi";

export const specs = [
  {
    name: "platform-v2",
    api: "platform",
    file: "openapi/platform-v2.yaml",
    baseUrl: "https://platform.versori.com/api/v2",
    // The docs site's copy: the SDK ships an older 46-operation one.
    published: `${DOCS}/platform-api.yaml`,
    fake: true,
  },
  {
    name: "connect-v1",
    api: "connect",
    file: "openapi/connect-v1.yaml",
    baseUrl: "https://platform.versori.com/api/connect/v1",
    published: `${SDK}/connect/v1/connect-v1-openapi.yaml`,
  },
  {
    name: "embedded-v1",
    api: "embedded",
    file: "openapi/embedded-v1.yaml",
    baseUrl: "https://platform.versori.com/api/embedded/v1",
    published: `${DOCS}/embedded-api-v1.yaml`,
  },
  {
    name: "organisations-v1",
    api: "organisations",
    file: "openapi/organisations-v1.yaml",
    baseUrl: "https://platform.versori.com/api/organisations/v1",
    published: `${DOCS}/organisations-api-v1.yaml`,
    fake: true,
  },
];
