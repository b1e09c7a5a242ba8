// Reads an answer's body as text, at most `limit` bytes. An answer that is larger (announced by
// Content-Length, or found so while reading) is left unread, and the caller fails the call at
// once: reading it whole could take long, and a body over V8's longest string cannot even be
// decoded, which would fail a complete answer that a retry would download again.

/** The body as text (UTF-8, BOM dropped, like Response.text()), or undefined when over `limit`. */
export async function readText(response: Response, limit: number): Promise<string | undefined> {
  const declared = response.headers.get("content-length");
  const body = response.body;
  if (declared !== null && Number(declared) > limit) {
    body?.cancel().catch(() => {});
    return undefined;
  }
  // No stream: an empty body, or a Response-like object of a test double. An identity-encoded
  // body of a declared length within the limit is exactly that long: read it the fast way. Only
  // where all headers are visible (Node's fetch and a browser's same-origin answer: "basic"; a
  // Response built in code: "default"): across origins a browser shows Content-Length, the size
  // on the wire, but hides Content-Encoding, so a small gzip length may decode to gigabytes.
  if (!body || (declared !== null && !response.headers.has("content-encoding") && /^(basic|default)$/.test(response.type))) {
    return response.text();
  }
  const reader = body.getReader();
  // Decoded chunk by chunk (a character split between chunks is held back), so no chunk is
  // kept or copied; the decoder drops a leading BOM as Response.text() does.
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
