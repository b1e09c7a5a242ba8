// Builds the Authorization header from the token option, once per attempt, so a rotating
// token function is honoured on retries. The token is never put in an error message.
import type { ClientOptions } from "./options.js";

// As for header values: what fetch would refuse is refused here, as a TypeError.
const BAD_TOKEN = /[\r\n\0\u0100-\uffff]/;

export async function authorization(options: Pick<ClientOptions, "token" | "authScheme">): Promise<string | undefined> {
  const source = options.token;
  const token = typeof source === "function" ? await source() : source;
  if (token === undefined || token === "") return undefined;
  if (typeof token !== "string") throw new TypeError("token must be a string or a function returning a string");
  if (BAD_TOKEN.test(token)) throw new TypeError("token contains CR, LF, NUL or characters above U+00FF");
  return `${options.authScheme ?? "Bearer"} ${token}`;
}

/** Copies headers for keeping on an error, with credentials replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name === "authorization" || name === "cookie" || name === "proxy-authorization" ? "[redacted]" : value;
  });
  return out;
}
