// The embedding flow, end to end: create a signing key (Organisations API, with an API key),
// sign a JWT for one end user, and call the Embedded API as that user. Works against production
// or the fake platform and an Embedded mock (`npm run demo` starts them and sets the URLs):
//
//   VERSORI_API_KEY=... VERSORI_ORG_ID=... VERSORI_HUB_ID=... npx tsx examples/embedded-end-user.ts
//
// The fake platform makes real keys; a Prism mock cannot hand out a usable private key (its example
// is a placeholder), so against a mock the program signs with a throwaway key pair it generates
// itself, and says so.
import { generateKeyPairSync } from "node:crypto";
import {
  createEmbeddedClient,
  createOrganisationsClient,
  EMBEDDED_PRODUCTION_URL,
  ORGANISATIONS_PRODUCTION_URL,
  VersoriApiError,
  type FetchFunction,
} from "versori-client";
import { jwtTokenSource } from "versori-client/jwt";

const env = process.env;
if (!env.VERSORI_API_KEY) {
  console.error("Set VERSORI_API_KEY to an API key of your organisation.");
  process.exit(2);
}
const organisationId = env.VERSORI_ORG_ID || "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const hubId = env.VERSORI_HUB_ID || "01HR1H5B3K7M9P2Q4S6T8V0W1X";
const endUser = env.VERSORI_END_USER || "cust-48213";

// 1. With the organisation's API key: a new signing key. Its private key is returned only now.
const organisations = createOrganisationsClient({
  baseUrl: env.VERSORI_ORGANISATIONS_URL || ORGANISATIONS_PRODUCTION_URL,
  token: env.VERSORI_API_KEY,
  organisationId,
});
const key = await organisations.createSigningKey({ body: { name: "versori-client example" } });
console.log(`Created signing key ${key.id} ("${key.name}")`);

let privateKey = key.privateKey;
if (!privateKey.includes("-----BEGIN PRIVATE KEY-----") || privateKey.includes("EXAMPLE")) {
  console.log("  the answer holds a placeholder key (a mock): signing with a throwaway key generated here");
  privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

// 2. A client that acts for one end user: every request carries `Authorization: JWT <token>`,
//    signed once and signed again shortly before it expires.
const schemes: string[] = [];
const seeScheme: FetchFunction = (url, init) => {
  // Shows which scheme went out, never the token itself.
  schemes.push(String((init.headers as Record<string, string>).authorization ?? "").split(" ")[0] ?? "");
  return fetch(url, init);
};
const embedded = createEmbeddedClient({
  baseUrl: env.VERSORI_EMBEDDED_URL || EMBEDDED_PRODUCTION_URL,
  organisationId,
  authScheme: "JWT",
  token: jwtTokenSource({ privateKey, signingKeyId: key.id, subject: endUser }),
  fetch: seeScheme,
});

// 3. As that user: their integrations in a hub, and their activations, page by page.
const integrations = await embedded.listEndUserIntegrations({ hubId, userId: endUser });
console.log(`\nIntegrations of end user ${endUser} in hub ${hubId}:`);
for (const integration of integrations.integrations ?? []) console.log(`  - ${integration.name} (${integration.id})`);

let activations = 0;
for await (const activation of embedded.paginate.listEndUserActivations({ hubId, userId: endUser, pageSize: 20 })) {
  activations += 1;
  console.log(`  activation ${activation.id}`);
}
console.log(`${activations} activation(s); requests authenticated with: ${[...new Set(schemes)].join(", ")}`);

// An end user that does not exist (`Prefer: code=404` makes the mock answer 404 too; its message is
// the contract's one 404 example, which names a hub).
try {
  await embedded.getEndUser({ hubId, userId: "nobody", headers: { Prefer: "code=404" } });
} catch (error) {
  if (!(error instanceof VersoriApiError)) throw error;
  console.log(`\nUnknown end user: VersoriApiError ${error.status} ${error.code} (the mock's 404 example says "${error.message}")`);
}
