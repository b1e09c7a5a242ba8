// Invitations (Organisations API): an invitation is open (not accepted) and can be accepted for
// 7 days from when it was made; the invitee has no name yet, so its name is the address invited.
// AcceptInvitation makes the address a member (a user) and deletes the invitation, as the contract
// says accepted ones are (GetInvitations lists the open ones; a second accept is 404); an expired
// one is 400 until ResendInvitation, which moves `expiresAt` to 7 days from now (and takes the
// address and kind sent). The fake cannot check that the caller is the one invited: it has no users.
import { badRequest } from "./errors.js";
import { answer, build, findOr404, update } from "./generic.js";
import { addMember } from "./members.js";
import type { Resource } from "./types.js";

const INVITATIONS = "/organisations/{organisation_id}/invitations";
const VALID_MS = 7 * 24 * 3600 * 1000;
const weekAfter = (time: string) => new Date(Date.parse(time) + VALID_MS).toISOString();

export const invitations: Resource = {
  api: "organisations",
  rules: {
    InviteMember(call, ctx) {
      const invitation = build(call, ctx, INVITATIONS, { accepted: false });
      invitation.name = invitation.email;
      invitation.expiresAt = weekAfter(String(invitation.createdAt));
      ctx.state.collection(ctx.keyOf(call, INVITATIONS)).set(String(invitation.id), invitation);
      return answer(call, invitation);
    },
    AcceptInvitation(call, ctx) {
      const [key, invitation] = findOr404(call, ctx, INVITATIONS);
      if (typeof invitation.expiresAt === "string" && Date.parse(invitation.expiresAt) < Date.parse(ctx.now())) {
        throw badRequest(`Invitation ${key} expired at ${invitation.expiresAt}; resend it (ResendInvitation) to accept it.`);
      }
      const email = String(invitation.email);
      addMember(call, ctx, { identityType: "user", identityId: ctx.newId(), name: String(invitation.name ?? email), email, picture: invitation.picture });
      ctx.state.collection(ctx.keyOf(call, INVITATIONS)).delete(key);
      return answer(call, undefined);
    },
    ResendInvitation: (call, ctx) =>
      update(call, ctx, INVITATIONS, (updated, before) => {
        updated.expiresAt = weekAfter(ctx.now());
        if (updated.email !== before.email) updated.name = updated.email;
      }),
  },
};
