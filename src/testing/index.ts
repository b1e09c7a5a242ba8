// versori-client/testing: helpers for testing code that uses the client. Node only; Prism is an
// optional peer dependency (npm i -D @stoplight/prism-cli@5.14.2).
export { startMock } from "./start-mock.js";
export type { MockOptions, RunningMock } from "./start-mock.js";
export type { MockApi } from "./mock-specs.js";
