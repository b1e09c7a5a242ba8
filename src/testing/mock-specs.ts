// Which shipped contract each API's mock serves: the one place that maps an API name to its
// file under openapi/ for startMock (test/testing checks it against scripts/specs.mjs).
export const MOCK_SPECS = {
  platform: "openapi/platform-v2.yaml",
  connect: "openapi/connect-v1.yaml",
  embedded: "openapi/embedded-v1.yaml",
  organisations: "openapi/organisations-v1.yaml",
} as const;

/** An API whose contract ships with the package and can be mocked. */
export type MockApi = keyof typeof MOCK_SPECS;
