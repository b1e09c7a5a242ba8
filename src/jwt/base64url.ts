// base64url without padding (RFC 7515 §2), the encoding of the three parts of a compact JWT,
// and the base64 body of a PEM. atob/btoa exist in Node.js 16+, browsers and edge runtimes.

const encoder = new TextEncoder();

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

export function encodeBase64Url(input: Uint8Array | string): string {
  const bytes = typeof input === "string" ? utf8(input) : input;
  let binary = "";
  // In slices: spreading a whole signature or key into one call could exceed the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** The bytes of a base64url text without padding; undefined for any other text. */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  return decodeBase64(text.replace(/-/g, "+").replace(/_/g, "/"));
}

/** The bytes of a base64 text (whitespace allowed, as in a PEM body); undefined if it is not one. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  let binary: string;
  try {
    binary = atob(text.replace(/\s+/g, ""));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
