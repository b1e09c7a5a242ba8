// A type guard that narrows a caught error to the VersoriApiError of one operation and status,
// typing `body` with the schema the spec gives that status (the platform's error body, or an
// operation's own, such as the 412 of deleteDefinitions). Types only: no table is bundled.
import type { operations as ConnectOperations } from "../../generated/connect-v1.js";
import type { operations as EmbeddedOperations } from "../../generated/embedded-v1.js";
import type { operations as OrganisationsOperations } from "../../generated/organisations-v1.js";
import type { operations as PlatformOperations } from "../../generated/platform-v2.js";
import { VersoriApiError } from "../errors.js";

// An operationId two APIs share (GetConnection: Connect and Platform) names both: the error's
// operationId cannot tell which API answered.
type AllOperations = PlatformOperations & ConnectOperations & EmbeddedOperations & OrganisationsOperations;

/** Every client method name, across the APIs (`deployProject`, `updateConnector`, `listHubs`, ...). */
export type MethodName = Uncapitalize<keyof AllOperations & string>;

type ResponsesOf<M extends MethodName> = AllOperations[Capitalize<M> & keyof AllOperations] extends { responses: infer R } ? R : never;

/** The error statuses (4xx, 5xx) the spec documents for the method `M`. */
export type ErrorStatusOf<M extends MethodName> = {
  [S in keyof ResponsesOf<M>]: S extends number ? (`${S}` extends `4${string}` | `5${string}` ? S : never) : never;
}[keyof ResponsesOf<M>];

/** The body the spec gives the status `S` of the method `M`. */
export type ErrorBodyOf<M extends MethodName, S> = S extends keyof ResponsesOf<M>
  ? ResponsesOf<M>[S] extends { content: infer C }
    ? C[keyof C]
    : undefined
  : never;

/** A VersoriApiError of the method `M` with the status `S`, its `body` typed by the spec. */
export type ApiErrorOf<M extends MethodName, S extends ErrorStatusOf<M> = ErrorStatusOf<M>> = VersoriApiError & {
  readonly operationId: Capitalize<M>;
  readonly status: S;
  readonly body: ErrorBodyOf<M, S>;
};

/**
 * True when `error` is a VersoriApiError from the operation behind `method` (and, if given, with
 * `status`): `if (isApiError(error, "deleteDefinitions", 412)) error.body.definition.referencedBy`.
 */
export function isApiError<M extends MethodName, S extends ErrorStatusOf<M> = ErrorStatusOf<M>>(
  error: unknown,
  method: M,
  status?: S,
): error is ApiErrorOf<M, S> {
  return (
    error instanceof VersoriApiError &&
    (status === undefined || error.status === status) &&
    error.operationId === method.charAt(0).toUpperCase() + method.slice(1)
  );
}
