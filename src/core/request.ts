// Builds what goes on the wire for one call: URL, headers and body. Query parameters use
// openapi-fetch's serializers (values percent-encoded, arrays as repeated keys: the spec's
// form/explode style); bodies are JSON or a multipart form. fetch is then called with a URL
// and a plain init, like a hand-written call, so the client adds no Request or Headers object
// to a call. Only the serializers are imported, not openapi-fetch's client, so bundles stay small.
import { serializeArrayParam, serializePrimitiveParam } from "openapi-fetch";
import { asMultipart } from "./multipart.js";
import type { OperationDescriptor } from "./descriptor.js";

const FORM = { style: "form", explode: true } as const;
const JOINED = { style: "form", explode: false } as const;

function serializeQuery(query: Record<string, unknown>, joined: readonly string[] | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    parts.push(
      Array.isArray(value)
        ? serializeArrayParam(name, value, joined?.includes(name) ? JOINED : FORM)
        : serializePrimitiveParam(name, value as string),
    );
  }
  return parts.join("&");
}

/** Header names lowercased, so a call's `content-type` replaces the client's `Content-Type`. */
export function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const name in headers) out[name.toLowerCase()] = headers[name] as string;
  return out;
}

export interface Prepared {
  url: string;
  /** Client and call headers, lowercased, without Authorization (added per attempt). */
  headers: Record<string, string>;
  body: string | FormData | undefined;
}

export function prepare(
  op: OperationDescriptor,
  url: string,
  query: object | undefined,
  body: unknown,
  clientHeaders: Record<string, string>,
  callHeaders: Record<string, string> | undefined,
): Prepared {
  if (query) {
    const search = serializeQuery(query as Record<string, unknown>, op.joined);
    if (search) url += `?${search}`;
  }
  const headers = callHeaders ? { ...clientHeaders, ...lowerCaseKeys(callHeaders) } : { ...clientHeaders };
  if (body === undefined) return { url, headers, body: undefined };
  const form = op.multipart ? asMultipart(body) : undefined;
  // fetch sets the multipart boundary itself; anything else is JSON unless the caller said otherwise.
  if (!form && !("content-type" in headers)) headers["content-type"] = "application/json";
  return { url, headers, body: form ?? JSON.stringify(body) };
}
