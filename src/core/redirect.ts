// Redirects are followed here, not by fetch (which is asked for `redirect: "manual"`), so that
// none leaves the API's origin: fetch would carry the call's headers (an API key, say) and its
// body to wherever a Location points, and resolve the call with that other server's answer.

export const MAX_REDIRECTS = 5;

/** The next request of a redirect within the origin; a GET without body after 303 (and 301/302 after a POST), as fetch does. */
export interface Hop {
  url: string;
  method: string;
}

/** A redirect not followed: the code and message of the VersoriApiError it becomes. */
export interface Refusal {
  code: string;
  message: string;
}

/** A URL for a message: without credentials, query or fragment, which may hold secrets. */
const shown = (url: URL) => `${url.origin}${url.pathname}${url.search || url.hash ? "?…" : ""}`;

/**
 * What to do with an answer that is not a plain 2xx: undefined to take it as the answer, a Hop
 * to follow, or a Refusal. `hops` is how many redirects this attempt has followed already.
 */
export function redirectOf(response: Response, from: string, method: string, origin: string, hops: number): Hop | Refusal | undefined {
  const status = response.status;
  const refuse = (code: string, why: string): Refusal => ({ code, message: `${method} ${from}: ${why}` });
  // A fetch (or wrapper) that followed the redirect itself: only its URL tells where the answer is from.
  const location = response.redirected ? response.url : /^30[12378]$/.test(`${status}`) ? response.headers.get("location") : null;
  // A browser's fetch hides a manual redirect's status and Location: nothing safe to follow.
  if (response.type === "opaqueredirect") return refuse("redirect_not_followed", "redirected, to a place this fetch hides");
  if (!location) return undefined;
  let target: URL | undefined;
  try {
    target = new URL(location, from);
  } catch {}
  if (target?.origin !== origin) {
    return refuse("cross_origin_redirect", `redirected to another origin, ${target ? shown(target) : "an invalid Location"}; refused`);
  }
  if (response.redirected) return undefined;
  if (hops >= MAX_REDIRECTS) return refuse("too_many_redirects", `more than ${MAX_REDIRECTS} redirects`);
  const toGet = status === 303 ? method !== "HEAD" : status < 303 && method === "POST";
  return { url: target.href, method: toGet ? "GET" : method };
}
