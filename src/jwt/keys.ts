// RS256 keys on WebCrypto (globalThis.crypto.subtle): PEM import and the checks every key must
// pass, whether it came as a PEM or as a caller's CryptoKey. Failures are our own TypeErrors
// with fixed messages (no cause attached), so no message or cause chain can carry key material.
import { decodeBase64 } from "./base64url.js";
import type { WebCryptoKey } from "./options.js";

/** RSASSA-PKCS1-v1_5 with SHA-256: the WebCrypto name of JWS "RS256". */
export const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

/** The smallest modulus accepted, as jose and RFC 7518 §3.3 require. */
export const MIN_MODULUS_BITS = 2048;

/** WebCrypto, looked up at each use (tests spy on it); Node.js 20+, browsers and edge runtimes have it. */
export function subtle(): SubtleCrypto {
  const found = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!found) throw new Error("versori-client/jwt needs WebCrypto (globalThis.crypto.subtle): Node.js 20 or later, a browser or an edge runtime");
  return found;
}

interface KeyKind {
  option: "privateKey" | "publicKey";
  format: "pkcs8" | "spki";
  label: "PRIVATE KEY" | "PUBLIC KEY";
  type: KeyType;
  usage: KeyUsage;
  notPem: string;
}

export const PRIVATE: KeyKind = {
  option: "privateKey",
  format: "pkcs8",
  label: "PRIVATE KEY",
  type: "private",
  usage: "sign",
  notPem: "privateKey must be an RSA private key in PKCS#8 PEM form (-----BEGIN PRIVATE KEY-----)",
};

export const PUBLIC: KeyKind = {
  option: "publicKey",
  format: "spki",
  label: "PUBLIC KEY",
  type: "public",
  usage: "verify",
  notPem: "publicKey must be an RSA public key in SPKI PEM form (-----BEGIN PUBLIC KEY-----)",
};

/** The DER bytes inside a PEM with exactly this label; undefined for anything else. */
export function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> | undefined {
  const match = new RegExp(`^\\s*-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----\\s*$`).exec(pem);
  return match ? decodeBase64(match[1]!) : undefined;
}

/** A PEM imported for RS256, or a caller's CryptoKey (isCryptoKey held for it) checked as it is. */
export async function importRs256Key(key: string | WebCryptoKey, kind: KeyKind): Promise<CryptoKey> {
  if (typeof key !== "string") return checkRs256Key(key as CryptoKey, kind);
  const der = pemBody(key, kind.label);
  if (!der) throw new TypeError(kind.notPem);
  let imported: CryptoKey;
  try {
    imported = await subtle().importKey(kind.format, der, RS256, false, [kind.usage]);
  } catch {
    // An EC or Ed25519 key, or bytes that are no key at all.
    throw new TypeError(kind.notPem);
  }
  return checkRs256Key(imported, kind);
}

/** Refuses a key that cannot do RS256 in this role: wrong algorithm or hash, too short, wrong half or usage. */
export function checkRs256Key(key: CryptoKey, kind: KeyKind): CryptoKey {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  const fits =
    algorithm.name === RS256.name &&
    algorithm.hash?.name === RS256.hash &&
    (algorithm.modulusLength ?? 0) >= MIN_MODULUS_BITS &&
    key.type === kind.type &&
    key.usages.includes(kind.usage);
  if (fits) return key;
  throw new TypeError(
    `${kind.option} cannot ${kind.usage} RS256 tokens: it must be an RSA ${kind.type} key of at least ${MIN_MODULUS_BITS} bits that is allowed to ${kind.usage}`,
  );
}

export function isCryptoKey(value: unknown): value is WebCryptoKey {
  return typeof CryptoKey !== "undefined" && value instanceof CryptoKey;
}
