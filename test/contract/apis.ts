// The clients under test, by the `api` name of scripts/specs.mjs: a new API is one line here.
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import { embeddedV1Operations } from "../../generated/embedded-v1.operations.js";
import { organisationsV1Operations } from "../../generated/organisations-v1.operations.js";
import { platformV2Operations } from "../../generated/platform-v2.operations.js";
import { createConnectClient, createEmbeddedClient, createOrganisationsClient, createPlatformClient, type ClientOptions } from "../../src/index.js";

export interface ApiUnderTest {
  create(options: ClientOptions): object;
  table: Record<string, unknown>;
}

export const apis: Record<string, ApiUnderTest> = {
  platform: { create: createPlatformClient, table: platformV2Operations },
  connect: { create: createConnectClient, table: connectV1Operations },
  embedded: { create: createEmbeddedClient, table: embeddedV1Operations },
  organisations: { create: createOrganisationsClient, table: organisationsV1Operations },
};
