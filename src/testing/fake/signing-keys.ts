// Signing keys (Organisations API): real RSA key pairs (2048 bits, RS256) made with WebCrypto;
// the private key is answered once, when the key is made, and is not kept. Tokens signed with a
// key act as an end user until the key is deleted (identity.ts reads `ctx.keys`).
import { answer, build, findOr404, generic } from "./generic.js";
import { notFound } from "./errors.js";
import type { Json } from "./schema.js";
import type { Resource } from "./types.js";

const KEYS = "/organisations/{organisation_id}/keys";
const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${btoa(String.fromCharCode(...new Uint8Array(der))).replace(/.{64}/g, "$&\n").replace(/\n$/, "")}\n-----END ${label}-----\n`;

/** A new RSA key pair as PEM: SPKI public key, PKCS#8 private key (what signJwt takes). */
export async function newKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const algorithm = { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" };
  const pair = await crypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  return {
    publicKey: pem("PUBLIC KEY", await crypto.subtle.exportKey("spki", pair.publicKey)),
    privateKey: pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", pair.privateKey)),
  };
}

// fake.endUserToken's key pair: made once per process (2048-bit keys take a while), each fake
// registers it under its own key id on first use.
let testPair: Promise<{ publicKey: string; privateKey: string }> | undefined;
export const testKeyPair = () => (testPair ??= newKeyPair());

export const signingKeys: Resource = {
  api: "organisations",
  rules: {
    async CreateSigningKey(call, ctx) {
      const { publicKey, privateKey } = await newKeyPair();
      const key = build(call, ctx, KEYS, { publicKey });
      ctx.state.collection(ctx.keyOf(call, KEYS)).set(String(key.id), key);
      ctx.keys.set(String(key.id), { publicKey });
      return answer(call, { ...key, privateKey });
    },
    DeleteSigningKey(call, ctx) {
      findOr404(call, ctx, KEYS, call.params.key_id);
      ctx.keys.delete(call.params.key_id!);
      return generic(call, ctx);
    },
    // Public keys are published by id alone, whichever organisation holds them.
    GetPublicKey(call, ctx) {
      for (const [key, collection] of ctx.state.collections) {
        const found = key.startsWith("organisations:/organisations/") && key.endsWith("/keys") ? collection.get(call.params.id!) : undefined;
        if (found) return answer(call, found as Json);
      }
      throw notFound(`signing key ${call.params.id}`);
    },
  },
};
