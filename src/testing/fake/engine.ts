// The fake's request handling, the same for every operation: find the operation, check the
// caller, read the request against the contract, then run the resource's rule or the generic
// handling, and answer JSON (errors in the contract's error body).
import type { FakeContract } from "./contract.js";
import { FakeError, notFoundIn } from "./errors.js";
import { generic } from "./generic.js";
import { identify } from "./identity.js";
import { collectionsOf, modelOf, parentOf } from "./model.js";
import { readRequest } from "./request.js";
import { router, type Route } from "./router.js";
import { isObject, schemasOf, type Json } from "./schema.js";
import type { ApiModel, Call, Context, Identity, Reply, Resource, Rule } from "./types.js";
import { validatorOf } from "./validator.js";

export interface CallRecord {
  api: ApiModel["name"];
  operationId: string;
  method: string;
  path: string;
  status: number;
  identity: Identity["kind"];
}

export interface Fault {
  /** The status to answer (default 500). */
  status?: number;
  /** How many calls fail (default 1). */
  times?: number;
  /** Seconds sent in Retry-After. */
  retryAfter?: number;
}

export interface Api {
  model: ApiModel;
  route: (method: string, path: string) => Route | "method" | undefined;
  rules: Map<string, Rule>;
}

export function apiOf(name: ApiModel["name"], contract: FakeContract, resources: readonly Resource[]): Api {
  const mine = resources.filter((r) => r.api === name);
  const schemas = schemasOf(contract);
  const model = modelOf(contract, schemas, mine.flatMap((r) => r.collections ?? []));
  return {
    model: { name, contract, schemas, validator: validatorOf(contract), model, collections: collectionsOf(model), aliases: Object.assign({}, ...mine.map((r) => r.aliases)) },
    route: router(contract),
    rules: new Map(mine.flatMap((r) => Object.entries(r.rules))),
  };
}

/** The example answer, marked by a header; a list's example loses its cursor (it is the last page). */
export function exampleReply(call: Call): Reply {
  const example = structuredClone(call.op.answer?.example) as unknown;
  if (isObject(example) && call.api.schemas.itemsKey(call.op.answer!.schema)) {
    const [, response] = (call.op.cursor ?? ["query.after", "next"]).map((p) => p.split(".")) as [string[], string[]];
    const holder = response.slice(0, -1).reduce<Json | undefined>((v, k) => (isObject(v?.[k]) ? (v[k] as Json) : undefined), example);
    if (holder) response.length > 1 ? (holder[response.at(-1)!] = "") : delete holder[response.at(-1)!];
  }
  return { status: call.op.status, ...(call.op.answer ? { body: example } : {}), headers: { "x-versori-fake": "example" } };
}

/** Items named on the way to the operation's own (a project in `/projects/{project_id}/versions`) must exist. */
function checkParents(call: Call, ctx: Context): void {
  const kind = call.api.model.get(call.op.operationId)!.kind;
  // Read, update and delete look their own item up; every other operation needs all it names.
  const path = kind === "read" || kind === "update" || kind === "delete" ? parentOf(call.op.path)![0] : call.op.path;
  const segments = path.split("/");
  segments.forEach((segment, i) => {
    const param = /^\{([^}]+)\}$/.exec(segment)?.[1];
    const collection = segments.slice(0, i).join("/");
    if (param && call.api.collections.has(collection) && !ctx.find(call.api, collection, ctx.keyOf(call, collection), call.params[param]!)) {
      throw notFoundIn(collection, call.params[param]);
    }
  });
}

const TITLES: Record<ApiModel["name"], string> = { platform: "Platform API", organisations: "Organisations API" };

export interface Engine {
  handle(request: Request): Promise<Response>;
}

export function engine(apis: readonly Api[], ctx: Context, hooks: { apiKeys: Set<string>; faults: Map<string, Fault[]>; before: Map<string, (() => unknown)[]>; calls: CallRecord[]; latencyMs: () => number }): Engine {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), "x-request-id": ctx.newId(), ...headers },
    });
  const error = (api: ApiModel | undefined, e: FakeError) =>
    json(e.status, { code: api?.contract.errorCodes[e.status] ?? "error", message: e.message, ...(e.fields ? { fields: e.fields } : {}) }, e.headers);

  async function answer(api: Api, route: Route, request: Request, url: URL, seen: { identity: Identity["kind"] }): Promise<Reply> {
    const { op, params } = route;
    const latency = hooks.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    // A test's own step, run once as the call arrives (fake.before): what it changes, the call finds.
    await hooks.before.get(op.operationId)?.shift()?.();
    const faults = hooks.faults.get(op.operationId);
    const fault = faults?.[0];
    if (fault) {
      if (--fault.times! <= 0) faults.shift();
      const retry: Record<string, string> = fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) };
      throw new FakeError(fault.status ?? 500, `A fault injected into ${op.operationId}.`, undefined, retry);
    }
    const identity = await identify(request.headers.get("authorization"), op.anonymous === true, hooks.apiKeys, ctx.keys);
    seen.identity = identity.kind;
    if (api.model.name === "platform" && params.organisation_id !== undefined && params.organisation_id !== ctx.organisationId) {
      throw new FakeError(403, `This caller may not act for organisation ${params.organisation_id}.`);
    }
    const { query, body } = await readRequest(api.model, op, request, url, params);
    const call: Call = { api: api.model, op, params, query, body, identity, pageLimit: ctx.settings.maxPageSize ?? Infinity };
    checkParents(call, ctx);
    const rule = api.rules.get(op.operationId);
    return rule ? rule(call, ctx) : generic(call, ctx);
  }

  return {
    async handle(request) {
      const url = new URL(request.url);
      const api = apis.find((a) => url.pathname.startsWith(`${a.model.contract.basePath}/`));
      const path = api ? url.pathname.slice(api.model.contract.basePath.length) : url.pathname;
      const route = api?.route(request.method, path);
      const record = (operationId: string, status: number, identity: Identity["kind"] = "anonymous") =>
        hooks.calls.push({ api: api?.model.name ?? "platform", operationId, method: request.method, path, status, identity });
      if (!api || !route) {
        record("", 404);
        // Outside both base paths is most often a base URL without its path (startFakePlatform's url): say where the APIs are.
        const where = api ? "" : `: the fake serves ${apis.map((a) => `the ${TITLES[a.model.name]} under ${a.model.contract.basePath}`).join(" and ")} (startFakePlatform's baseUrls)`;
        const of = api ? ` of the ${TITLES[api.model.name]}` : "";
        return error(api?.model, new FakeError(404, `No operation${of} answers ${request.method} ${path}${where}.`));
      }
      if (route === "method") {
        record("", 405);
        const allow = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((method) => typeof api.route(method, path) === "object");
        return error(api.model, new FakeError(405, `${request.method} is not an operation of ${path}`, undefined, { allow: allow.join(", ") }));
      }
      const seen = { identity: "anonymous" as Identity["kind"] };
      try {
        const reply = await answer(api, route, request, url, seen);
        record(route.op.operationId, reply.status, seen.identity);
        return json(reply.status, reply.body, reply.headers);
      } catch (e) {
        if (!(e instanceof FakeError)) throw e;
        record(route.op.operationId, e.status, seen.identity);
        return error(api.model, e);
      }
    },
  };
}
