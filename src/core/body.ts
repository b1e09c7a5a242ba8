// Reads an answer's body as text, at most `limit` bytes. An answer that is larger (announced by
// Content-Length, or found so while reading) is left unread, and the caller fails the call at
// once: reading it whole could take long, and a body over V8's longest string cannot even be
// decoded, which would fail a complete answer that a retry would download again.
//
// The bytes are counted as they arrive, whatever the headers say: across origins a browser
// shows Content-Length (the size on the wire) but hides Content-Encoding, so a small declared
// length may decode to gigabytes. They are decoded once at the end: a TextDecoder called
// without `stream` takes the runtime's fast UTF-8 path (in Node, `stream: true` does not), and
// a 2 kB answer is a single chunk anyway.

// Safe to share: a decode without `stream` keeps no state from one call to the next.
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
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return utf8.decode(chunks[0]);
  const all = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    all.set(chunk, size);
    size += chunk.byteLength;
  }
  return utf8.decode(all);
}
