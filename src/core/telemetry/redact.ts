// What spans and logs show of a URL or an error message: the rule errors use for headers
// (auth.ts redactHeaders: names that say they carry a credential, and the client's own
// redactHeaders) applied to query parameters, plus any user:password in the URL.
import { redactHeaders } from "../auth.js";

const HIDDEN = "REDACTED";

/** Whether errors would redact a header of this (lowercased) name: the same rule, the same function. */
const isCredential = (name: string, extra: ReadonlySet<string> | undefined) => redactHeaders({ [name]: "" }, extra)[name] !== "";

/** `url.full` as the conventions want it: no credentials, credential-named query values as REDACTED, no fragment. */
export function redactUrl(href: string, extra: ReadonlySet<string> | undefined): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return "";
  }
  if (url.username) url.username = HIDDEN;
  if (url.password) url.password = HIDDEN;
  // Pair by pair, so the other values keep their exact encoding.
  url.search = url.search
    .slice(1)
    .split("&")
    .map((pair) => {
      const name = pair.split("=", 1)[0]!;
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, " "));
      } catch {}
      return pair.includes("=") && isCredential(decoded.toLowerCase(), extra) ? `${name}=${HIDDEN}` : pair;
    })
    .join("&");
  url.hash = "";
  return url.href;
}

/**
 * Adds to `secrets` what a request sent in its credential headers (by the errors' rule): each
 * value, and its parts of 8 characters or more (the token after its scheme, a cookie's value).
 */
export function addSentSecrets(headers: Record<string, string>, extra: ReadonlySet<string> | undefined, secrets: Set<string>): void {
  const hidden = redactHeaders(headers, extra);
  for (const name in headers) {
    const value = headers[name]!;
    if (hidden[name] === value) continue;
    for (const part of [value, ...value.split(/[\s;,=]+/)]) if (part.length >= 8) secrets.add(part);
  }
}

/**
 * An error's message with the URL it quotes (its request's) redacted the same way, and any of
 * `secrets` in it (an answer that echoes the credentials it was sent: a proxy's error page,
 * quoted in the message) as REDACTED.
 */
export function redactMessage(error: unknown, extra: ReadonlySet<string> | undefined, secrets: ReadonlySet<string>): string {
  let message = error instanceof Error ? error.message : String(error);
  const url = (error as { request?: { url?: unknown } } | null | undefined)?.request?.url;
  if (typeof url === "string" && url) message = message.split(url).join(redactUrl(url, extra));
  for (const secret of secrets) message = message.split(secret).join(HIDDEN);
  return message;
}
