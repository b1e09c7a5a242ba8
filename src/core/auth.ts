// Builds the Authorization header from the token option, once per attempt, so a rotating
// token function is honoured on retries; and redacts credentials from the headers an error
// keeps. The token is never put in an error message.
import { BAD_TOKEN, BAD_VALUE, type ClientOptions } from "./options.js";

export async function authorization(options: Pick<ClientOptions, "token" | "authScheme">): Promise<string | undefined> {
  const source = options.token;
  return authorizationOf(typeof source === "function" ? await source() : source, options.authScheme);
}

/** The header for one token value (none for undefined, null or ""); a TypeError for a bad one. */
export function authorizationOf(token: unknown, scheme: string | undefined): string | undefined {
  if (token === undefined || token === null || token === "") return undefined;
  if (typeof token !== "string") throw new TypeError("token must be a string or a function returning a string");
  // What fetch would refuse in a header is refused here, as a TypeError that does not echo it.
  if (BAD_TOKEN.test(token)) throw new TypeError(`token ${BAD_VALUE}`);
  return `${scheme ?? "Bearer"} ${token}`;
}

// Names that say they carry a credential: Authorization and Proxy-Authorization, Cookie and
// Set-Cookie, X-Api-Key, X-Auth-Token, X-Client-Secret, X-Hub-Signature, X-Session-Id...
const CREDENTIAL_NAME = /auth|cookie|key|token|secret|signature|password|session|credential/;

/**
 * Copies headers (names already lowercased) for keeping on an error, with credentials and the
 * caller's `redactHeaders` replaced. Runs only when an error is built, never on a success.
 */
export function redactHeaders(headers: Record<string, string>, extra?: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    out[name] = CREDENTIAL_NAME.test(name) || extra?.has(name) ? "[redacted]" : (headers[name] as string);
  }
  return out;
}

/**
 * What a request sent as credentials in its headers, by the same rule: the parts of 8 characters
 * or more of each redacted header's value (the token after its scheme, a cookie's values), to hide
 * where an answer echoes them.
 */
export function headerSecrets(headers: Record<string, string>, extra?: ReadonlySet<string>): string[] {
  const hidden = redactHeaders(headers, extra);
  const found: string[] = [];
  for (const name in headers) if (hidden[name] !== headers[name]) for (const part of headers[name]!.split(/[\s;,=]+/)) if (part.length > 7) found.push(part);
  return found;
}
