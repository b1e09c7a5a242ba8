// Invitations (Organisations API): an invitation is open (not accepted) and can be accepted for
// 7 days from when it was made; the invitee has no name yet, so its name is the address invited.
import { answer, build } from "./generic.js";
import type { Resource } from "./types.js";

const INVITATIONS = "/organisations/{organisation_id}/invitations";
const VALID_MS = 7 * 24 * 3600 * 1000;

export const invitations: Resource = {
  api: "organisations",
  rules: {
    InviteMember(call, ctx) {
      const invitation = build(call, ctx, INVITATIONS, { accepted: false });
      invitation.name = invitation.email;
      invitation.expiresAt = new Date(Date.parse(String(invitation.createdAt)) + VALID_MS).toISOString();
      ctx.state.collection(ctx.keyOf(call, INVITATIONS)).set(String(invitation.id), invitation);
      return answer(call, invitation);
    },
  },
};
