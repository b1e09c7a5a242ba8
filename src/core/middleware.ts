// openapi-fetch's middleware (`onRequest`, `onResponse`, `onError`) for the named methods, with
// the same order and rules as openapi-fetch 0.17: onRequest in the order given (a Response
// returned is the answer: no request, no onResponse), onError and onResponse from last to first
// (onResponse also after an onError that recovered with a Response). It runs once per call around
// the whole exchange, retries included, as it does around openapi-fetch's fetch. The full
// clients hand `middlewareExchange` to the transport; the light entry does not carry this file.
import type { Middleware } from "openapi-fetch";
import { checkHeaders } from "./options.js";
import { readableCopy } from "./response.js";
import type { Answer, ExchangeFactory } from "./transport.js";

export type { Middleware };

/** What a middleware is handed besides the request or response (openapi-fetch's callback params). */
export interface MiddlewareContext {
  readonly schemaPath: string;
  readonly params: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  readonly id: string;
  readonly options: { readonly baseUrl: string };
}

export function checkMiddleware(middleware: unknown): readonly Middleware[] | undefined {
  if (middleware === undefined) return undefined;
  const ok =
    Array.isArray(middleware) &&
    middleware.every((m) => m && typeof m === "object" && ["onRequest", "onResponse", "onError"].some((k) => typeof m[k] === "function"));
  if (!ok) throw new TypeError("middleware must be an array of objects with onRequest, onResponse or onError functions");
  return middleware.length ? (middleware as Middleware[]) : undefined;
}

/** Runs every onRequest: the request to send (maybe replaced), or a Response that answers the call. */
export async function onRequest(list: readonly Middleware[], request: Request, context: MiddlewareContext): Promise<Request | Response> {
  for (const m of list) {
    const result = await m.onRequest?.({ ...context, request, options: context.options as never });
    if (result instanceof Response) return result;
    if (result instanceof Request) request = result;
    else if (result) throw new TypeError("middleware onRequest must return a Request, a Response or nothing");
  }
  return request;
}

export async function onResponse(list: readonly Middleware[], request: Request, response: Response, context: MiddlewareContext): Promise<Response> {
  for (let i = list.length - 1; i >= 0; i--) {
    const result = await list[i]!.onResponse?.({ ...context, request, response, options: context.options as never });
    if (result instanceof Response) response = result;
    else if (result) throw new TypeError("middleware onResponse must return a Response or nothing");
  }
  return response;
}

/** Runs every onError: a Response that recovers the call, or the error to throw. */
export async function onError(list: readonly Middleware[], request: Request, error: unknown, context: MiddlewareContext): Promise<Response | unknown> {
  for (let i = list.length - 1; i >= 0; i--) {
    const result = await list[i]!.onError?.({ ...context, request, error, options: context.options as never });
    if (result instanceof Response) return result;
    if (result instanceof Error) error = result;
    else if (result) throw new TypeError("middleware onError must return a Response, an Error or nothing");
  }
  return error;
}

/** The transport's exchange for a client with middleware (undefined without: plain `send`). */
export const middlewareExchange: ExchangeFactory = (send, baseUrl, options) => {
  const list = checkMiddleware(options.middleware);
  if (!list) return undefined;
  return async (op, args, out, o) => {
    const path: Record<string, unknown> = {};
    let schemaPath = op.path[0] ?? "";
    for (let i = 1; i < op.path.length; i += 2) {
      // Our parameter names are the spec's snake_case ones in camelCase: turned back for schemaPath.
      const name = (op.path[i] as string).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      path[name] = args[op.path[i] as string];
      schemaPath += `{${name}}${op.path[i + 1] ?? ""}`;
    }
    const context: MiddlewareContext = {
      schemaPath,
      params: { path, ...(args.query ? { query: args.query as Record<string, unknown> } : {}) },
      id: Math.random().toString(36).slice(2, 11),
      options: { baseUrl },
    };
    const bare = () => ({ method: out.method, url: out.url, headers: {} });
    const original = new Request(out.url, { method: out.method, headers: out.headers, body: (out.body ?? null) as BodyInit | null });
    const request = await onRequest(list, original, context);
    // A Response from onRequest is the answer: no onResponse runs after it, as in openapi-fetch.
    if (request instanceof Response) return { response: request, text: await request.text(), summary: bare };
    // Headers may have been changed in place; a replaced request brings its own body.
    const headers = checkHeaders(request.headers);
    if (request === original && out.body instanceof FormData) delete headers["content-type"];
    const body = request === original ? out.body : request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    let answer: Answer;
    try {
      answer = await send({ method: request.method, url: request.url, headers, body }, o);
    } catch (error) {
      // A Response from onError recovers the call; onResponse then runs on it, as in openapi-fetch.
      const recovered = await onError(list, request, error, context);
      if (!(recovered instanceof Response)) throw recovered;
      answer = { response: recovered, text: await recovered.text(), summary: bare };
    }
    const seen = readableCopy(answer.response, answer.text);
    const final = await onResponse(list, request, seen, context);
    return final === seen ? answer : { ...answer, response: final, text: await final.text() };
  };
};
