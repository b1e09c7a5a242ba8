// Members (Organisations API): the people and service accounts of the organisation. The contract
// has no create of one, so they are kept here and made by what makes them: an accepted invitation
// (a user) and a new service account; GetMembers (`identity_type` narrows by kind), GetMember and
// DeleteMember are the generic list, read and delete. A member's id is a UUID, as the contract
// types it. Roles are not modeled: a new member has no role bindings (the contract does not say
// what a role's name grants).
import { build } from "./generic.js";
import type { Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

export const MEMBERS = "/organisations/{organisation_id}/members";
/** The platform's default picture, as the contract's examples show it. */
export const DEFAULT_PICTURE = "https://cdn.versori.com/avatars/default.png";

/** A new member of the call's organisation; an identity already a member stays the one it was. */
export function addMember(call: Call, ctx: Context, fields: { identityType: "user" | "service_account"; identityId: string; name: string; email: string; picture?: unknown }): Json {
  const members = ctx.state.collection(ctx.keyOf(call, MEMBERS));
  const known = [...members.values()].find((m) => m.identityType === fields.identityType && (m.identityId === fields.identityId || m.email === fields.email));
  if (known) return known;
  const member = build({ ...call, body: {} }, ctx, MEMBERS, { picture: DEFAULT_PICTURE, ...fields, roleBindings: [] });
  members.set(String(member.id), member);
  return member;
}

/** Removes the member an identity is (a deleted service account). */
export function removeMember(call: Call, ctx: Context, identityId: string): void {
  const members = ctx.state.collection(ctx.keyOf(call, MEMBERS));
  for (const [key, member] of members) if (member.identityId === identityId) members.delete(key);
}

export const members: Resource = { api: "organisations", collections: [MEMBERS], rules: {} };
