// The tree-shakable way to call the Connect API: `createConnectCore` holds only the transport,
// and `call` sends one operation, named by its generated descriptor. A bundle that imports
// `UpdateConnector` alone carries that one descriptor, not the whole operation table that
// `createConnectClient` builds its methods from.
//
//   const core = createConnectCore({ token });
//   const connector = await call(core, UpdateConnector, { organisationId, connectorId, body });
//
// Arguments and result are typed exactly as the matching client method
// (`connect.updateConnector(...)`): both come from `Method` in core/types.ts.
import type { connectV1Operations } from "../../generated/connect-v1.operations.js";
import type { operations } from "../../generated/connect-v1.js";
import type { OperationDescriptor } from "../core/descriptor.js";
import type { ClientOptions } from "../core/options.js";
import { createTransport, type InvokeArgs } from "../core/transport.js";
import type { Method, OperationOf } from "../core/types.js";

export const CONNECT_PRODUCTION_URL = "https://platform.versori.com/api/connect/v1";

export interface ConnectClientOptions extends ClientOptions {
  /** Bound organisation: every call that takes `organisationId` may then leave it out. */
  organisationId?: string;
}

/** Any operation descriptor of the Connect API (`UpdateConnector`, `GetConnector`, ...). */
export type ConnectOperation = (typeof connectV1Operations)[keyof typeof connectV1Operations];

declare const boundOrganisation: unique symbol;

/**
 * A Connect API transport without methods: pass it to `call` with an operation descriptor.
 * `B` is true when it was created with an `organisationId`, which calls may then leave out.
 */
export interface ConnectCore<B extends boolean = false> {
  /** Sends one operation. Prefer `call(core, Operation, args)`, which is typed per operation. */
  readonly invoke: (op: OperationDescriptor, args?: InvokeArgs) => Promise<unknown>;
  /** Type-level marker only: whether `organisationId` is bound. Never set at run time. */
  readonly [boundOrganisation]?: B;
}

/** Whether options of type O bind an organisation (type level). */
export type Bound<O> = O extends { organisationId: string } ? true : false;

/** The method `createConnectClient` would have for the operation `D`. */
export type ConnectCall<D extends ConnectOperation, B extends boolean = false> = Method<OperationOf<operations, D>, B>;

/** Creates a Connect transport; takes the same options as `createConnectClient`. */
export function createConnectCore<O extends ConnectClientOptions>(options: O = {} as O): ConnectCore<Bound<O>> {
  const transport = createTransport(options, CONNECT_PRODUCTION_URL);
  const bound = options.organisationId;
  if (bound !== undefined && (typeof bound !== "string" || bound === "")) {
    throw new TypeError("organisationId must be a non-empty string");
  }
  return {
    invoke: (op, args = {}) =>
      transport.invoke(op, bound === undefined || args.organisationId !== undefined ? args : { ...args, organisationId: bound }),
  };
}

/**
 * Sends one Connect operation through a core: `call(core, UpdateConnector, args)` takes the
 * same arguments and resolves with the same value as `connect.updateConnector(args)`.
 */
export function call<D extends ConnectOperation, B extends boolean>(
  core: ConnectCore<B>,
  op: D,
  ...args: Parameters<ConnectCall<D, B>>
): ReturnType<ConnectCall<D, B>> {
  return core.invoke(op, args[0] as InvokeArgs | undefined) as ReturnType<ConnectCall<D, B>>;
}
