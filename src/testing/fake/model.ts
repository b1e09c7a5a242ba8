// What each operation does to the fake's state, read from the path shapes of the contract, as
// the client's table is: POST on a collection creates, GET on it lists, GET / PUT / PATCH /
// DELETE on `collection/{id}` read, update and remove. A collection is kept in state when the
// contract can create in it (a POST whose answer has an `id`) or a resource's rules say so;
// every other operation answers with its example.
import type { ContractOperation, FakeContract } from "./contract.js";
import type { Schemas } from "./schema.js";

export type Kind = "create" | "list" | "read" | "update" | "delete" | "example";

export interface OperationModel {
  kind: Kind;
  /** The collection's path template (`/o/{organisation_id}/projects`), for every kind but example. */
  collection?: string;
}

const isTemplate = (segment: string) => /^\{[^}]+\}$/.test(segment);
/** The collection an item path belongs to, and the item's parameter: `/a/{x}/b/{y}` -> [`/a/{x}/b`, `y`]. */
export function parentOf(path: string): [string, string] | undefined {
  const at = path.lastIndexOf("/");
  const last = path.slice(at + 1);
  return isTemplate(last) ? [path.slice(0, at), last.slice(1, -1)] : undefined;
}

export function modelOf(contract: FakeContract, schemas: Schemas, kept: readonly string[]): Map<string, OperationModel> {
  const paths = new Set(contract.operations.map((op) => op.path));
  const hasItems = (collection: string) => [...paths].some((p) => parentOf(p)?.[0] === collection);
  // A POST on an item (`/recordings/{recording_id}`) acts on it; only one on a collection creates.
  const creates = (op: ContractOperation) =>
    op.method === "POST" && !parentOf(op.path) && op.answer !== undefined && "id" in schemas.properties(op.answer.schema) && (hasItems(op.path) || contract.operations.some((o) => o.method === "GET" && o.path === op.path));
  const collections = new Set([...kept, ...contract.operations.filter(creates).map((op) => op.path)]);
  const model = new Map<string, OperationModel>();
  for (const op of contract.operations) {
    const parent = parentOf(op.path)?.[0];
    const kind: Kind = collections.has(op.path)
      ? op.method === "POST" ? "create" : op.method === "GET" ? "list" : "example"
      : parent && collections.has(parent)
        ? ({ GET: "read", PUT: "update", PATCH: "update", DELETE: "delete" } as const)[op.method as "GET"] ?? "example"
        : "example";
    model.set(op.operationId, kind === "example" ? { kind } : { kind, collection: collections.has(op.path) ? op.path : parent! });
  }
  return model;
}

/** The collections of the model, for the parent checks (an item's path must name items that exist). */
export const collectionsOf = (model: Map<string, OperationModel>) => new Set([...model.values()].flatMap((m) => (m.collection ? [m.collection] : [])));
