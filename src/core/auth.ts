// Builds the Authorization header from the token option, once per attempt, so a rotating
// token function is honoured on retries. The token is never put in an error message.
import { BAD_HEADER_VALUE, type ClientOptions } from "./options.js";

export async function authorization(options: Pick<ClientOptions, "token" | "authScheme">): Promise<string | undefined> {
  const source = options.token;
  const token = typeof source === "function" ? await source() : source;
  if (token === undefined || token === "") return undefined;
  if (typeof token !== "string") throw new TypeError("token must be a string or a function returning a string");
  // What fetch would refuse in a header is refused here, as a TypeError that does not echo it.
  if (BAD_HEADER_VALUE.test(token)) throw new TypeError("token: a value with CR, LF, NUL or characters above U+00FF");
  return `${options.authScheme ?? "Bearer"} ${token}`;
}

/** Copies headers for keeping on an error, with credentials replaced. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const lower = name.toLowerCase();
    out[lower] = lower === "authorization" || lower === "cookie" || lower === "proxy-authorization" ? "[redacted]" : (headers[name] as string);
  }
  return out;
}
