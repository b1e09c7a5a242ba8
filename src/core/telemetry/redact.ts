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

/** An error's message with the URL it quotes (its request's) redacted the same way. */
export function redactMessage(error: unknown, extra: ReadonlySet<string> | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  const url = (error as { request?: { url?: unknown } } | null | undefined)?.request?.url;
  return typeof url === "string" && url ? message.split(url).join(redactUrl(url, extra)) : message;
}
