// Imports a signing key and signs one RS256 JWT with it. jose's errors are replaced by our own
// TypeErrors (no cause attached), so no message or cause chain can carry key material.
import loadJose from "./load-jose.cjs";
import type { JwtOptions } from "./options.js";

const NOT_RSA = "privateKey must be an RSA private key in PKCS#8 PEM form (-----BEGIN PRIVATE KEY-----)";

/** The private key as a CryptoKey for RS256; a CryptoKey given by the caller is used as it is. */
export async function importSigningKey(privateKey: string | CryptoKey): Promise<CryptoKey> {
  if (typeof privateKey !== "string") return privateKey;
  const { importPKCS8 } = await loadJose();
  try {
    return await importPKCS8(privateKey, "RS256");
  } catch {
    // An EC or Ed25519 key, or a body that is not valid base64/DER.
    throw new TypeError(NOT_RSA);
  }
}

export interface Claims {
  signingKeyId: string;
  subject: string;
  /** Issued-at, seconds since the epoch. */
  iat: number;
  /** Lifetime in whole seconds; exp = iat + lifetime. */
  lifetime: number;
}

export async function signWith(key: CryptoKey, claims: Claims): Promise<string> {
  const { SignJWT } = await loadJose();
  try {
    return await new SignJWT({})
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(issuer(claims.signingKeyId))
      .setSubject(claims.subject)
      .setIssuedAt(claims.iat)
      .setExpirationTime(claims.iat + claims.lifetime)
      .sign(key);
  } catch (error) {
    // jose refuses with a TypeError keys shorter than 2048 bits, keys of another algorithm and
    // keys whose usages exclude "sign". Anything else (WebCrypto failing) keeps only its name.
    if (error instanceof TypeError) {
      throw new TypeError("privateKey cannot sign RS256 tokens: it must be an RSA key of at least 2048 bits that is allowed to sign");
    }
    throw new Error(`signing the JWT failed (${error instanceof Error ? error.name : typeof error})`);
  }
}

export function issuer(signingKeyId: string): string {
  return `https://versori.com/sk/${signingKeyId}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export type { JwtOptions };
