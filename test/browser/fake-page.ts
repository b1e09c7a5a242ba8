// What the fake platform's browser test loads in the page: the fake from the browser entry of
// versori-client/testing, the clients and signJwt, bundled for the browser (no Node built-ins).
export { createFakePlatform } from "../../src/testing/fake.js";
export { createOrganisationsClient, createPlatformClient } from "../../src/index.js";
export { signJwt } from "../../src/jwt/index.js";
