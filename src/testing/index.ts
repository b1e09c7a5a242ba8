// versori-client/testing: helpers for testing code that uses the client. The fake platform
// (createFakePlatform) runs anywhere; startFakePlatform serves it over HTTP from Node; startMock
// runs Prism, an optional peer dependency (npm i -D @stoplight/prism-cli@5.14.2), from Node.
export * from "./fake.js";
export { startFakePlatform } from "./fake-server.js";
export type { FakeServerOptions, RunningFakePlatform } from "./fake-server.js";
export { startMock } from "./start-mock.js";
export type { MockOptions, RunningMock } from "./start-mock.js";
export type { MockApi } from "./mock-specs.js";
