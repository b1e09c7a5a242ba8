// The whole life of a signing key through the Organisations client: create it, sign a token for
// an end user, fetch the public key the way a verifying service would (GetPublicKey, by the id in
// `iss`), verify; then delete the key and see the public key gone. The Prism mock answers canned
// example keys, so here a small stateful platform behind an injected fetch makes real RSA keys
// and answers in the contract's shapes (typed by the generated schemas).
import { generateKeyPairSync } from "node:crypto";
import { describe, expect, inject, test } from "vitest";
import { createOrganisationsClient, VersoriApiError, type SigningKey, type SigningKeyWithPrivateKey } from "../../src/index.js";
import { signJwt, verifyJwt, VersoriJwtError } from "../../src/jwt/index.js";
import { jsonResponse, ORG } from "../support/fake-fetch.js";

const KEY_IDS = ["01HQ6E3M8SX4N9V2Y7A0C5D1FG", "01HQ6E3M8SX4N9V2Y7A0C5D1FH"];

/** The signing-key part of the platform: CreateSigningKey, ListSigningKeys, GetPublicKey, DeleteSigningKey. */
function fakePlatform() {
  const keys = new Map<string, SigningKey>();
  const ids = [...KEY_IDS];
  const notFound = () => jsonResponse(404, { code: "not_found", message: "no such signing key" });
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    const path = new URL(request.url).pathname;
    const method = request.method;
    if (method === "POST" && path === `/organisations/${ORG}/keys`) {
      const { name } = (await request.json()) as { name: string };
      const pair = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const key: SigningKey = {
        id: ids.shift()!,
        name,
        publicKey: pair.publicKey.export({ type: "spki", format: "pem" }) as string,
        createdAt: new Date().toISOString(),
      };
      keys.set(key.id, key);
      const created: SigningKeyWithPrivateKey = { ...key, privateKey: pair.privateKey.export({ type: "pkcs8", format: "pem" }) as string };
      return jsonResponse(200, created);
    }
    if (method === "GET" && path === `/organisations/${ORG}/keys`) return jsonResponse(200, { keys: [...keys.values()] });
    const publicKey = /^\/keys\/([^/]+)$/.exec(path);
    if (method === "GET" && publicKey) return keys.has(publicKey[1]!) ? jsonResponse(200, keys.get(publicKey[1]!)) : notFound();
    const deleted = new RegExp(`^/organisations/${ORG}/keys/([^/]+)$`).exec(path);
    if (method === "DELETE" && deleted) return keys.delete(deleted[1]!) ? new Response(null, { status: 204 }) : notFound();
    return jsonResponse(404, { code: "not_found", message: `${method} ${path} is not part of this fake` });
  };
  return { fetch };
}

/** The signing key id a token names in `iss`, as a verifying service reads it before it has a key. */
const keyIdOf = (token: string) => {
  const { iss } = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as { iss: string };
  return iss.replace("https://versori.com/sk/", "");
};

describe("a signing key from creation to verification", () => {
  test("create, sign, fetch the public key by the token's issuer, verify; delete, and the key is gone", async () => {
    const { fetch } = fakePlatform();
    const admin = createOrganisationsClient({ baseUrl: "https://platform.test", token: "api-key", organisationId: ORG, fetch, maxRetries: 0 });
    // A verifying service needs no credentials for the public key.
    const verifier = createOrganisationsClient({ baseUrl: "https://platform.test", fetch, maxRetries: 0 });

    const created = await admin.createSigningKey({ body: { name: "Storefront backend" } });
    const token = await signJwt({ privateKey: created.privateKey, signingKeyId: created.id, subject: "customer-user-42" });

    const { publicKey } = await verifier.getPublicKey({ id: keyIdOf(token) });
    const claims = await verifyJwt(token, { publicKey, signingKeyId: created.id });
    expect(claims).toMatchObject({ iss: `https://versori.com/sk/${created.id}`, sub: "customer-user-42" });
    expect(claims.exp - claims.iat!).toBe(3600);

    // ListSigningKeys answers the same PEM.
    const { keys } = await admin.listSigningKeys();
    expect(keys.map((k) => k.publicKey)).toEqual([publicKey]);

    await admin.deleteSigningKey({ keyId: created.id });
    const gone = await verifier.getPublicKey({ id: created.id }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(VersoriApiError);
    expect((gone as VersoriApiError).status).toBe(404);
  });

  test("a token of one key does not verify with another key's public key, nor as its issuer", async () => {
    const { fetch } = fakePlatform();
    const admin = createOrganisationsClient({ baseUrl: "https://platform.test", token: "api-key", organisationId: ORG, fetch, maxRetries: 0 });
    const first = await admin.createSigningKey({ body: { name: "first" } });
    const second = await admin.createSigningKey({ body: { name: "second" } });
    const token = await signJwt({ privateKey: first.privateKey, signingKeyId: first.id, subject: "customer-user-42" });

    const { publicKey: secondPublic } = await admin.getPublicKey({ id: second.id });
    const wrongKey = await verifyJwt(token, { publicKey: secondPublic, signingKeyId: first.id }).catch((e: unknown) => e);
    expect((wrongKey as VersoriJwtError).reason).toBe("bad_signature");

    const { publicKey: firstPublic } = await admin.getPublicKey({ id: first.id });
    const wrongIssuer = await verifyJwt(token, { publicKey: firstPublic, signingKeyId: second.id }).catch((e: unknown) => e);
    expect((wrongIssuer as VersoriJwtError).reason).toBe("wrong_issuer");
  });
});

describe("against the Prism mock of our contract", () => {
  test("the public key needs no credentials; the organisation's key list does", async () => {
    const anonymous = createOrganisationsClient({ baseUrl: inject("prismUrls").organisations!, organisationId: ORG, maxRetries: 0 });
    const key = await anonymous.getPublicKey({ id: KEY_IDS[0]! });
    expect(key.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const refused = await anonymous.listSigningKeys().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(VersoriApiError);
    expect((refused as VersoriApiError).status).toBe(401);
  });
});
