// Turns a path template (literal parts and parameter names, alternating) into a URL path in
// which every parameter is exactly one percent-encoded segment.

/** RFC 3986 unreserved characters pass; everything else, including ! ' ( ) * $, is encoded. */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `reserved`: values that would make another operation's path (`/kv/{key}` with key "batch" is
 * `/kv/batch`), refused like "..": the request would reach that other operation.
 */
export function buildPath(template: readonly string[], params: Record<string, unknown>, reserved?: Readonly<Record<string, readonly string[]>>): string {
  let path = template[0] ?? "";
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    const value = params[name];
    const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
    let segment = "";
    try {
      segment = encodeSegment(text);
    } catch {
      // encodeURIComponent throws URIError on a lone surrogate: refused below like "".
    }
    // "" would drop the segment; "." and ".." are path navigation even when percent-encoded.
    if (!segment || text === "." || text === "..") {
      throw new TypeError(`${name}: expected a non-empty id other than "." and "..", got ${typeof value === "string" ? JSON.stringify(value) : typeof value}`);
    }
    if (reserved?.[name]?.includes(text)) throw new TypeError(`${name}: "${text}" would make the path of another operation`);
    path += segment + (template[i + 1] ?? "");
  }
  return path;
}
