// Options of signJwt, jwtTokenSource and verifyJwt, and their validation. Bad input is a
// programming error: a TypeError at once, whose message never contains a key.
import { isCryptoKey } from "./keys.js";

/**
 * A WebCrypto key (`CryptoKey` of the DOM library, `webcrypto.CryptoKey` of node:crypto), as its
 * shape. Named here so that the declarations need no DOM library: a Node service compiled with
 * `lib: ["ES2022"]` and @types/node has no global `CryptoKey` type. signJwt, jwtTokenSource and
 * verifyJwt check at run time that it is the runtime's CryptoKey.
 */
export interface WebCryptoKey {
  readonly algorithm: { readonly name: string };
  readonly extractable: boolean;
  readonly type: string;
  readonly usages: readonly string[];
}

export interface JwtOptions {
  /**
   * The signing key's private key: a PKCS#8 PEM string (`-----BEGIN PRIVATE KEY-----`, as
   * CreateSigningKey returns it), or an RSASSA-PKCS1-v1_5 SHA-256 `CryptoKey` that may sign.
   */
  privateKey: string | WebCryptoKey;
  /** The id of the signing key; the token's issuer is `https://versori.com/sk/<signingKeyId>`. */
  signingKeyId: string;
  /** The end user's external id (the id your own system uses for them): the token's `sub`. */
  subject: string;
  /** Lifetime of the token in seconds (fractions round up). Default 3600. */
  expiresIn?: number | undefined;
}

export const DEFAULT_EXPIRES_IN = 3600;

const PKCS8 = /^\s*-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\s]+-----END PRIVATE KEY-----\s*$/;

/** Checks everything that can be checked without importing the key; returns the lifetime. */
export function checkJwtOptions(options: JwtOptions): number {
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const { privateKey, signingKeyId, subject, expiresIn = DEFAULT_EXPIRES_IN } = options;
  if (typeof privateKey === "string") checkPem(privateKey);
  else if (!isCryptoKey(privateKey)) throw new TypeError("privateKey must be a PKCS#8 PEM string or a CryptoKey");
  if (typeof signingKeyId !== "string" || signingKeyId.trim() === "") throw new TypeError("signingKeyId must be a non-empty string");
  if (typeof subject !== "string" || subject.trim() === "") throw new TypeError("subject must be a non-empty string");
  if (typeof expiresIn !== "number" || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new TypeError(`expiresIn must be a positive, finite number of seconds, got ${String(expiresIn)}`);
  }
  return Math.ceil(expiresIn);
}

// Only the PEM label is looked at here; whether the key inside is RSA shows when it is imported.
function checkPem(pem: string): void {
  if (PKCS8.test(pem)) return;
  if (pem.includes("-----BEGIN RSA PRIVATE KEY-----")) {
    throw new TypeError(
      "privateKey is a PKCS#1 key (BEGIN RSA PRIVATE KEY); convert it to PKCS#8 (BEGIN PRIVATE KEY), for example with `openssl pkcs8 -topk8 -nocrypt`",
    );
  }
  throw new TypeError("privateKey must be an RSA private key in PKCS#8 PEM form (-----BEGIN PRIVATE KEY-----)");
}

export interface VerifyJwtOptions {
  /**
   * The signing key's public key: the SPKI PEM (`-----BEGIN PUBLIC KEY-----`) that GetPublicKey
   * and ListSigningKeys answer, or an RSASSA-PKCS1-v1_5 SHA-256 `CryptoKey` that may verify.
   */
  publicKey: string | WebCryptoKey;
  /** The id of that signing key; the token's `iss` must be `https://versori.com/sk/<signingKeyId>`. */
  signingKeyId: string;
  /** Seconds of clock difference forgiven when `exp`, `nbf` and `iat` are compared with now. Default 30. */
  clockToleranceSec?: number | undefined;
}

export const DEFAULT_CLOCK_TOLERANCE_SEC = 30;

/** Checks verifyJwt's options; returns the clock tolerance. */
export function checkVerifyOptions(options: VerifyJwtOptions): number {
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  const { publicKey, signingKeyId, clockToleranceSec = DEFAULT_CLOCK_TOLERANCE_SEC } = options;
  if (typeof publicKey !== "string" && !isCryptoKey(publicKey)) throw new TypeError("publicKey must be an SPKI PEM string or a CryptoKey");
  if (typeof signingKeyId !== "string" || signingKeyId.trim() === "") throw new TypeError("signingKeyId must be a non-empty string");
  if (typeof clockToleranceSec !== "number" || !Number.isFinite(clockToleranceSec) || clockToleranceSec < 0) {
    throw new TypeError(`clockToleranceSec must be a finite number of seconds, 0 or more, got ${String(clockToleranceSec)}`);
  }
  return clockToleranceSec;
}
