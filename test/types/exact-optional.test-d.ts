// Options and call arguments accept `undefined` where they are optional, so code compiled with
// exactOptionalPropertyTypes can pass `process.env.X` or forward `AbortSignal | undefined`.
// Checked twice: by vitest's typecheck (tsconfig.json, the setting off) and by
// test/types/exact-optional.test.ts (tsconfig.exact.json, the setting on).
import { describe, expectTypeOf, test } from "vitest";
import {
  call,
  createConnectClient,
  createConnectCore,
  GetConnector,
  type CallOptions,
  type ClientOptions,
  type ConnectClientOptions,
} from "../../src/index.js";

declare const maybeKey: string | undefined;
declare const maybeSignal: AbortSignal | undefined;
declare const maybeNumber: number | undefined;
declare const maybeHeaders: Record<string, string> | undefined;
declare const maybeOrg: string | undefined;
const ids = { organisationId: "o", connectorId: "c" };

describe("client options", () => {
  test("the README's first line: a token from process.env", () => {
    const connect = createConnectClient({ token: process.env.VERSORI_API_KEY });
    expectTypeOf(connect.getConnector).toBeFunction();
  });

  test("every client option may be given as undefined", () => {
    const options = {
      baseUrl: maybeKey,
      token: maybeKey,
      authScheme: undefined,
      headers: maybeHeaders,
      fetch: undefined,
      timeoutMs: maybeNumber,
      maxRetries: maybeNumber,
      maxResponseBytes: maybeNumber,
      redactHeaders: undefined,
      tracer: undefined,
      propagateTrace: undefined,
      logger: undefined,
      logLevel: undefined,
    } satisfies ClientOptions;
    void createConnectClient(options);
    void createConnectCore({ ...options, organisationId: maybeOrg } satisfies ConnectClientOptions);
  });

  test("an organisationId that may be undefined does not bind the client", () => {
    const connect = createConnectClient({ organisationId: maybeOrg });
    // @ts-expect-error not bound: organisationId stays required
    void connect.getConnector({ connectorId: "c" });
    void connect.getConnector(ids);
  });
});

describe("call options", () => {
  test("forwarding AbortSignal | undefined and other maybe-undefined options", () => {
    const connect = createConnectClient({});
    void connect.getConnector({ ...ids, signal: maybeSignal, timeoutMs: maybeNumber, maxRetries: maybeNumber, headers: maybeHeaders });
    void connect.updateConnectorTags({ ...ids, body: { tags: {} }, idempotent: undefined });
    void connect.listConnectors({ organisationId: "o", query: undefined, signal: maybeSignal });
    void connect.paginate.listConnectors({ organisationId: "o", signal: maybeSignal, pageSize: maybeNumber, after: maybeKey });
    void call(createConnectCore({ token: maybeKey }), GetConnector, { ...ids, signal: maybeSignal });
    const forwarded: CallOptions = { signal: maybeSignal, timeoutMs: maybeNumber };
    void connect.getConnector({ ...ids, ...forwarded });
  });

  test("a bound client takes organisationId: undefined", () => {
    const bound = createConnectClient({ organisationId: "o" });
    void bound.getConnector({ connectorId: "c", organisationId: maybeOrg });
  });

  test("required path parameters still refuse undefined", () => {
    const connect = createConnectClient({});
    // @ts-expect-error connectorId is required
    void connect.getConnector({ organisationId: "o", connectorId: maybeKey });
  });
});
