// Request bodies for operations that take multipart/form-data as well as JSON. A FormData
// (the global one, or any FormData-like object) is sent as a form; a plain object is turned
// into one when one of its values is binary (Blob/File, Buffer, Uint8Array, ArrayBuffer).
// Other object values become JSON text parts.

export type BinaryLike = Blob | ArrayBuffer | ArrayBufferView;

const isBinary = (v: unknown): v is BinaryLike => v instanceof Blob || v instanceof ArrayBuffer || ArrayBuffer.isView(v);

/** A body to send as multipart, or undefined when it should go as JSON. */
export function asMultipart(body: unknown): FormData | undefined {
  if (body instanceof FormData || typeof body !== "object" || body === null) return body as FormData | undefined;
  // A FormData of another realm or polyfill is copied, so fetch encodes it as a form.
  const foreign = (body as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "FormData";
  if (!foreign && !Object.values(body).some(isBinary)) return undefined;
  const form = new FormData();
  const entries = foreign ? (body as { entries(): Iterable<[string, unknown]> }).entries() : Object.entries(body);
  for (const [key, value] of entries) {
    if (value == null) continue;
    if (isBinary(value)) {
      const blob = value instanceof Blob ? value : new Blob([value as ArrayBuffer]);
      form.append(key, blob, blob instanceof File ? blob.name : key);
    } else form.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return form;
}
