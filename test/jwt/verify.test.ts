// verifyJwt: accepts what signJwt (and jose, an independent signer) signs with the key; refuses
// every other token with a VersoriJwtError whose reason says why and whose every rendering
// (message, string, stack, inspection, JSON) leaves the token out; bad options are TypeErrors.
import { generateKeyPairSync, sign, webcrypto } from "node:crypto";
import { inspect } from "node:util";
import { SignJWT, importPKCS8 } from "jose";
import { afterEach, describe, expect, test, vi } from "vitest";
import { signJwt, verifyJwt, VersoriJwtError, type JwtRejection, type VerifyJwtOptions } from "../../src/jwt/index.js";
import { rsaKeyPair, SIGNING_KEY_ID, SUBJECT } from "./keys.js";

const keys = rsaKeyPair();
const ISSUER = `https://versori.com/sk/${SIGNING_KEY_ID}`;
const NOW = Date.parse("2026-03-18T12:00:00Z");
const now = NOW / 1000;
const options: VerifyJwtOptions = { publicKey: keys.spki, signingKeyId: SIGNING_KEY_ID };

afterEach(() => {
  vi.useRealTimers();
});

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** A token signed by jose with our key: any header and claims, for the cases signJwt never makes. */
async function joseToken(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: "RS256" }, pkcs8 = keys.pkcs8) {
  const alg = header.alg as string;
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(await importPKCS8(pkcs8, alg));
}

/** An RS256 signature over any header, even one jose will not sign (`crit`). */
function rawToken(header: Record<string, unknown>, claims: Record<string, unknown>) {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign("RSA-SHA256", Buffer.from(input), keys.pkcs8).toString("base64url")}`;
}

const valid = { iss: ISSUER, sub: SUBJECT, iat: now, exp: now + 3600 };

async function refusal(token: string, opts: VerifyJwtOptions = options): Promise<VersoriJwtError> {
  const error = await verifyJwt(token, opts).then(
    () => expect.unreachable("the token was accepted"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VersoriJwtError);
  expectNoToken(error as VersoriJwtError, token);
  return error as VersoriJwtError;
}

/** Nothing of the token past its (fixed, public) header may show anywhere. */
function expectNoToken(error: VersoriJwtError, token: string) {
  expect(error.cause).toBeUndefined();
  const shown = [error.message, String(error), error.stack ?? "", inspect(error), inspect(error, { showHidden: true }), JSON.stringify(error)].join("\n");
  expect(shown).not.toContain(token);
  for (const part of token.split(".").slice(1)) if (part.length > 3) expect(shown).not.toContain(part);
  expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "VersoriJwtError", reason: error.reason, message: error.message });
}

describe("verifyJwt accepts", () => {
  test("a token from signJwt, resolving with its claims", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const token = await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT });
    expect(await verifyJwt(token, options)).toEqual(valid);
  });

  test("a token from jose with nbf, a typ header and claims of its own; they come back as they are", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const claims = { ...valid, nbf: now - 5, scope: ["read"], tenant: { id: 7 } };
    const token = await joseToken(claims, { alg: "RS256", typ: "JWT", kid: SIGNING_KEY_ID });
    expect(await verifyJwt(token, options)).toEqual(claims);
  });

  test("a public CryptoKey instead of the PEM", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const der = Buffer.from(keys.spki.replace(/-----[^-]+-----|\s/g, ""), "base64");
    const publicKey = await webcrypto.subtle.importKey("spki", der, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
    expect(await verifyJwt(await joseToken(valid), { ...options, publicKey: publicKey as CryptoKey })).toEqual(valid);
  });

  test("exp and nbf within the default 30 seconds of tolerance; clockToleranceSec changes it", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const late = await joseToken({ ...valid, exp: now - 29 });
    const early = await joseToken({ ...valid, nbf: now + 29, iat: now + 29 });
    await expect(verifyJwt(late, options)).resolves.toMatchObject({ sub: SUBJECT });
    await expect(verifyJwt(early, options)).resolves.toMatchObject({ sub: SUBJECT });
    expect((await refusal(late, { ...options, clockToleranceSec: 10 })).reason).toBe("expired");
    expect((await refusal(early, { ...options, clockToleranceSec: 0 })).reason).toBe("not_yet_valid");
    await expect(verifyJwt(await joseToken({ ...valid, exp: now - 100 }), { ...options, clockToleranceSec: 120 })).resolves.toBeDefined();
  });
});

// Each edge of the clock tolerance on its own: `exp` is accepted while exp > now - tolerance,
// `nbf` and `iat` while they are <= now + tolerance; a token issued in the future is refused.
describe("the clock tolerance, at both edges of each claim", () => {
  const at = async (claims: Record<string, unknown>, clockToleranceSec?: number) => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const token = await joseToken({ ...valid, ...claims });
    const opts = clockToleranceSec === undefined ? options : { ...options, clockToleranceSec };
    return verifyJwt(token, opts).then(
      () => "accepted",
      (e: unknown) => (e instanceof VersoriJwtError ? e.reason : "other"),
    );
  };

  test.each<[string, Record<string, unknown>, number | undefined, string]>([
    ["exp 29 s ago, tolerance 30", { exp: now - 29 }, undefined, "accepted"],
    ["exp 30 s ago, tolerance 30", { exp: now - 30 }, undefined, "expired"],
    ["exp 1 s ahead, tolerance 0", { exp: now + 1 }, 0, "accepted"],
    ["exp now, tolerance 0", { exp: now }, 0, "expired"],
    ["nbf 30 s ahead, tolerance 30", { nbf: now + 30 }, undefined, "accepted"],
    ["nbf 31 s ahead, tolerance 30", { nbf: now + 31 }, undefined, "not_yet_valid"],
    ["nbf now, tolerance 0", { nbf: now }, 0, "accepted"],
    ["nbf 1 s ahead, tolerance 0", { nbf: now + 1 }, 0, "not_yet_valid"],
    ["iat 30 s ahead (a future iat within the tolerance)", { iat: now + 30 }, undefined, "accepted"],
    ["iat 31 s ahead (a future iat)", { iat: now + 31 }, undefined, "not_yet_valid"],
    ["iat 1 s ahead, tolerance 0", { iat: now + 1 }, 0, "not_yet_valid"],
    ["iat an hour ago", { iat: now - 3600 }, 0, "accepted"],
  ])("%s: %s", async (_name, claims, tolerance, outcome) => {
    expect(await at(claims, tolerance)).toBe(outcome);
  });
});

describe("base64url claims", () => {
  test("a sub whose claims encode with - and _ is read back exactly", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    // "ÿ" and "?>" encode to "/" and "+" in base64, written "_" and "-" in base64url.
    const sub = "cust ÿ?>~ 日本 ÿÿ>>?";
    const token = await signJwt({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: sub });
    const payload = token.split(".")[1]!;
    expect(payload).toMatch(/-/);
    expect(payload).toMatch(/_/);
    expect((await verifyJwt(token, options)).sub).toBe(sub);
  });
});

describe("verifyJwt refuses, with a reason and without the token", () => {
  const other = rsaKeyPair();
  const cases: [string, () => Promise<string>, JwtRejection][] = [
    ["text that is no JWT", async () => "not-a-token", "malformed"],
    ["two parts", async () => `${b64({ alg: "RS256" })}.${b64(valid)}`, "malformed"],
    ["four parts", async () => `${await joseToken(valid)}.extra`, "malformed"],
    ["a header that is no JSON", async () => `${b64("{alg")}.${b64(valid)}.c2ln`, "malformed"],
    ["claims that are a JSON array", async () => `${b64({ alg: "RS256" })}.${b64([valid])}.c2ln`, "malformed"],
    ["a part that is not base64url", async () => `${b64({ alg: "RS256" })}.${b64(valid)}.c2ln+/==`, "malformed"],
    ["claims that are not UTF-8", async () => `${b64({ alg: "RS256" })}.${Buffer.from([0xff, 0xfe]).toString("base64url")}.c2ln`, "malformed"],
    ["a crit header, even with a good signature", async () => rawToken({ alg: "RS256", crit: ["x-tenant"], "x-tenant": 1 }, valid), "malformed"],
    ["no exp", () => joseToken({ iss: ISSUER, sub: SUBJECT, iat: now }), "malformed"],
    ["no sub", () => joseToken({ iss: ISSUER, iat: now, exp: now + 60 }), "malformed"],
    ["an exp that is a string", () => joseToken({ ...valid, exp: String(now + 60) }), "malformed"],
    ["an nbf that is a string", () => joseToken({ ...valid, nbf: "now" }), "malformed"],
    ["another key's signature", () => joseToken(valid, { alg: "RS256" }, other.pkcs8), "bad_signature"],
    ["claims changed after signing", async () => {
      const [header, , signature] = (await joseToken(valid)).split(".");
      return `${header}.${b64({ ...valid, sub: "someone-else" })}.${signature}`;
    }, "bad_signature"],
    ["alg none, no signature", async () => `${b64({ alg: "none" })}.${b64(valid)}.`, "bad_signature"],
    ["alg none with our signature", async () => {
      const [, payload, signature] = (await joseToken(valid)).split(".");
      return `${b64({ alg: "none" })}.${payload}.${signature}`;
    }, "bad_signature"],
    ["HS256 keyed with the public key's PEM (algorithm confusion)", async () =>
      new SignJWT(valid).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(keys.spki)), "bad_signature"],
    ["RS512 with the right key", () => joseToken(valid, { alg: "RS512" }), "bad_signature"],
    ["PS256 with the right key", () => joseToken(valid, { alg: "PS256" }), "bad_signature"],
    ["no alg", async () => {
      const [, payload, signature] = (await joseToken(valid)).split(".");
      return `${b64({ typ: "JWT" })}.${payload}.${signature}`;
    }, "bad_signature"],
    ["another signing key's issuer", () => joseToken({ ...valid, iss: "https://versori.com/sk/01HQ6E3M8SX4N9V2Y7A0C5D1FH" }), "wrong_issuer"],
    ["the issuer with a trailing slash", () => joseToken({ ...valid, iss: `${ISSUER}/` }), "wrong_issuer"],
    ["an exp past the tolerance", () => joseToken({ ...valid, iat: now - 7200, exp: now - 31 }), "expired"],
    ["an nbf past the tolerance", () => joseToken({ ...valid, nbf: now + 31 }), "not_yet_valid"],
    ["an iat past the tolerance", () => joseToken({ ...valid, iat: now + 31 }), "not_yet_valid"],
  ];

  test.each(cases.map(([name, make, reason]) => [`${name}: ${reason}`, make, reason] as const))("%s", async (_name, make, reason) => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const token = await make();
    const error = await refusal(token);
    expect(error.reason).toBe(reason);
    expect(error.name).toBe("VersoriJwtError");
    expect(error.message).toMatch(/^JWT refused: /);
  });

  test("a forged token is bad_signature even when its claims are also wrong", async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    const token = await joseToken({ ...valid, iss: "https://evil.example/", exp: now - 9999 }, { alg: "RS256" }, other.pkcs8);
    expect((await refusal(token)).reason).toBe("bad_signature");
  });

  test("a token that is not a string: malformed", async () => {
    const error = await verifyJwt(42 as unknown as string, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriJwtError);
    expect((error as VersoriJwtError).reason).toBe("malformed");
  });
});

describe("bad options: TypeError before the token is looked at", () => {
  const weak = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }) as string;
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }) as string;
  const cases: [string, Partial<VerifyJwtOptions>, RegExp][] = [
    ["the private key instead of the public one", { publicKey: keys.pkcs8 }, /SPKI PEM/],
    ["a PKCS#1 public key", { publicKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "pkcs1", format: "pem" }) as string }, /SPKI PEM/],
    ["an EC public key", { publicKey: ec }, /RSA public key in SPKI PEM/],
    ["an RSA key under 2048 bits", { publicKey: weak }, /at least 2048 bits/],
    ["no public key", { publicKey: undefined as unknown as string }, /publicKey must be an SPKI PEM string or a CryptoKey/],
    ["an empty signingKeyId", { signingKeyId: "" }, /signingKeyId must be a non-empty string/],
    ["a negative clockToleranceSec", { clockToleranceSec: -1 }, /clockToleranceSec must be a finite number of seconds, 0 or more, got -1/],
    ["clockToleranceSec NaN", { clockToleranceSec: Number.NaN }, /got NaN/],
  ];

  test.each(cases)("%s", async (_name, patch, message) => {
    const error = await verifyJwt("x.y.z", { ...options, ...patch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
  });

  test("a private CryptoKey as publicKey", async () => {
    const der = Buffer.from(keys.pkcs8.replace(/-----[^-]+-----|\s/g, ""), "base64");
    const privateKey = await webcrypto.subtle.importKey("pkcs8", der, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"]);
    await expect(verifyJwt(await joseToken(valid), { ...options, publicKey: privateKey as CryptoKey })).rejects.toThrow(/publicKey cannot verify/);
  });
});

describe("VersoriJwtError", () => {
  test("instanceof holds for an error of the package's other build (same global brand)", () => {
    const fromOtherCopy = Object.defineProperty(new Error("JWT refused"), Symbol.for("versori-client.jwt-error"), { value: true });
    expect(fromOtherCopy).toBeInstanceOf(VersoriJwtError);
    expect(new Error("plain")).not.toBeInstanceOf(VersoriJwtError);
    expect(new VersoriJwtError("expired")).toBeInstanceOf(Error);
  });
});
