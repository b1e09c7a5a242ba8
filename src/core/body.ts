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
//
// Any fetch's Response will do: its body a web stream (fetch, undici), a Node stream or other
// async iterable of bytes (node-fetch v2, which cross-fetch and isomorphic-fetch use in Node),
// or no stream at all, read whole with arrayBuffer() (or text()) and measured after.

// Safe to share: a decode without `stream` keeps no state from one call to the next.
const utf8 = new TextDecoder();

/** What hands out a body's chunks: a web stream's reader, or an async iterable's iterator (both give { done, value }). */
interface Source {
  read?(): Promise<IteratorResult<Uint8Array>>;
  next?(): Promise<IteratorResult<Uint8Array>>;
}

/** A body, or its source, that will not be read further: cancels a web stream, ends an iteration, destroys a Node stream. */
export function discard(body: unknown): undefined {
  const b = body as { cancel?(): Promise<unknown>; return?(): Promise<unknown>; destroy?(): void } | null | undefined;
  const stopped = b?.cancel ? b.cancel() : b?.return?.();
  if (stopped) stopped.catch(() => {});
  else b?.destroy?.();
  return undefined;
}

/** The body as text (UTF-8, BOM dropped, like Response.text()), or undefined when over `limit`. */
export async function readText(response: Response, limit: number): Promise<string | undefined> {
  const declared = response.headers.get("content-length");
  const body = response.body as unknown as (ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>) | null;
  if (declared !== null && Number(declared) > limit) return discard(body);
  const source: Source | undefined = body?.getReader
    ? body.getReader()
    : body && typeof body === "object" && Symbol.asyncIterator in body
      ? body[Symbol.asyncIterator]()
      : undefined;
  if (!source) {
    // No stream (an empty body, a test double's or an old polyfill's Response): read whole, then measured.
    const bytes = response.arrayBuffer ? new Uint8Array(await response.arrayBuffer()) : new TextEncoder().encode(await response.text());
    return bytes.byteLength > limit ? undefined : utf8.decode(bytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await (source.read ? source.read() : source.next!());
    if (done) break;
    size += value.byteLength;
    if (size > limit) return discard(source);
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
