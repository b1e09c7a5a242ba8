// Service accounts (Organisations API): the platform generates the client id and the client
// secret; the secret is answered once, when the account is made, and not kept. The email is made
// from the name and the organisation's slug, `<name>@sa.<slug>.versori.com`.
import { answer, build } from "./generic.js";
import type { Resource } from "./types.js";

const ACCOUNTS = "/organisations/{organisation_id}/service-accounts";

/** 32 random bytes, base64url: a secret no test can guess. */
const secret = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export const serviceAccounts: Resource = {
  api: "organisations",
  rules: {
    CreateServiceAccount(call, ctx) {
      const organisation = ctx.state.collection("organisations:/organisations").get(call.params.organisation_id!);
      const account = build(call, ctx, ACCOUNTS);
      Object.assign(account, { email: `${String(account.name)}@sa.${String(organisation?.slug ?? "organisation")}.versori.com`, clientId: `sa_${String(account.id)}` });
      ctx.state.collection(ctx.keyOf(call, ACCOUNTS)).set(String(account.id), account);
      return answer(call, { ...account, clientSecret: secret() });
    },
  },
};
