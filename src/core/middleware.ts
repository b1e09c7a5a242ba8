// openapi-fetch's middleware (`onRequest`, `onResponse`, `onError`) for the named methods, with
// the same order and rules as openapi-fetch: onRequest in the order given (a Response returned
// skips the request), onError and onResponse from last to first. It runs once per call around
// the whole exchange, retries included, as it does around openapi-fetch's fetch; a client
// without middleware never reaches this file.
import type { Middleware } from "openapi-fetch";

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
