// VersoriJwtError: the one error verifyJwt rejects with for a token it does not accept. Its
// message is one of the fixed texts below, never the token or a part of it, and it has no cause.

/**
 * Why a token was refused:
 * - `malformed`: not a compact JWS of three base64url parts with JSON header and claims, a
 *   header with `crit`, or claims without a string `iss` and `sub` and a numeric `exp` (and, when
 *   present, numeric `nbf` and `iat`);
 * - `bad_signature`: the header names another algorithm than RS256 (`none`, `HS256`, ...), or the
 *   signature does not verify with the public key;
 * - `wrong_issuer`: `iss` is not `https://versori.com/sk/<signingKeyId>`;
 * - `expired`: `exp` has passed, clock tolerance included;
 * - `not_yet_valid`: `nbf` or `iat` lies in the future, beyond the clock tolerance.
 */
export type JwtRejection = "malformed" | "bad_signature" | "wrong_issuer" | "expired" | "not_yet_valid";

const MESSAGES = {
  malformed: "the token is not a compact JWS with JSON claims iss, sub and exp",
  algorithm: "the token is not signed with RS256",
  bad_signature: "the token's signature does not verify with this public key",
  wrong_issuer: "the token was not issued by this signing key (iss)",
  expired: "the token has expired (exp)",
  not_yet_valid: "the token is not valid yet (nbf or iat is in the future)",
} as const;

// Both builds (ES module and CommonJS) can be loaded in one program; a global brand lets each
// copy's instanceof recognise the other's errors, as the main entry's errors do.
const BRAND = Symbol.for("versori-client.jwt-error");

export class VersoriJwtError extends Error {
  /** Why the token was refused. */
  readonly reason: JwtRejection;

  /** @internal `message` picks one of the fixed texts; the token never goes in. */
  constructor(reason: JwtRejection, message: keyof typeof MESSAGES = reason) {
    super(`JWT refused: ${MESSAGES[message]}`);
    this.name = "VersoriJwtError";
    this.reason = reason;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value) || (this === VersoriJwtError && (value as { [BRAND]?: unknown } | null)?.[BRAND] === true);
  }

  /** Safe to log: name, reason and message. */
  toJSON(): { name: string; reason: JwtRejection; message: string } {
    return { name: this.name, reason: this.reason, message: this.message };
  }
}
