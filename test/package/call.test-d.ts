// `call(core, Operation, args)` has exactly the types of the matching client method.
import { expectTypeOf, test } from "vitest";
import {
  call,
  createConnectClient,
  createConnectCore,
  GetConnector,
  ListCategories,
  UpdateConnector,
  type ConnectClient,
  type ConnectCore,
  type ConnectOperations,
} from "../../src/index.js";

declare const core: ConnectCore;
declare const boundCore: ConnectCore<true>;
declare const client: ConnectClient;
declare const boundClient: ConnectClient<true>;

test("arguments and result match the client method", () => {
  type Client = typeof client.updateConnector;
  expectTypeOf<Parameters<typeof call<typeof UpdateConnector, ConnectOperations, false>>[2]>().toEqualTypeOf<Parameters<Client>[0]>();
  expectTypeOf(call(core, UpdateConnector, {} as Parameters<Client>[0])).toEqualTypeOf<ReturnType<Client>>();
  expectTypeOf(call(core, GetConnector, { organisationId: "o", connectorId: "c" })).toEqualTypeOf<
    ReturnType<typeof client.getConnector>
  >();
});

test("a bound organisation makes organisationId optional, as on the client", () => {
  expectTypeOf(createConnectCore({ organisationId: "o" })).toEqualTypeOf<ConnectCore<true>>();
  expectTypeOf(createConnectCore({})).toEqualTypeOf<ConnectCore<false>>();
  type BoundArgs = Parameters<typeof call<typeof GetConnector, ConnectOperations, true>>[2];
  expectTypeOf<BoundArgs>().toEqualTypeOf<Parameters<typeof boundClient.getConnector>[0]>();
  call(boundCore, GetConnector, { connectorId: "c" });
  // @ts-expect-error organisationId is required without a bound organisation
  call(core, GetConnector, { connectorId: "c" });
});

test("arguments are optional exactly when the client method's are", () => {
  call(core, ListCategories);
  // @ts-expect-error UpdateConnector needs its path parameters and body
  call(core, UpdateConnector);
  // @ts-expect-error the body must be a ConnectorUpdate
  call(core, UpdateConnector, { organisationId: "o", connectorId: "c", body: { nope: 1 } });
  // @ts-expect-error not a Connect operation descriptor
  call(core, { operationId: "Nope", method: "GET", path: ["/x"] } as const, {});
  expectTypeOf(createConnectClient).toBeFunction();
});
