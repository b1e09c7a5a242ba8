// End users on the fake platform through the real clients: create then find (by id and by
// external id), the contract's 409 for a taken external id, 250 of them paged with after/next,
// delete then 404; and acting as one with a JWT signed by a signing key the fake made (CreateSigningKey,
// or endUserToken's own).
import { describe, expect, test } from "vitest";
import { createPlatformClient } from "../../src/index.js";
import { signJwt } from "../../src/jwt/index.js";
import { importSigningKey, signWith } from "../../src/jwt/sign.js";
import { rsaKeyPair } from "../jwt/keys.js";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

describe("end users", () => {
  test("create then find by id and by external id, delete then 404", async () => {
    const { fake, platform } = fakeClients();
    const user = await platform.createEndUser({ body: { externalId: "cust-1", displayName: "Northwind" } });
    expect(user).toMatchObject({ externalId: "cust-1", displayName: "Northwind", organisationId: fake.organisationId });
    expect(user.id).toMatch(ULID);
    expect(await platform.getEndUser({ userId: user.id })).toEqual(user);
    expect(await platform.getEndUser({ userId: "cust-1" })).toEqual(user);
    await platform.deleteEndUser({ userId: "cust-1" });
    expect((await rejection(platform.getEndUser({ userId: user.id }))).status).toBe(404);
  });

  test("a taken external id is the contract's 409", async () => {
    const { platform } = fakeClients();
    await platform.createEndUser({ body: { externalId: "cust-1" } });
    const error = await rejection(platform.createEndUser({ body: { externalId: "cust-1" } }));
    expect([error.status, error.code]).toEqual([409, "conflict"]);
  });

  test("250 end users paged with after / next, and found by search", async () => {
    const { platform } = fakeClients();
    for (let i = 0; i < 250; i++) await platform.createEndUser({ body: { externalId: `cust-${String(i).padStart(3, "0")}` } });
    const pages = [];
    for await (const page of platform.paginate.listEndUsers({ pageSize: 100 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.users.length, p.totalCount])).toEqual([[100, 250], [100, 250], [50, 250]]);
    expect(pages.flatMap((p) => p.users.map((u) => u.externalId))).toEqual(Array.from({ length: 250 }, (_, i) => `cust-${String(i).padStart(3, "0")}`));
    const found = (await platform.listEndUsers({ query: { search: "cust-24" } })).users.map((u) => u.externalId);
    expect(found).toEqual(Array.from({ length: 10 }, (_, i) => `cust-24${i}`));
  });
});

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as { iss: string; sub: string; iat: number; exp: number };

describe("acting as an end user with a JWT", () => {
  async function withSigningKey() {
    const clients = fakeClients();
    const key = await clients.organisations.createSigningKey({ organisationId: clients.fake.organisationId, body: { name: "backend" } });
    await clients.platform.createEndUser({ body: { externalId: "cust-1" } });
    const asUser = (token: string) => createPlatformClient({ fetch: clients.fake.fetch, authScheme: "JWT", token, organisationId: clients.fake.organisationId, maxRetries: 0 });
    return { ...clients, key, asUser };
  }

  test("a token signed with the fake's signing key acts as its subject; the public key is published", async () => {
    const { fake, key, asUser, organisations } = await withSigningKey();
    expect(key.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect((await organisations.getPublicKey({ id: key.id })).publicKey).toBe(key.publicKey);
    const token = await signJwt({ privateKey: key.privateKey, signingKeyId: key.id, subject: "cust-1" });
    expect((await asUser(token).getEndUser({ userId: "cust-1" })).externalId).toBe("cust-1");
    expect(fake.calls.at(-1)).toMatchObject({ operationId: "GetEndUser", identity: "endUser", status: 200 });
  });

  test("a signing key the fake starts with (the app's own key pair) signs tokens it accepts", async () => {
    const { pkcs8, spki } = rsaKeyPair();
    const { fake, platform, organisations } = fakeClients({ signingKeys: [{ id: "01JREZQ6K6Q09CS8G99B8BH9R9", publicKey: spki, name: "app" }] });
    await platform.createEndUser({ body: { externalId: "cust-1" } });
    expect((await organisations.listSigningKeys({ organisationId: fake.organisationId })).keys.map((k) => [k.id, k.name])).toEqual([["01JREZQ6K6Q09CS8G99B8BH9R9", "app"]]);
    const token = await signJwt({ privateKey: pkcs8, signingKeyId: "01JREZQ6K6Q09CS8G99B8BH9R9", subject: "cust-1" });
    const asUser = createPlatformClient({ fetch: fake.fetch, authScheme: "JWT", token, organisationId: fake.organisationId });
    expect((await asUser.getEndUser({ userId: "cust-1" })).externalId).toBe("cust-1");
  });

  test("endUserToken(subject): a token the fake signs with a key it makes once (listed as \"fake\"), acting as that end user", async () => {
    const { fake, platform, organisations } = fakeClients();
    await platform.createEndUser({ body: { externalId: "cust-1" } });
    const token = await fake.endUserToken("cust-1");
    const asUser = createPlatformClient({ fetch: fake.fetch, authScheme: "JWT", token, organisationId: fake.organisationId, maxRetries: 0 });
    expect((await asUser.getEndUser({ userId: "cust-1" })).externalId).toBe("cust-1");
    expect(fake.calls.at(-1)).toMatchObject({ operationId: "GetEndUser", identity: "endUser", status: 200 });
    await fake.endUserToken("cust-2");
    const keys = (await organisations.listSigningKeys({ organisationId: fake.organisationId })).keys;
    expect(keys.map((k) => k.name)).toEqual(["fake"]);
    const claims = claimsOf(token);
    expect([claims.iss, claims.sub, claims.exp - claims.iat]).toEqual([`https://versori.com/sk/${keys[0]!.id}`, "cust-1", 3600]);
    const short = claimsOf(await fake.endUserToken("cust-1", { expiresIn: 60 }));
    expect(short.exp - short.iat).toBe(60);
    // After reset the key is made again, under a new id: old tokens no longer act.
    fake.reset();
    await platform.createEndUser({ body: { externalId: "cust-1" } });
    expect((await rejection(asUser.getEndUser({ userId: "cust-1" }))).status).toBe(401);
  });

  test("an expired token, a token of a deleted key and a forged one are 401", async () => {
    const { fake, key, asUser, organisations } = await withSigningKey();
    const expired = await signWith(await importSigningKey(key.privateKey), { signingKeyId: key.id, subject: "cust-1", iat: Math.floor(Date.now() / 1000) - 7200, lifetime: 3600 });
    const expiredError = await rejection(asUser(expired).getEndUser({ userId: "cust-1" }));
    expect([expiredError.status, expiredError.message]).toEqual([401, "The JWT was refused (expired)."]);

    const other = await organisations.createSigningKey({ organisationId: fake.organisationId, body: { name: "other" } });
    const forged = await signJwt({ privateKey: other.privateKey, signingKeyId: key.id, subject: "cust-1" });
    expect((await rejection(asUser(forged).getEndUser({ userId: "cust-1" }))).message).toBe("The JWT was refused (bad_signature).");

    const token = await signJwt({ privateKey: key.privateKey, signingKeyId: key.id, subject: "cust-1" });
    await organisations.deleteSigningKey({ organisationId: fake.organisationId, keyId: key.id });
    expect((await rejection(asUser(token).getEndUser({ userId: "cust-1" }))).status).toBe(401);
    expect((await rejection(organisations.getPublicKey({ id: key.id }))).status).toBe(404);
  });
});
