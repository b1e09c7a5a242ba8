// openapi-fetch's own client (`GET("/path", { params })`, `use(middleware)`, `{ data, error,
// response }`, and the libraries built on it) running on our transport: its `fetch` is the
// core's, so auth, retries, timeouts, redirect rules, size limits and redaction are the same as
// for the named methods. Path parameters go through our segment encoding before openapi-fetch
// builds the URL, since `new Request()` would resolve a `..` before any fetch could refuse it.
import createClient, { type Client } from "openapi-fetch";
import type { ApiClientOptions } from "./api.js";
import { checkHeaders, type CallOptions } from "./options.js";
import { buildPath } from "./path.js";
import { readableCopy } from "./response.js";
import { createTransport, type Transport } from "./transport.js";

/** `/o/{organisation_id}/x` with its parameters, each one safe, percent-encoded segment. */
function safePath(pathname: string, params: Record<string, unknown>): string {
  return buildPath(pathname.split(/\{([^}]+)\}/), params ?? {});
}

/** A fetch for openapi-fetch over the transport: HTTP errors resolve, failures without an answer reject. */
function coreFetch(transport: Transport) {
  return async (request: Request): Promise<Response> => {
    // openapi-fetch copies init keys a Request does not have onto it: per-call options ride there.
    const o = transport.sendOptions(request as Request & CallOptions, request.method);
    const headers = { ...transport.headers, ...checkHeaders(request.headers) };
    // Read once, so every retry sends the same bytes (a Request body is a one-time stream).
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const { response, text } = await transport.send({ method: request.method, url: request.url, headers, body }, o);
    return readableCopy(response, text);
  };
}

/**
 * An openapi-fetch client for the API whose `paths` are `Paths`. Takes the named client's
 * options; `middleware` goes to `client.use`, and `organisationId` is not used (every path names
 * its parameters). HTTP errors resolve as `{ error, response }`; connection failures and
 * timeouts reject with VersoriConnectionError / VersoriTimeoutError.
 */
export function createFetchClient<Paths extends {}>(options: ApiClientOptions, productionUrl: string): Client<Paths> {
  const { middleware, ...rest } = options ?? {};
  const transport = createTransport(rest, productionUrl);
  const client = createClient<Paths>({ baseUrl: transport.baseUrl, fetch: coreFetch(transport), pathSerializer: safePath });
  if (middleware?.length) client.use(...middleware);
  return client;
}
