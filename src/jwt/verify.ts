// verifyJwt: checks a token signed with an organisation signing key the way the platform does
// (RS256 signature, iss, exp/nbf/iat) and resolves with its claims. The signature is checked
// before any claim, so a forged token is always `bad_signature`, never a claim's reason.
import { decodeBase64Url, utf8 } from "./base64url.js";
import { VersoriJwtError } from "./jwt-error.js";
import { importRs256Key, PUBLIC, RS256, subtle } from "./keys.js";
import { checkVerifyOptions, type VerifyJwtOptions } from "./options.js";
import { issuer } from "./sign.js";

/** The claims of an accepted token: `iss`, `sub` and `exp` always, `iat`/`nbf` when it has them, and any others. */
export interface VerifiedClaims {
  iss: string;
  /** The end user the token was signed for (their external id). */
  sub: string;
  exp: number;
  iat?: number;
  nbf?: number;
  [claim: string]: unknown;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** A base64url part holding a JSON object, or undefined. */
function jsonObject(part: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64Url(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isOptionalTime = (value: unknown) => value === undefined || isTime(value);

/**
 * Verifies an RS256 JWT signed with the signing key `signingKeyId` and resolves with its claims.
 * Rejects with a TypeError for bad options (or a public key that is not an RSA key of 2048 bits
 * or more), and with a VersoriJwtError, whose `reason` says why, for a token it refuses.
 */
export async function verifyJwt(token: string, options: VerifyJwtOptions): Promise<VerifiedClaims> {
  const tolerance = checkVerifyOptions(options);
  const key = await importRs256Key(options.publicKey, PUBLIC);
  const parts = typeof token === "string" ? token.split(".") : [];
  if (parts.length !== 3) throw new VersoriJwtError("malformed");
  const [header, payload, signature] = parts as [string, string, string];
  const protectedHeader = jsonObject(header);
  const claims = jsonObject(payload);
  const signatureBytes = decodeBase64Url(signature);
  if (!protectedHeader || !claims || !signatureBytes) throw new VersoriJwtError("malformed");
  if (protectedHeader.alg !== "RS256") throw new VersoriJwtError("bad_signature", "algorithm");
  // Extensions the verifier would have to understand (RFC 7515 §4.1.11): none are known here.
  if (protectedHeader.crit !== undefined) throw new VersoriJwtError("malformed");
  if (!(await subtle().verify(RS256.name, key, signatureBytes, utf8(`${header}.${payload}`)))) throw new VersoriJwtError("bad_signature");

  const { iss, sub, exp, nbf, iat } = claims;
  if (typeof iss !== "string" || typeof sub !== "string" || !isTime(exp) || !isOptionalTime(nbf) || !isOptionalTime(iat)) {
    throw new VersoriJwtError("malformed");
  }
  if (iss !== issuer(options.signingKeyId)) throw new VersoriJwtError("wrong_issuer");
  const now = Date.now() / 1000;
  if (exp <= now - tolerance) throw new VersoriJwtError("expired");
  if ((nbf !== undefined && nbf > now + tolerance) || (iat !== undefined && iat > now + tolerance)) throw new VersoriJwtError("not_yet_valid");
  return claims as VerifiedClaims;
}
