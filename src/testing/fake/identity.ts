// Who a request acts as, checked like the platform does: `Bearer <api key>` for the organisation,
// or `JWT <token>` signed with one of its signing keys (verified with versori-client/jwt, so an
// expired token or one whose key was deleted is refused), acting as the end user in `sub`.
import { decodeBase64Url } from "../../jwt/base64url.js";
import { VersoriJwtError } from "../../jwt/jwt-error.js";
import { verifyJwt } from "../../jwt/verify.js";
import { FakeError } from "./errors.js";
import type { Identity } from "./types.js";

const ISSUER = "https://versori.com/sk/";
const unauthorized = (message: string) => new FakeError(401, message);

/** The signing key id a token names in `iss`, read before the token is verified with that key. */
function signingKeyIdOf(token: string): string | undefined {
  const payload = decodeBase64Url(token.split(".")[1] ?? "");
  try {
    const iss = payload && (JSON.parse(new TextDecoder().decode(payload)) as { iss?: unknown }).iss;
    return typeof iss === "string" && iss.startsWith(ISSUER) ? iss.slice(ISSUER.length) : undefined;
  } catch {
    return undefined;
  }
}

export async function identify(
  authorization: string | null,
  anonymous: boolean,
  apiKeys: ReadonlySet<string>,
  keys: ReadonlyMap<string, { publicKey: string }>,
): Promise<Identity> {
  if (!authorization) {
    if (anonymous) return { kind: "anonymous" };
    throw unauthorized("A valid API key or signing-key JWT is required.");
  }
  const [scheme = "", token = ""] = authorization.split(" ", 2);
  if (/^bearer$/i.test(scheme)) {
    if (apiKeys.has(token)) return { kind: "apiKey" };
    throw unauthorized("The API key is not valid.");
  }
  if (scheme !== "JWT") throw unauthorized("The Authorization header must be `Bearer <api key>` or `JWT <token>`.");
  const signingKeyId = signingKeyIdOf(token);
  const key = signingKeyId === undefined ? undefined : keys.get(signingKeyId);
  if (!signingKeyId || !key) throw unauthorized("The JWT is not signed with a signing key of this organisation.");
  try {
    const claims = await verifyJwt(token, { publicKey: key.publicKey, signingKeyId });
    return { kind: "endUser", subject: claims.sub, signingKeyId };
  } catch (error) {
    if (error instanceof VersoriJwtError) throw unauthorized(`The JWT was refused (${error.reason}).`);
    throw error;
  }
}
