// Reads an answer's body as text, at most `limit` bytes. An answer that is larger (announced by
// Content-Length, or found so while reading) is left unread, and the caller fails the call at
// once: reading it whole could take long, and a body over V8's longest string cannot even be
// decoded, which would fail a complete answer that a retry would download again.

// decode() without { stream: true } keeps no state between calls, so one decoder serves all.
const utf8 = new TextDecoder();

/** The body as text (UTF-8, BOM dropped, like Response.text()), or undefined when over `limit`. */
export async function readText(response: Response, limit: number): Promise<string | undefined> {
  const declared = response.headers.get("content-length");
  const body = response.body;
  if (declared !== null && Number(declared) > limit) {
    body?.cancel().catch(() => {});
    return undefined;
  }
  // No stream: an empty body, or a Response-like object of a test double.
  if (!body) return response.text();
  const reader = body.getReader();
  let first: Uint8Array | undefined;
  let more: Uint8Array[] | undefined;
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    if (first === undefined) first = value;
    else (more ??= [first]).push(value);
  }
  if (first === undefined) return "";
  if (more === undefined) return utf8.decode(first);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of more) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return utf8.decode(all);
}
