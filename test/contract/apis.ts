// The clients under test, by the `api` name of scripts/specs.mjs: a new API is one line here.
import { connectV1Operations } from "../../generated/connect-v1.operations.js";
import { createConnectClient, type ClientOptions } from "../../src/index.js";

export interface ApiUnderTest {
  create(options: ClientOptions): object;
  table: Record<string, unknown>;
}

export const apis: Record<string, ApiUnderTest> = {
  connect: { create: createConnectClient, table: connectV1Operations },
};
