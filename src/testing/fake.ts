// The fake platform without anything Node-only: what browsers load for versori-client/testing
// (the "browser" condition of its export), and what the Node entry re-exports.
export { createFakePlatform } from "./fake/platform.js";
export type { CallRecord, FakeOptions, FakePlatform, FakeSettings, FakeState, Fault, Identity } from "./fake/platform.js";
