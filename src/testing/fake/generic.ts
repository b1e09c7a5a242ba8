// What the contract alone says an operation does: create, list (a page in the operation's cursor
// style), read, update and delete by path shape (model.ts), and the example answer for the rest.
// Every resource is built from the contract's example of it, with what the request sent, a new id
// and the time now laid over; what would break the schema falls back to the example.
import type { ContractOperation } from "./contract.js";
import { badRequest, notFoundIn } from "./errors.js";
import { uuidOf } from "./ids.js";
import { isObject, type Json } from "./schema.js";
import { decodeCursor, pageOf, sortedEntries } from "./store.js";
import type { ApiModel, Call, Context, Reply } from "./types.js";

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const PAGING = new Set(["first", "after", "before", "next_token"]);

/** Where a list's cursor goes and where its answer holds the next one. */
export const cursorOf = (op: ContractOperation) => (op.cursor ?? ["query.after", "next"]).map((p) => p.split(".")) as [string[], string[]];
const at = (value: unknown, path: string[]) => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), value);
function put(target: Json, [key, ...rest]: string[], value: unknown): void {
  if (!rest.length) target[key!] = value;
  else put((target[key!] = isObject(target[key!]) ? target[key!] : {}) as Json, rest, value);
}

/** The operation that answers a collection's items whole: reading one, else creating one. */
function itemOperation(api: ApiModel, collection: string): ContractOperation | undefined {
  const depth = collection.split("/").length + 1;
  const read = api.contract.operations.find((o) => o.method === "GET" && o.path.startsWith(`${collection}/{`) && o.path.split("/").length === depth);
  return read ?? api.contract.operations.find((o) => o.method === "POST" && o.path === collection);
}
/** The schema and example of one item: that operation's answer, or one of its items when it answers an array (CreateSystemTriggers). */
function itemAnswer(api: ApiModel, collection: string): { schema: unknown; example: unknown } {
  const { schema, example } = itemOperation(api, collection)?.answer ?? {};
  const many = api.schemas.resolve(schema)?.type === "array";
  return many ? { schema: api.schemas.resolve(schema)!.items, example: (example as unknown[] | undefined)?.[0] } : { schema, example };
}
export const itemSchema = (api: ApiModel, collection: string): unknown => itemAnswer(api, collection).schema;
const exampleOfItem = (api: ApiModel, collection: string) => structuredClone((itemAnswer(api, collection).example ?? {}) as Json);

/** `value` with every top-level property that breaks `schema` put back to the example's (or left out). */
export function conform(api: ApiModel, value: Json, schema: unknown, example: Json): Json {
  for (let round = 0; round < 5; round++) {
    const problems = api.validator.check(schema as Json, value);
    if (!problems.length) break;
    for (const { field } of problems) {
      const key = field.split(/[.[]/)[0]!;
      if (key in example && value[key] !== example[key]) value[key] = structuredClone(example[key]);
      else if (key in value && !(key in example)) delete value[key];
      else value[key] = structuredClone(example[key]);
    }
  }
  return value;
}

/** A new resource of `collection` from the request's body, its parameters, a new id and now. */
export function build(call: Pick<Call, "api" | "body" | "params">, ctx: Context, collection: string, fields: Json = {}): Json {
  const schema = itemSchema(call.api, collection);
  const props = call.api.schemas.properties(schema);
  // What the schema requires starts from the example; what the request sent is laid over it.
  const example = exampleOfItem(call.api, collection);
  const item: Json = Object.fromEntries(call.api.schemas.required(schema).flatMap((k) => (k in example ? [[k, example[k]]] : [])));
  Object.assign(item, call.api.schemas.shape(call.body, schema));
  for (const [name, value] of Object.entries(call.params)) if (props[camel(name)]) item[camel(name)] = value;
  // Ids are ULIDs, but a UUID where the schema says so (members).
  if (props.id) item.id = call.api.schemas.resolve(props.id)?.format === "uuid" ? uuidOf(ctx.newId()) : ctx.newId();
  for (const stamp of ["createdAt", "updatedAt"]) if (props[stamp]) item[stamp] = ctx.now();
  Object.assign(item, fields);
  return conform(call.api, item, schema, example);
}

/**
 * The answer an operation gives for a resource: the resource cut to the answer's schema, with what
 * that schema requires and the resource lacks taken from the answer's example (CreateRecording
 * answers an upload `url` that is no part of the recording).
 */
export function answer(call: Call, value: unknown, status = call.op.status): Reply {
  if (!call.op.answer) return { status };
  const { schema, example } = call.op.answer;
  const body = call.api.schemas.shape(value, schema);
  if (isObject(body) && isObject(example)) {
    for (const key of call.api.schemas.required(schema)) if (!(key in body) && key in example) body[key] = structuredClone(example[key]);
  }
  return { status, body };
}

const itemId = (call: Call) => Object.values(call.params).at(-1)!;

export function findOr404(call: Call, ctx: Context, collection: string, id = itemId(call)): [string, Json] {
  const found = ctx.find(call.api, collection, ctx.keyOf(call, collection), id);
  if (!found) throw notFoundIn(collection, id);
  return found;
}

/** Items of a list that match its filters: query parameters named after a property, and `search`. */
function filtered(call: Call, items: [string, Json][]): [string, Json][] {
  const filters = Object.entries(call.query).filter(([name, value]) => value !== undefined && !PAGING.has(name) && name !== call.op.cursor?.[0].split(".")[1]);
  return items.filter(([, item]) =>
    filters.every(([name, value]) => {
      if (name === "search") return Object.values(item).some((v) => typeof v === "string" && v.toLowerCase().includes(String(value).toLowerCase()));
      const prop = item[camel(name)];
      return prop === undefined || typeof prop === "object" || String(prop) === String(value);
    }),
  );
}

/**
 * Where a list takes the cursor of the page before and answers it: beside `after`, `before`;
 * beside `next`, `prev` (KV: `prevCursor`). Lists paged by `next_token` have none.
 */
function backwardsOf([request, response]: [string[], string[]]): [string[], string[] | undefined] | undefined {
  if (request.at(-1) !== "after") return undefined;
  const prev = ({ next: "prev", nextCursor: "prevCursor" } as Record<string, string>)[response.at(-1)!];
  return [[...request.slice(0, -1), "before"], prev ? [...response.slice(0, -1), prev] : undefined];
}

/**
 * A page of a list in the operation's cursor style (`after`/`next`, `next_token`/`nextToken`, a
 * body field, the last item's id), forwards or (`before`/`prev`) backwards, with `extra` fields
 * of the answer beside the items.
 */
export function listPage(call: Call, entries: [string, Json][], pageSize?: number, extra: Json = {}): Reply {
  const [request, response] = cursorOf(call.op);
  const backwards = backwardsOf([request, response]);
  // A list whose cursor is its last item's id (`[-1].id`: issues) takes that id as is.
  const byItem = response[0] === "[-1]";
  const keyOf = (path: string[]) => {
    const cursor = at(path[0] === "query" ? call.query : call.body, path.slice(1)) as string | undefined;
    if (cursor === undefined || cursor === "") return undefined;
    const key = byItem ? cursor : decodeCursor(cursor);
    if (key === undefined) throw badRequest("The cursor is not one this list handed out.", [{ field: path.slice(1).join("."), message: "is not a cursor of this list" }]);
    return key;
  };
  const after = keyOf(request);
  const before = backwards ? keyOf(backwards[0]) : undefined;
  // A list without a cursor answers everything at once (settings.maxPageSize cuts only lists that page).
  const paged = call.op.cursor !== undefined || call.op.params.some((p) => p.name === "after");
  const size = paged ? Math.min(pageSize ?? (call.query.first as number | undefined) ?? 20, call.pageLimit) : (pageSize ?? Infinity);
  const page = pageOf(entries, { after, before }, size);
  const schema = call.op.answer!.schema;
  // Some lists answer a bare array.
  if (call.api.schemas.resolve(schema)?.type === "array") return { status: call.op.status, body: call.api.schemas.shape(page.items, schema) };
  const key = call.api.schemas.itemsKey(schema)!;
  const out: Json = { ...structuredClone(extra), [key]: page.items };
  if (call.api.schemas.properties(schema).totalCount) out.totalCount = entries.length;
  // The last page has no next cursor and the first no prev; one nested in an object (KV's `pagination`) is empty.
  if (page.next || response.length > 1) put(out, response, page.next ?? "");
  const prev = backwards?.[1];
  if (prev && (page.prev || prev.length > 1)) put(out, prev, page.prev ?? "");
  return { status: call.op.status, body: call.api.schemas.shape(out, schema) };
}

/**
 * An update of the item the path names: what the body sets (shaped by the item's schema) over what
 * it was, `updatedAt` moved, then `effects` for what a rule adds (given the item as it was).
 */
export function update(call: Call, ctx: Context, collection: string, effects?: (updated: Json, before: Json) => void): Reply {
  const [key, item] = findOr404(call, ctx, collection);
  const schema = itemSchema(call.api, collection);
  const updated = { ...item, ...(call.api.schemas.shape(call.body, schema) as Json), ...("updatedAt" in item ? { updatedAt: ctx.now() } : {}) };
  effects?.(updated, item);
  const kept = conform(call.api, updated, schema, item);
  ctx.state.collection(ctx.keyOf(call, collection)).set(key, kept);
  return answer(call, kept);
}

export function generic(call: Call, ctx: Context): Reply {
  const model = call.api.model.get(call.op.operationId)!;
  const collection = model.collection!;
  switch (model.kind) {
    case "create": {
      const item = build(call, ctx, collection);
      ctx.state.collection(ctx.keyOf(call, collection)).set(String(item.id ?? ctx.newId()), item);
      return answer(call, item);
    }
    case "list":
      return listPage(call, filtered(call, sortedEntries(ctx.state.collections.get(ctx.keyOf(call, collection)))));
    case "read":
      return answer(call, findOr404(call, ctx, collection)[1]);
    case "update":
      return update(call, ctx, collection);
    case "delete": {
      const [key, item] = findOr404(call, ctx, collection);
      ctx.state.remove(ctx.keyOf(call, collection), key);
      return answer(call, item);
    }
    default:
      return ctx.example(call);
  }
}
