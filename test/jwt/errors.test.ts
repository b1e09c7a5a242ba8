// Bad input to signJwt and jwtTokenSource: a TypeError that says what is wrong and never
// contains the private key, whether read as message, string, inspection or JSON.
import { inspect } from "node:util";
import { webcrypto } from "node:crypto";
import { describe, expect, test } from "vitest";
import { jwtTokenSource, signJwt, type JwtOptions } from "../../src/jwt/index.js";
import { ecPkcs8, rsaKeyPair, secretLines, SIGNING_KEY_ID, SUBJECT } from "./keys.js";

const keys = rsaKeyPair();
const good: JwtOptions = { privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT };

function expectNoSecret(error: unknown, secret: string) {
  expect(error).toBeInstanceOf(Error);
  const e = error as Error;
  expect(e.cause).toBeUndefined();
  const shown = [e.message, String(e), inspect(e), JSON.stringify(e), e.stack ?? ""].join("\n");
  for (const line of secretLines(secret)) expect(shown).not.toContain(line);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
}

/** Key input that fails before any import: signJwt rejects, jwtTokenSource throws at once. */
const badPems: [string, string, RegExp][] = [
  ["a PKCS#1 RSA key", keys.pkcs1, /PKCS#1 .*convert it to PKCS#8/],
  ["an EC key in SEC1 form", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIFakeFakeFakeFakeFakeFakeFakeFake\n-----END EC PRIVATE KEY-----\n", /PKCS#8 PEM/],
  ["a public key", keys.spki, /PKCS#8 PEM/],
  ["text that is no PEM", "correct horse battery staple", /PKCS#8 PEM/],
  ["an empty string", "", /PKCS#8 PEM/],
];

describe("the private key", () => {
  test.each(badPems)("%s: TypeError from signJwt and from jwtTokenSource, key not echoed", async (_name, pem, message) => {
    const error = await rejection(signJwt({ ...good, privateKey: pem }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expectNoSecret(error, pem);
    let thrown: unknown;
    try {
      jwtTokenSource({ ...good, privateKey: pem });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expectNoSecret(thrown, pem);
  });

  // These pass the PEM label check; what is inside shows only when the key is imported.
  const importFailures: [string, string][] = [
    ["an EC key in PKCS#8 form", ecPkcs8()],
    ["a PKCS#8 label around bytes that are no key", "-----BEGIN PRIVATE KEY-----\nTm90QUtleUJ1dEp1c3RTb21lQnl0ZXNUaGF0TG9va0xpa2VCYXNlNjQ=\n-----END PRIVATE KEY-----\n"],
  ];
  test.each(importFailures)("%s: TypeError when imported, key not echoed", async (_name, pem) => {
    const error = await rejection(signJwt({ ...good, privateKey: pem }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/RSA private key in PKCS#8 PEM/);
    expectNoSecret(error, pem);
    const source = jwtTokenSource({ ...good, privateKey: pem });
    const fromSource = await rejection(source());
    expect(fromSource).toBeInstanceOf(TypeError);
    expectNoSecret(fromSource, pem);
  });

  test("an RSA key shorter than 2048 bits: TypeError when signing, key not echoed", async () => {
    const weak = rsaKeyPair(1024).pkcs8;
    const error = await rejection(signJwt({ ...good, privateKey: weak }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/at least 2048 bits/);
    expectNoSecret(error, weak);
  });

  test("a CryptoKey that may not sign (a public key): TypeError", async () => {
    const der = Buffer.from(keys.spki.replace(/-----[^-]+-----|\s/g, ""), "base64");
    const publicKey = await webcrypto.subtle.importKey("spki", der, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
    await expect(signJwt({ ...good, privateKey: publicKey as CryptoKey })).rejects.toThrow(TypeError);
  });

  test("neither a string nor a CryptoKey: TypeError", async () => {
    const privateKey = { pem: keys.pkcs8 } as unknown as string;
    const error = await rejection(signJwt({ ...good, privateKey }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("privateKey must be a PKCS#8 PEM string or a CryptoKey");
    expectNoSecret(error, keys.pkcs8);
  });
});

describe("the other options", () => {
  const cases: [string, Partial<JwtOptions>, RegExp][] = [
    ["an empty signingKeyId", { signingKeyId: "" }, /signingKeyId must be a non-empty string/],
    ["a blank signingKeyId", { signingKeyId: "  " }, /signingKeyId must be a non-empty string/],
    ["a missing signingKeyId", { signingKeyId: undefined as unknown as string }, /signingKeyId must be a non-empty string/],
    ["an empty subject", { subject: "" }, /subject must be a non-empty string/],
    ["a subject that is a number", { subject: 42 as unknown as string }, /subject must be a non-empty string/],
    ["expiresIn 0", { expiresIn: 0 }, /expiresIn must be a positive, finite number of seconds, got 0/],
    ["a negative expiresIn", { expiresIn: -60 }, /expiresIn must be a positive, finite number of seconds, got -60/],
    ["expiresIn NaN", { expiresIn: Number.NaN }, /got NaN/],
    ["expiresIn Infinity", { expiresIn: Number.POSITIVE_INFINITY }, /got Infinity/],
    ["expiresIn as a string", { expiresIn: "3600" as unknown as number }, /got 3600/],
  ];

  test.each(cases)("%s: TypeError from both, key not echoed", async (_name, patch, message) => {
    const options = { ...good, ...patch };
    const error = await rejection(signJwt(options));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expectNoSecret(error, keys.pkcs8);
    expect(() => jwtTokenSource(options)).toThrow(TypeError);
    expect(() => jwtTokenSource(options)).toThrow(message);
  });
});
