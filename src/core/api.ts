// One API's transport, bound to its production URL and optionally to an organisation, and
// `call`, which sends one operation named by its generated descriptor. Every API (Connect,
// Embedded, Organisations) is this plus its own table: nothing here is written per API.
//
//   const core = createConnectCore({ token });
//   const connector = await call(core, UpdateConnector, { organisationId, connectorId, body });
//
// A bundle that imports one descriptor and `call` carries that descriptor only, not the table
// the full client builds its methods from.
import type { OperationDescriptor } from "./descriptor.js";
import { createTransport, type ExchangeFactory, type InvokeArgs, type TransportOptions, type WithResponse } from "./transport.js";
import type { Method, OperationOf } from "./types.js";

export interface ApiClientOptions extends TransportOptions {
  /** Bound organisation: every call that takes `organisationId` may then leave it out. */
  organisationId?: string | undefined;
}

declare const api: unique symbol;

/**
 * A transport without methods: pass it to `call` with an operation descriptor. `Ops` is the
 * API's openapi-typescript `operations`; `B` is true when an `organisationId` is bound; `T` is the
 * API's descriptor table, so that `call` refuses another API's descriptor of the same operationId
 * (Connect and the Platform API both have a GetConnection).
 */
export interface Core<Ops, B extends boolean = false, T = unknown> {
  /** Sends one operation. Prefer `call(core, Operation, args)`, which is typed per operation. */
  readonly invoke: {
    (op: OperationDescriptor, args?: InvokeArgs): Promise<unknown>;
    (op: OperationDescriptor, args: InvokeArgs | undefined, full: true): Promise<WithResponse<unknown>>;
  };
  /** Type-level marker only (which API, whether bound). Never set at run time. */
  readonly [api]?: { ops: Ops; bound: B; table: T };
}

/** The descriptors a core takes: those of its own table (any, for a core typed without one). */
type DescriptorOf<T> = unknown extends T ? unknown : T[keyof T];

/** Whether options of type O bind an organisation (type level). */
export type Bound<O> = O extends { organisationId: string } ? true : false;

/** The client method for the operation `D` of an API whose operations are `Ops`. */
export type CallOf<Ops, D, B extends boolean = false> = Method<OperationOf<Ops, D>, B>;

/** `extend` (the full clients' middleware support) is left out by the light entry, to stay small. */
export function createCore<Ops, O extends ApiClientOptions, T = unknown>(
  options: O,
  productionUrl: string,
  extend?: ExchangeFactory,
): Core<Ops, Bound<O>, T> {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const transport = createTransport(options, productionUrl, extend);
  const bound = options.organisationId;
  if (bound !== undefined && (typeof bound !== "string" || bound === "")) {
    throw new TypeError("organisationId must be a non-empty string");
  }
  const invoke = (op: OperationDescriptor, args: InvokeArgs = {}, full?: true) =>
    transport.invoke(op, bound === undefined || args.organisationId !== undefined ? args : { ...args, organisationId: bound }, full!);
  return { invoke: invoke as Core<Ops, Bound<O>, T>["invoke"] };
}

/**
 * Sends one operation through a core: `call(core, UpdateConnector, args)` takes the same
 * arguments and resolves with the same value as `connect.updateConnector(args)`. A descriptor
 * of another API does not type-check.
 */
export function call<D extends OperationDescriptor & { operationId: keyof Ops }, Ops, B extends boolean, T = unknown>(
  core: Core<Ops, B, T>,
  op: D & DescriptorOf<T>,
  ...args: Parameters<CallOf<Ops, D, B>>
): ReturnType<CallOf<Ops, D, B>> {
  return core.invoke(op, args[0] as InvokeArgs | undefined) as ReturnType<CallOf<Ops, D, B>>;
}
