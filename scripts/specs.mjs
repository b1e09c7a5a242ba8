// The specs the pipeline turns into code; every other script reads this list. A new API is a
// line here plus a few lines in src/ binding its table and base URL.
//   name:      file stem under generated/ (generated/<name>.ts, generated/<name>.operations.ts)
//   api:       the API's short name (client factory, mock, docs page)
//   file:      our contract
//   baseUrl:   production base URL (what `servers` says)
//   published: the copies of its contract the platform publishes, each { source, url } (the drift
//              job compares ours with every one); empty where it publishes none
//   fake:      served by the fake platform of versori-client/testing (generated/<name>.contract.ts)
const SDK = "https://raw.githubusercontent.com/versori/versori-js-sdk/main/packages/sdk/src";
// The documentation site's copies, newer than the SDK's for Embedded and the only ones for Organisations.
const DOCS = "https://raw.githubusercontent.com/versori/user-docs/main/openapi";
// The platform's command-line tool ships the newest Platform API contract.
const CLI = "https://raw.githubusercontent.com/versori/cli/main";

export const specs = [
  {
    name: "platform-v2",
    api: "platform",
    file: "openapi/platform-v2.yaml",
    baseUrl: "https://platform.versori.com/api/v2",
    // The docs site's copy and the CLI's newer one (ours follows the CLI's); the SDK ships an older
    // 46-operation one.
    published: [
      { source: "docs", url: `${DOCS}/platform-api.yaml` },
      { source: "cli", url: `${CLI}/versori-api.yaml` },
    ],
    fake: true,
  },
  {
    name: "connect-v1",
    api: "connect",
    file: "openapi/connect-v1.yaml",
    baseUrl: "https://platform.versori.com/api/connect/v1",
    published: [{ source: "sdk", url: `${SDK}/connect/v1/connect-v1-openapi.yaml` }],
  },
  {
    name: "embedded-v1",
    api: "embedded",
    file: "openapi/embedded-v1.yaml",
    baseUrl: "https://platform.versori.com/api/embedded/v1",
    published: [{ source: "docs", url: `${DOCS}/embedded-api-v1.yaml` }],
  },
  {
    name: "organisations-v1",
    api: "organisations",
    file: "openapi/organisations-v1.yaml",
    baseUrl: "https://platform.versori.com/api/organisations/v1",
    published: [{ source: "docs", url: `${DOCS}/organisations-api-v1.yaml` }],
    fake: true,
  },
];
