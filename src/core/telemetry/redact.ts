// What spans and logs show of a URL or an error message: the rule errors use for headers
// (auth.ts redactHeaders: names that say they carry a credential, and the client's own
// redactHeaders) applied to query parameters, plus any user:password in the URL.
import { headerSecrets, redactHeaders } from "../auth.js";

const HIDDEN = "REDACTED";

/** Whether errors would redact a header of this (lowercased) name: the same rule, the same function. */
const isCredential = (name: string, extra: ReadonlySet<string> | undefined) => redactHeaders({ [name]: "" }, extra)[name] !== "";

/** A URL component decoded, or as it is when it does not decode. */
function plain(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** A query pair's value, as sent, when its name says it carries a credential. */
const credentialValue = (pair: string, extra: ReadonlySet<string> | undefined) => {
  const at = pair.indexOf("=");
  return at >= 0 && isCredential(plain(pair.slice(0, at)).toLowerCase(), extra) ? pair.slice(at + 1) : undefined;
};

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
    .map((pair) => (credentialValue(pair, extra) === undefined ? pair : `${pair.split("=", 1)[0]}=${HIDDEN}`))
    .join("&");
  url.hash = "";
  return url.href;
}

/**
 * Adds to `secrets` what a request sent as credentials, by the same rules: the parts of each
 * credential header's value (the token after its scheme, a cookie's value) and each
 * credential-named query value, as sent and decoded; those of 8 characters or more.
 */
export function addSentSecrets(url: string, headers: Record<string, string>, extra: ReadonlySet<string> | undefined, secrets: Set<string>): void {
  const found = headerSecrets(headers, extra);
  for (const pair of new URL(url).search.slice(1).split("&")) {
    const value = credentialValue(pair, extra);
    if (value) found.push(value, plain(value));
  }
  for (const secret of found) if (secret.length >= 8) secrets.add(secret);
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
