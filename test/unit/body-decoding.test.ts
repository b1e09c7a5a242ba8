// The body reader (src/core/body.ts) gives the text Response.text() gives, however the bytes are
// cut into chunks: a character split between two chunks, a leading BOM, a declared length or
// none. It decodes once at the end, so these pin that nothing is lost or doubled at the seams.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readText } from "../../src/core/body.js";

const encoder = new TextEncoder();

/** A Response whose body arrives in the given pieces of `bytes` (cut at `cuts`). */
function chunked(bytes: Uint8Array, cuts: number[], headers: Record<string, string> = {}): Response {
  const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i + 1 < bounds.length; i++) controller.enqueue(bytes.slice(bounds[i], bounds[i + 1]));
      controller.close();
    },
  });
  return new Response(stream, { headers });
}

describe("readText", () => {
  test("a character split between chunks comes out whole", async () => {
    const bytes = encoder.encode('{"name":"Zoë €10 🚀"}');
    // Cut inside the 2-byte ë, the 3-byte € and the 4-byte emoji.
    const cuts = [12, 16, 19, 22];
    await expect(readText(chunked(bytes, cuts), 1024)).resolves.toBe('{"name":"Zoë €10 🚀"}');
  });

  test("a leading BOM is dropped, as Response.text() drops it", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode("[1]")]);
    await expect(readText(chunked(bytes, [1, 2]), 1024)).resolves.toBe("[1]");
    await expect(readText(chunked(bytes, []), 1024)).resolves.toBe("[1]");
  });

  test("concurrent reads share nothing: each gets its own text", async () => {
    const texts = ["αβγ".repeat(50), "δεζ".repeat(70), "plain"];
    const got = await Promise.all(texts.map((t, i) => readText(chunked(encoder.encode(t), [1, 7 + i, 33]), 4096)));
    expect(got).toEqual(texts);
  });

  test("any text cut anywhere reads as Response.text() reads it, with or without Content-Length", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 60 }), fc.array(fc.nat(400), { maxLength: 6 }), fc.boolean(), async (text, cuts, declared) => {
        const bytes = encoder.encode(text);
        const headers: Record<string, string> = declared ? { "content-length": String(bytes.length) } : {};
        const expected = await new Response(bytes).text();
        expect(await readText(chunked(bytes, cuts, headers), 1_000_000)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  test("one byte over the limit across chunks is refused", async () => {
    const bytes = encoder.encode("x".repeat(101));
    await expect(readText(chunked(bytes, [50, 100]), 100)).resolves.toBeUndefined();
    await expect(readText(chunked(bytes.slice(0, 100), [50]), 100)).resolves.toBe("x".repeat(100));
  });
});

describe("readText: bodies of other fetches", () => {
  const headers = new Headers();

  test("an async iterable (a Node stream) is read chunk by chunk, and let go of once over the limit", async () => {
    let pulled = 0;
    let ended = false;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield encoder.encode("x".repeat(10));
        }
      } finally {
        ended = true;
      }
    }
    const answer = { headers, body: endless() } as unknown as Response;
    await expect(readText(answer, 95)).resolves.toBeUndefined();
    expect(pulled).toBe(10);
    expect(ended).toBe(true);

    async function* pieces() {
      yield* [new Uint8Array([0xef, 0xbb, 0xbf, 0x5b]), encoder.encode("1]")];
    }
    await expect(readText({ headers, body: pieces() } as unknown as Response, 6)).resolves.toBe("[1]");
  });

  test("a Node Readable is read, and destroyed when over the limit", async () => {
    const { Readable } = await import("node:stream");
    await expect(readText({ headers, body: Readable.from([encoder.encode('{"a":'), encoder.encode("1}")]) } as unknown as Response, 100)).resolves.toBe('{"a":1}');
    const big = Readable.from((function* () { for (;;) yield encoder.encode("y".repeat(1000)); })());
    await expect(readText({ headers, body: big } as unknown as Response, 5000)).resolves.toBeUndefined();
    expect(big.destroyed).toBe(true);
  });

  test("no stream: arrayBuffer() read whole, then measured; else text(), measured in UTF-8 bytes", async () => {
    const bytes = encoder.encode("ëë"); // 4 bytes, 2 characters
    const buffered = (body: unknown) => ({ headers, body, arrayBuffer: async () => bytes.buffer }) as unknown as Response;
    await expect(readText(buffered(undefined), 4)).resolves.toBe("ëë");
    await expect(readText(buffered("ëë"), 3)).resolves.toBeUndefined();
    const texted = { headers, body: null, text: async () => "ëë" } as unknown as Response;
    await expect(readText(texted, 4)).resolves.toBe("ëë");
    await expect(readText(texted, 3)).resolves.toBeUndefined();
    await expect(readText(new Response(null, { status: 204 }), 4)).resolves.toBe("");
  });

  test("a declared length over the limit lets go of the body, whatever it is", async () => {
    const { Readable } = await import("node:stream");
    const node = Readable.from([encoder.encode("z")]);
    await expect(readText({ headers: new Headers({ "content-length": "10" }), body: node } as unknown as Response, 9)).resolves.toBeUndefined();
    expect(node.destroyed).toBe(true);
  });
});
