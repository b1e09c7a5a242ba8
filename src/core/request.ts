// Builds what goes on the wire for one call: URL, headers and body. Query values are
// percent-encoded (encodeURIComponent, names as the spec spells them), arrays as repeated keys
// (the spec's form/explode style) or, for the operation's `joined` names, one comma-joined value
// (explode: false); bodies are JSON or a multipart form. fetch is then called with a URL and a
// plain init, like a hand-written call, so the client adds no Request or Headers object to a call.
import type { OperationDescriptor } from "./descriptor.js";

const isScalar = (value: unknown): boolean => {
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean";
};

export function serializeQuery(query: Record<string, unknown>, joined: readonly string[] | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value == null) continue;
    // A scalar is a list of one; an empty array sends nothing.
    const list: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of list) {
      if (!isScalar(item)) {
        throw new TypeError(`query.${name}: expected strings, numbers or booleans, got ${item instanceof Date ? "a Date (send toISOString())" : typeof item}`);
      }
    }
    const values = list.map((item) => encodeURIComponent(item as string));
    if (!joined?.includes(name)) for (const item of values) parts.push(`${name}=${item}`);
    else if (values.length) parts.push(`${name}=${values.join(",")}`);
  }
  return parts.join("&");
}

export interface Prepared {
  method: string;
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
  const headers = { ...clientHeaders, ...callHeaders };
  const method = op.method;
  if (body === undefined) return { method, url, headers, body };
  // Only upload operations carry a converter (asMultipart): other bundles leave it out.
  const form = op.form?.(body);
  if (form) {
    // fetch writes the multipart type with the form's boundary; any other type would hide it.
    delete headers["content-type"];
    return { method, url, headers, body: form };
  }
  // Anything else is JSON unless the caller said otherwise.
  headers["content-type"] ??= "application/json";
  return { method, url, headers, body: JSON.stringify(body) };
}
