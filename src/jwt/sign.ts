// Imports a signing key and signs one RS256 JWT with it, on WebCrypto. Key problems are our own
// TypeErrors (see keys.ts); a failure of WebCrypto itself keeps only its name.
import { encodeBase64Url, utf8 } from "./base64url.js";
import { importRs256Key, PRIVATE, RS256, subtle } from "./keys.js";
import type { JwtOptions, WebCryptoKey } from "./options.js";

/** The private key as a CryptoKey for RS256; a CryptoKey given by the caller is checked and used as it is. */
export const importSigningKey = (privateKey: string | WebCryptoKey): Promise<CryptoKey> => importRs256Key(privateKey, PRIVATE);

export interface Claims {
  signingKeyId: string;
  subject: string;
  /** Issued-at, seconds since the epoch. */
  iat: number;
  /** Lifetime in whole seconds; exp = iat + lifetime. */
  lifetime: number;
}

/** The protected header of every token: `{"alg":"RS256"}`, as the platform's guide signs it. */
const HEADER = encodeBase64Url(JSON.stringify({ alg: "RS256" }));

export async function signWith(key: CryptoKey, claims: Claims): Promise<string> {
  const payload = { iss: issuer(claims.signingKeyId), sub: claims.subject, iat: claims.iat, exp: claims.iat + claims.lifetime };
  const input = `${HEADER}.${encodeBase64Url(JSON.stringify(payload))}`;
  let signature: ArrayBuffer;
  try {
    signature = await subtle().sign(RS256.name, key, utf8(input));
  } catch (error) {
    throw new Error(`signing the JWT failed (${error instanceof Error ? error.name : typeof error})`);
  }
  return `${input}.${encodeBase64Url(new Uint8Array(signature))}`;
}

export function issuer(signingKeyId: string): string {
  return `https://versori.com/sk/${signingKeyId}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export type { JwtOptions };
