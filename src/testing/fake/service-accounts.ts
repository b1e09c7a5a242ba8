// Service accounts (Organisations API): the platform generates the client id and the client
// secret; the secret is answered once, when the account is made, and not kept. The email is made
// from the name and the organisation's slug, `<name>@sa.<slug>.versori.com`. An account is a
// member of the organisation (`identityType: service_account`) until it is deleted.
import { answer, build } from "./generic.js";
import { addMember, removeMember } from "./members.js";
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
      addMember(call, ctx, { identityType: "service_account", identityId: String(account.id), name: String(account.name), email: String(account.email) });
      return answer(call, { ...account, clientSecret: secret() });
    },
    async DeleteServiceAccount(call, ctx) {
      const reply = await ctx.generic(call);
      removeMember(call, ctx, call.params.service_account_id!);
      return reply;
    },
  },
};
