// Entry point of versori-client/jwt: signed tokens that act for an organisation's end users, and
// their verification. RS256 on WebCrypto, with no dependency: it loads the same way from ES
// modules, CommonJS (Jest's default mode included), browsers and edge runtimes.
import { checkJwtOptions, type JwtOptions } from "./options.js";
import { importSigningKey, nowSeconds, signWith } from "./sign.js";

export type { JwtOptions, VerifyJwtOptions, WebCryptoKey } from "./options.js";
export { DEFAULT_CLOCK_TOLERANCE_SEC } from "./options.js";
export { jwtTokenSource, refreshMargin } from "./token-source.js";
export { verifyJwt, type VerifiedClaims } from "./verify.js";
export { VersoriJwtError, type JwtRejection } from "./jwt-error.js";

/**
 * Signs one RS256 JWT with an organisation signing key: `iss` is
 * `https://versori.com/sk/<signingKeyId>`, `sub` the end user's id, `iat` now and `exp`
 * `iat + expiresIn` (default one hour). Send it as `Authorization: JWT <token>`. Rejects with a
 * TypeError for bad options or a key that is not an RSA PKCS#8 key of 2048 bits or more.
 */
export async function signJwt(options: JwtOptions): Promise<string> {
  const lifetime = checkJwtOptions(options);
  const key = await importSigningKey(options.privateKey);
  return signWith(key, { signingKeyId: options.signingKeyId, subject: options.subject, iat: nowSeconds(), lifetime });
}
