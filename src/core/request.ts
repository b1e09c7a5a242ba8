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

const isScalar = (value: unknown): boolean => {
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean";
};

const badQueryValue = (name: string, value: unknown) =>
  new TypeError(`query.${name}: expected strings, numbers or booleans, got ${value instanceof Date ? "a Date (send toISOString())" : typeof value}`);

function serializeQuery(query: Record<string, unknown>, joined: readonly string[] | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (isScalar(value)) {
      parts.push(serializePrimitiveParam(name, value as string));
    } else if (Array.isArray(value)) {
      if (value.length === 0) continue;
      for (const item of value) if (!isScalar(item)) throw badQueryValue(name, item);
      parts.push(serializeArrayParam(name, value, joined?.includes(name) ? JOINED : FORM));
    } else {
      // Checked here: openapi-fetch's serializer would throw a message about its own options.
      throw badQueryValue(name, value);
    }
  }
  return parts.join("&");
}

export interface Prepared {
  url: string;
  /** Client and call headers, lowercased, without Authorization from the token (added per attempt). */
  headers: Record<string, string>;
  body: string | FormData | undefined;
}

/** `clientHeaders` and `callHeaders` are checked and lowercased already (options.checkHeaders). */
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
  const headers = callHeaders ? { ...clientHeaders, ...callHeaders } : { ...clientHeaders };
  if (body === undefined) return { url, headers, body: undefined };
  const form = op.multipart ? asMultipart(body) : undefined;
  if (form) {
    // fetch writes the multipart type with the form's boundary; any other type would hide it.
    delete headers["content-type"];
    return { url, headers, body: form };
  }
  // Anything else is JSON unless the caller said otherwise.
  if (!("content-type" in headers)) headers["content-type"] = "application/json";
  return { url, headers, body: JSON.stringify(body) };
}
