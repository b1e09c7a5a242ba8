// Key pairs for the JWT tests, made fresh for each run (no key material is checked in), and a
// verifier that checks a token the way the platform would.
import { generateKeyPairSync } from "node:crypto";
import { decodeProtectedHeader, importSPKI, jwtVerify } from "jose";
import { expect } from "vitest";

export function rsaKeyPair(modulusLength = 2048) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength });
  return {
    /** PKCS#8 PEM, as CreateSigningKey returns it. */
    pkcs8: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    /** The same key as PKCS#1 PEM (BEGIN RSA PRIVATE KEY), which signJwt refuses. */
    pkcs1: privateKey.export({ type: "pkcs1", format: "pem" }) as string,
    spki: publicKey.export({ type: "spki", format: "pem" }) as string,
  };
}

export function ecPkcs8(): string {
  return generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
}

export const SIGNING_KEY_ID = "01HQ6E3M8SX4N9V2Y7A0C5D1FG";
export const SUBJECT = "customer-user-42";

/** Verifies an RS256 token against the public key and the expected iss/sub; returns its claims. */
export async function verify(token: string, spki: string, subject = SUBJECT, signingKeyId = SIGNING_KEY_ID) {
  const { payload } = await jwtVerify(token, await importSPKI(spki, "RS256"), {
    algorithms: ["RS256"],
    issuer: `https://versori.com/sk/${signingKeyId}`,
    subject,
    // The tests move the clock; the check here is the signature and the claims, not the time.
    currentDate: new Date(((decodePayload(token).iat as number) + 1) * 1000),
  });
  expect(decodeProtectedHeader(token)).toEqual({ alg: "RS256" });
  return payload as { iss: string; sub: string; iat: number; exp: number };
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
}

/** Lines of a PEM body: any of them showing up in an error would be a leak. */
export function secretLines(pem: string): string[] {
  return pem.split("\n").filter((line) => line.length > 0 && !line.startsWith("-----"));
}
