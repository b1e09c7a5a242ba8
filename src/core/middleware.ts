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

/** The transport's exchange for a client with middleware (undefined without: plain `send`). */
export const middlewareExchange: ExchangeFactory = (send, baseUrl, options) => {
  const list = checkMiddleware(options.middleware);
  if (!list) return undefined;
  // onResponse and onError run from last to first: the reversed list, made once per client.
  const reversed = [...list].reverse();
  return async (op, args, out, o) => {
    const path: Record<string, unknown> = {};
    const schemaPath = op.path
      .map((part, i) => {
        if (i % 2 === 0) return part;
        // Our parameter names are the spec's snake_case ones in camelCase: turned back for schemaPath.
        const name = part.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        path[name] = args[part];
        return `{${name}}`;
      })
      .join("");
    const context: MiddlewareContext = {
      schemaPath,
      params: { path, ...(args.query ? { query: args.query as Record<string, unknown> } : {}) },
      id: Math.random().toString(36).slice(2, 11),
      options: { baseUrl },
    };
    const bare = () => ({ method: out.method, url: out.url, headers: {} });
    // The answer a middleware's Response makes, read as `send` reads one.
    const answerOf = async (response: Response, summary = bare): Promise<Answer> => ({ response, text: await response.text(), summary });
    const original = new Request(out.url, { method: out.method, headers: out.headers, body: (out.body ?? null) as BodyInit | null });
    let request = original;
    /**
     * Runs one hook of every middleware on `value` (the request, the response or the error):
     * onRequest in the order given, the others from last to first. A result of class `kind` takes
     * the value's place; a Response from onRequest or onError ends the run, as the call's answer.
     */
    const run = async <T>(hook: "onRequest" | "onResponse" | "onError", value: T, kind: Function, expected: string): Promise<T | Response> => {
      for (const m of hook === "onRequest" ? list : reversed) {
        // `request`, then `response` or `error` (onRequest's value is the request itself).
        const result: unknown = await (m[hook] as ((params: object) => unknown) | undefined)?.({ ...context, request, [hook.slice(2).toLowerCase()]: value });
        if (result instanceof Response && hook !== "onResponse") return result;
        if (result instanceof kind) value = result as T;
        else if (result) throw new TypeError(`middleware ${hook} must return ${expected} or nothing`);
      }
      return value;
    };
    const sent = await run("onRequest", request, Request, "a Request, a Response");
    // A Response from onRequest is the answer: no onResponse runs after it, as in openapi-fetch.
    if (sent instanceof Response) return answerOf(sent);
    request = sent;
    // Headers may have been changed in place; a replaced request brings its own body.
    const headers = checkHeaders(request.headers);
    if (request === original && out.body instanceof FormData) delete headers["content-type"];
    const body = request === original ? out.body : request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    let answer: Answer;
    try {
      answer = await send({ method: request.method, url: request.url, headers, body }, o);
    } catch (error) {
      // A Response from onError recovers the call; onResponse then runs on it, as in openapi-fetch.
      const recovered = await run("onError", error, Error, "a Response, an Error");
      if (!(recovered instanceof Response)) throw recovered;
      answer = await answerOf(recovered);
    }
    const seen = readableCopy(answer.response, answer.text);
    const final = await run("onResponse", seen, Response, "a Response");
    return final === seen ? answer : answerOf(final, answer.summary);
  };
};
