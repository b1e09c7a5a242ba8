// The end user's id as their JWT names it (`sub`), read WITHOUT verifying the token: the page only
// needs to know whom it speaks for, and the platform verifies every request. A JWT's parts are
// base64url (`-` and `_`, no padding), and `sub` may hold any Unicode text, so this decodes the
// bytes and then UTF-8, where `atob` + `JSON.parse` would throw on `-`/`_` or garble non-ASCII.
import { decodeBase64Url } from "../jwt/base64url.js";

const NOT_A_JWT = "token is not a JWT: expected three base64url parts with a JSON object as the second";
const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });

/** The `sub` claim of a compact JWT; a TypeError (never quoting the token) when there is none. */
export function jwtSubject(token: unknown): string {
  if (typeof token !== "string" || token === "") throw new TypeError("token must be the end user's JWT, a non-empty string");
  const parts = token.split(".");
  // Padding is not part of base64url, but some encoders add it: tolerated.
  const bytes = parts.length === 3 ? decodeBase64Url(parts[1]!.replace(/=+$/, "")) : undefined;
  let claims: unknown;
  try {
    claims = bytes && JSON.parse(utf8.decode(bytes));
  } catch {
    claims = undefined;
  }
  if (claims === null || typeof claims !== "object" || Array.isArray(claims)) throw new TypeError(NOT_A_JWT);
  const sub = (claims as { sub?: unknown }).sub;
  if (typeof sub !== "string" || sub === "") {
    throw new TypeError("token has no sub claim (a non-empty string) to name the end user: pass externalId");
  }
  return sub;
}
