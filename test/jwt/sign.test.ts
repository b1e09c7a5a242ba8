// signJwt: the token it signs verifies with the public key and carries iss, sub, iat and exp.
import { webcrypto } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { signJwt } from "../../src/jwt/index.js";
import { rsaKeyPair, SIGNING_KEY_ID, SUBJECT, verify } from "./keys.js";

const keys = rsaKeyPair();

afterEach(() => {
  vi.useRealTimers();
});

describe("signJwt", () => {
  test("signs an RS256 token with iss, sub, iat = now and exp one hour later by default", async () => {
    vi.useFakeTimers({ now: new Date("2026-03-18T12:00:00.750Z"), toFake: ["Date"] });
    const token = await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT });
    expect(token.split(".")).toHaveLength(3);
    const claims = await verify(token, keys.spki);
    const iat = Math.floor(Date.parse("2026-03-18T12:00:00Z") / 1000);
    expect(claims).toEqual({ iss: `https://versori.com/sk/${SIGNING_KEY_ID}`, sub: SUBJECT, iat, exp: iat + 3600 });
  });

  test("expiresIn sets the lifetime in seconds; fractions round up", async () => {
    const short = await verify(await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT, expiresIn: 300 }), keys.spki);
    expect(short.exp - short.iat).toBe(300);
    const odd = await verify(await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT, expiresIn: 90.2 }), keys.spki);
    expect(odd.exp - odd.iat).toBe(91);
  });

  test("does not verify with another key pair's public key", async () => {
    const token = await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT });
    await expect(verify(token, rsaKeyPair().spki)).rejects.toThrow(/signature/);
  });

  test("accepts a CryptoKey for RS256 instead of a PEM", async () => {
    const der = Buffer.from(keys.pkcs8.replace(/-----[^-]+-----|\s/g, ""), "base64");
    const key = await webcrypto.subtle.importKey("pkcs8", der, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
    const token = await signJwt({ privateKey: key as CryptoKey, signingKeyId: SIGNING_KEY_ID, subject: "user-7", expiresIn: 60 });
    const claims = await verify(token, keys.spki, "user-7");
    expect(claims.exp - claims.iat).toBe(60);
  });

  test("the subject and key id are written as given, not trimmed or encoded", async () => {
    const token = await signJwt({ privateKey: keys.pkcs8, signingKeyId: "key with space", subject: " user@example.com " });
    const claims = await verify(token, keys.spki, " user@example.com ", "key with space");
    expect(claims.iss).toBe("https://versori.com/sk/key with space");
  });
});
