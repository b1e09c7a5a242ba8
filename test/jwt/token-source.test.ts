// jwtTokenSource: one token reused until its refresh point (exp minus the smaller of 60 s and
// 10 % of the lifetime), one signing shared by concurrent calls, failures not cached, the key
// imported once. Only Date is faked: WebCrypto's work runs on real promises.
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from "vitest";
import { jwtTokenSource, refreshMargin } from "../../src/jwt/index.js";
import { rsaKeyPair, SIGNING_KEY_ID, SUBJECT, verify } from "./keys.js";

const keys = rsaKeyPair();
const START = Date.parse("2026-03-18T12:00:00Z");
const options = { privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT };

let signings: MockInstance<SubtleCrypto["sign"]>;
let imports: MockInstance<SubtleCrypto["importKey"]>;

beforeEach(() => {
  vi.useFakeTimers({ now: START, toFake: ["Date"] });
  signings = vi.spyOn(crypto.subtle, "sign");
  imports = vi.spyOn(crypto.subtle, "importKey");
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const at = (seconds: number) => vi.setSystemTime(START + seconds * 1000);
// Private-key imports only: verify() imports the public key (spki) too.
const privateImports = () => imports.mock.calls.filter((call) => call[0] === "pkcs8").length;

describe("refreshMargin", () => {
  test("is 10 % of the lifetime, at most 60 seconds", () => {
    expect(refreshMargin(3600)).toBe(60);
    expect(refreshMargin(600)).toBe(60);
    expect(refreshMargin(300)).toBe(30);
    expect(refreshMargin(10)).toBe(1);
  });
});

describe("jwtTokenSource", () => {
  test("checks its options at once, before any call", () => {
    expect(() => jwtTokenSource({ ...options, subject: "" })).toThrow(TypeError);
    expect(signings).not.toHaveBeenCalled();
  });

  test("signs nothing until first called", async () => {
    const source = jwtTokenSource(options);
    expect(signings).not.toHaveBeenCalled();
    const token = await source();
    expect(signings).toHaveBeenCalledTimes(1);
    expect(await verify(token, keys.spki)).toMatchObject({ iat: START / 1000, exp: START / 1000 + 3600 });
  });

  test("one-hour token: reused until 60 s before exp, then signed anew", async () => {
    const source = jwtTokenSource(options);
    const first = await source();
    at(1800);
    expect(await source()).toBe(first);
    at(3539.999);
    expect(await source()).toBe(first);
    expect(signings).toHaveBeenCalledTimes(1);

    at(3540);
    const second = await source();
    expect(second).not.toBe(first);
    expect(signings).toHaveBeenCalledTimes(2);
    const claims = await verify(second, keys.spki);
    expect(claims).toMatchObject({ iat: START / 1000 + 3540, exp: START / 1000 + 3540 + 3600 });

    at(3600);
    expect(await source()).toBe(second); // the new token's own refresh point is what counts now
    expect(privateImports()).toBe(1); // the key was imported once for both signings
  });

  test("five-minute token: the margin is 10 % (30 s)", async () => {
    const source = jwtTokenSource({ ...options, expiresIn: 300 });
    const first = await source();
    at(269);
    expect(await source()).toBe(first);
    at(270);
    const second = await source();
    expect(second).not.toBe(first);
    expect((await verify(second, keys.spki)).exp).toBe(START / 1000 + 270 + 300);
  });

  test("concurrent calls share one signing", async () => {
    const source = jwtTokenSource(options);
    const tokens = await Promise.all([source(), source(), source(), source(), source()]);
    expect(new Set(tokens).size).toBe(1);
    expect(signings).toHaveBeenCalledTimes(1);
    expect(privateImports()).toBe(1);

    // The same holds at a refresh: callers arriving while the new token is signed wait for it.
    at(3540);
    const refreshed = await Promise.all([source(), source(), source()]);
    expect(new Set(refreshed).size).toBe(1);
    expect(refreshed[0]).not.toBe(tokens[0]);
    expect(signings).toHaveBeenCalledTimes(2);
  });

  test("a failed signing rejects every caller waiting for it and is not cached", async () => {
    const source = jwtTokenSource(options);
    signings.mockRejectedValueOnce(new DOMException("the device is busy", "OperationError"));
    const failed = await Promise.allSettled([source(), source()]);
    for (const outcome of failed) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toEqual(new Error("signing the JWT failed (OperationError)"));
    }
    expect(signings).toHaveBeenCalledTimes(1);

    const token = await source(); // same moment, no clock change: a new signing, not the failure
    expect(signings).toHaveBeenCalledTimes(2);
    expect(await verify(token, keys.spki)).toMatchObject({ sub: SUBJECT });
    expect(await source()).toBe(token);
    expect(signings).toHaveBeenCalledTimes(2);
  });

  test("a failed key import is not cached either", async () => {
    const source = jwtTokenSource(options);
    imports.mockRejectedValueOnce(new DOMException("try again", "OperationError"));
    await expect(source()).rejects.toThrow(TypeError);
    expect(signings).not.toHaveBeenCalled();
    const token = await source();
    expect(privateImports()).toBe(2);
    expect(await verify(token, keys.spki)).toMatchObject({ sub: SUBJECT });
  });

  test("each source has its own token and subject", async () => {
    const alice = jwtTokenSource({ ...options, subject: "alice" });
    const bob = jwtTokenSource({ ...options, subject: "bob" });
    const [a, b] = await Promise.all([alice(), bob()]);
    expect((await verify(a, keys.spki, "alice")).sub).toBe("alice");
    expect((await verify(b, keys.spki, "bob")).sub).toBe("bob");
  });
});
