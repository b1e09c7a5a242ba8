// Request bodies for operations that take multipart/form-data as well as JSON. A FormData
// (the global one, or any FormData-like object) is sent as it is; a plain object is turned
// into a form when one of its values is binary (Blob/File, Buffer, Uint8Array, ArrayBuffer).

export type BinaryLike = Blob | ArrayBuffer | ArrayBufferView;

const isBinary = (v: unknown): v is BinaryLike =>
  v instanceof Blob || v instanceof ArrayBuffer || ArrayBuffer.isView(v);

const isFormDataLike = (v: unknown): v is { entries(): Iterable<[string, FormDataEntryValue]> } =>
  typeof v === "object" && v !== null && (v as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] === "FormData";

/** A body to send as multipart, or undefined when it should go as JSON. */
export function asMultipart(body: unknown): FormData | undefined {
  if (body instanceof FormData) return body;
  if (isFormDataLike(body)) {
    // A FormData of another realm or polyfill: copy it so fetch encodes it as a form.
    const form = new FormData();
    for (const [k, v] of body.entries()) form.append(k, v);
    return form;
  }
  if (typeof body !== "object" || body === null || !Object.values(body).some(isBinary)) return undefined;
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(key, value, "name" in value && typeof value.name === "string" ? value.name : key);
    else if (isBinary(value)) form.append(key, new Blob([value as ArrayBuffer]), key);
    else if (typeof value === "object") form.append(key, JSON.stringify(value));
    else form.append(key, String(value));
  }
  return form;
}
