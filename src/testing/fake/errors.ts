// The platform's error answers: the contract's error body ({ code, message, fields? }) with the
// code its examples give that status, thrown by rules and turned into a response by the engine.

/** One field of a request that broke the contract: its path (`connections[0].name`) and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Thrown by the fake's rules; the engine answers it with the contract's error body. */
export class FakeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: FieldProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new FakeError(404, `${what[0]!.toUpperCase()}${what.slice(1)} was not found.`);
/** 404 for an id of a collection, named as one of its items (`/connection-templates` -> "connection template"). */
export const notFoundIn = (collection: string, id: string | undefined) =>
  notFound(`${collection.split("/").at(-1)!.replace(/-/g, " ").replace(/s$/, "")} ${id}`);
export const conflict = (message: string) => new FakeError(409, message);
export const badRequest = (message: string, fields?: FieldProblem[]) => new FakeError(400, message, fields);

/** An Ajv instance path (`/connections/0/name`) as the platform names fields (`connections[0].name`). */
export function fieldName(pointer: string, prefix = ""): string {
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  return parts.reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), prefix);
}
