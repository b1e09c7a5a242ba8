// Turns a path template (literal parts and parameter names, alternating) into a URL path in
// which every parameter is exactly one percent-encoded segment.

/** RFC 3986 unreserved characters pass; everything else, including ! ' ( ) * $, is encoded. */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function buildPath(template: readonly string[], params: Record<string, unknown>): string {
  let path = template[0] ?? "";
  for (let i = 1; i < template.length; i += 2) {
    const name = template[i] as string;
    const value = params[name];
    if (typeof value !== "string" && typeof value !== "number") {
      throw new TypeError(`${name} is required and must be a string, got ${value === undefined ? "undefined" : typeof value}`);
    }
    const text = String(value);
    // "" would drop the segment; "." and ".." are path navigation even when percent-encoded.
    if (text === "" || text === "." || text === "..") {
      throw new TypeError(`${name} must be a non-empty id and not "." or "..", got ${JSON.stringify(text)}`);
    }
    let segment: string;
    try {
      segment = encodeSegment(text);
    } catch {
      // encodeURIComponent throws URIError on a lone surrogate; an invalid argument is a TypeError.
      throw new TypeError(`${name} must be well-formed Unicode, got a lone surrogate`);
    }
    path += segment + (template[i + 1] ?? "");
  }
  return path;
}
