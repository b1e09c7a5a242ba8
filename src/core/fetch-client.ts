// openapi-fetch's own client (`GET("/path", { params })`, `use(middleware)`, `{ data, error,
// response }`, and the libraries built on it) running on our transport: its `fetch` is the
// core's, so auth, retries, timeouts, redirect rules, size limits and redaction are the same as
// for the named methods. What goes on the wire is built by the same code as well: path
// parameters go through our segment encoding before openapi-fetch builds the URL (`new
// Request()` would resolve a `..` before any fetch could refuse it), queries through the named
// methods' serializer with each operation's `joined` names, and the client's headers are
// openapi-fetch's `headers` option, so middleware sees them and a per-call `null` removes them.
import createClient, { type Client } from "openapi-fetch";
import type { ApiClientOptions } from "./api.js";
import type { OperationDescriptor } from "./descriptor.js";
import { checkHeaders, type CallOptions } from "./options.js";
import { buildPath } from "./path.js";
import { serializeQuery } from "./request.js";
import { readableCopy } from "./response.js";
import { createTransport, type Transport } from "./transport.js";

type Query = Record<string, unknown>;
type Init = CallOptions & { querySerializer?: unknown; fetch?: unknown; [key: string]: unknown };

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** `/o/{organisation_id}/x` with its parameters, each one safe, percent-encoded segment. */
function safePath(pathname: string, params: Record<string, unknown>): string {
  return buildPath(pathname.split(/\{([^}]+)\}/), params ?? {});
}

const plainQuery = (query: Query) => serializeQuery(query, undefined);

/**
 * `GET /o/{}/connectors/{}`: an operation's method and path with the parameter names left out,
 * which the spec's template (the path client's key) and the table's `path` both give.
 */
const shapeOf = (method: string, template: string) => `${method} ${template.replace(/\{[^}]+\}/g, "{}")}`;

/** The table's operations by shape: what tells the path client which operation a call is. */
function byShape(table: Record<string, OperationDescriptor>): Map<string, OperationDescriptor> {
  const shapes = new Map<string, OperationDescriptor>();
  for (const name in table) {
    const op = table[name]!;
    shapes.set(shapeOf(op.method, op.path.map((part, i) => (i % 2 ? "{}" : part)).join("")), op);
  }
  return shapes;
}

/**
 * The fetch openapi-fetch calls for one call: HTTP errors resolve, failures without an answer
 * reject. The call's options are bound here, not carried on the Request, so a middleware that
 * returns a new Request keeps them and none of them goes on the wire.
 */
function callFetch(transport: Transport, call: CallOptions, op?: OperationDescriptor) {
  return async (request: Request): Promise<Response> => {
    // The operation goes to spans and logs only (not as `op`, which would name it in errors):
    // errors of the path client name none, as before.
    const o = { ...transport.sendOptions({ ...call, signal: request.signal }, request.method), traced: op };
    // Read once, so every retry sends the same bytes (a Request body is a one-time stream).
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const sent = { method: request.method, url: request.url, headers: checkHeaders(request.headers), body };
    const { response, text } = await transport.send(sent, o);
    return readableCopy(response, text);
  };
}

/**
 * An openapi-fetch client for the API whose `paths` are `Paths` and whose operations are
 * `table`. Takes the named client's options; `middleware` goes to `client.use`, and
 * `organisationId` is not used (every path names its parameters). Per call it also takes
 * `timeoutMs`, `maxRetries` and `idempotent`. HTTP errors resolve as `{ error, response }`;
 * connection failures and timeouts reject with VersoriConnectionError / VersoriTimeoutError,
 * a refused redirect and a body that broke off with VersoriApiError.
 */
export function createFetchClient<Paths extends {}>(
  options: ApiClientOptions,
  productionUrl: string,
  table: Record<string, OperationDescriptor>,
): Client<Paths> {
  const { middleware, ...rest } = options ?? {};
  const transport = createTransport(rest, productionUrl);
  const client = createClient<Paths>({
    baseUrl: transport.baseUrl,
    headers: transport.headers,
    fetch: callFetch(transport, {}),
    pathSerializer: safePath,
    querySerializer: plainQuery,
  });
  if (middleware?.length) client.use(...middleware);
  const operations = byShape(table);

  const request = (method: string, url: string, init: Init | undefined) => {
    const { timeoutMs, maxRetries, idempotent, ...fetchOptions } = init ?? {};
    const op = operations.get(shapeOf(method.toUpperCase(), url));
    // The operations that join some arrays (`explode: false`) serialize their query their way.
    const joined = op?.joined;
    if (joined && fetchOptions.querySerializer === undefined) fetchOptions.querySerializer = (query: Query) => serializeQuery(query, joined);
    fetchOptions.fetch ??= callFetch(transport, { timeoutMs, maxRetries, idempotent }, op);
    return client.request(method as never, url as never, fetchOptions as never);
  };
  const bound: Record<string, unknown> = { ...client, request };
  for (const method of METHODS) bound[method] = (url: string, init?: Init) => request(method, url, init);
  return bound as unknown as Client<Paths>;
}
