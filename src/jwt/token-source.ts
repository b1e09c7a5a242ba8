// jwtTokenSource: a token function for the client's `token` option that signs once and reuses
// the token until shortly before it expires.
import { checkJwtOptions, type JwtOptions } from "./options.js";
import { importSigningKey, nowSeconds, signWith } from "./sign.js";

/** Longest margin before `exp` at which a cached token is replaced, in seconds. */
export const MAX_REFRESH_MARGIN = 60;

/**
 * Seconds before expiry at which a new token is signed: 10 % of the lifetime, at most 60 s
 * (so a one-hour token is replaced after 59 minutes, a 5-minute token after 4.5 minutes).
 */
export function refreshMargin(lifetime: number): number {
  return Math.min(MAX_REFRESH_MARGIN, lifetime / 10);
}

/**
 * Returns `() => Promise<string>` for the client's `token` option (with `authScheme: "JWT"`).
 * The options are checked now (a TypeError for bad input); the key is imported once, at the first
 * call. Calls share one cached token until its refresh point, and one signing while it runs; a
 * failed import or signing rejects that call only and is tried again at the next one.
 */
export function jwtTokenSource(options: JwtOptions): () => Promise<string> {
  const lifetime = checkJwtOptions(options);
  const { privateKey, signingKeyId, subject } = options;
  const margin = refreshMargin(lifetime);
  let key: Promise<CryptoKey> | undefined;
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const sign = async (): Promise<string> => {
    key ??= importSigningKey(privateKey);
    let imported: CryptoKey;
    try {
      imported = await key;
    } catch (error) {
      key = undefined;
      throw error;
    }
    const iat = nowSeconds();
    const token = await signWith(imported, { signingKeyId, subject, iat, lifetime });
    cached = { token, refreshAt: (iat + lifetime - margin) * 1000 };
    return token;
  };

  return () => {
    if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
    pending ??= sign().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
