// Members, invitations and the caller's organisations on the fake, through the real Organisations
// client: an accepted invitation is deleted (as the contract says) and its address becomes a
// member; an expired one cannot be accepted until ResendInvitation moves its expiry 7 days from
// now; service accounts are members too; GetMember / DeleteMember act on them; the active
// organisation is the fake's until SetActiveOrganisation chooses another; a slug is free unless
// an organisation has it (or it breaks the slug rule).
import { describe, expect, test } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const WEEK = 7 * 24 * 3600 * 1000;
const MISSING = "01HR9C3D5E7F9G1H3J5K7M9N1P";
const invite = (email: string) => ({ email, url: "https://app.acme.example/accept", authUrl: "https://app.acme.example/login", inviteType: "join_organisation" as const });

describe("members and invitations", () => {
  test("accepting deletes the invitation and makes its address a member; GetMember and DeleteMember act on it", async () => {
    const { fake, organisations } = fakeClients();
    const organisationId = fake.organisationId;
    expect(await organisations.getMembers({ organisationId })).toEqual({ totalCount: 0, members: [] });
    const grace = await organisations.inviteMember({ organisationId, body: { ...invite("grace@acme.example"), roles: ["Developer"] } });
    const ada = await organisations.inviteMember({ organisationId, body: invite("ada@acme.example") });

    await organisations.acceptInvitation({ organisationId, invitationId: grace.id! });
    expect((await organisations.getInvitations({ organisationId })).invitations!.map((i) => i.id)).toEqual([ada.id]);
    const { members, totalCount } = await organisations.getMembers({ organisationId });
    expect(totalCount).toBe(1);
    const member = members![0]!;
    expect(member).toMatchObject({ identityType: "user", email: "grace@acme.example", name: "grace@acme.example", roleBindings: [] });
    expect(member.id).toMatch(UUID);
    expect(await organisations.getMember({ organisationId, memberId: member.id })).toEqual(member);
    // Accepted invitations are deleted: a second accept finds nothing.
    expect((await rejection(organisations.acceptInvitation({ organisationId, invitationId: grace.id! }))).status).toBe(404);

    await organisations.acceptInvitation({ organisationId, invitationId: ada.id! });
    expect((await organisations.getMembers({ organisationId })).members!.map((m) => m.email)).toEqual(["grace@acme.example", "ada@acme.example"]);
    await organisations.deleteMember({ organisationId, memberId: member.id });
    expect((await rejection(organisations.getMember({ organisationId, memberId: member.id }))).status).toBe(404);
    expect((await rejection(organisations.deleteMember({ organisationId, memberId: member.id }))).status).toBe(404);
    expect((await organisations.getMembers({ organisationId })).members!.map((m) => m.email)).toEqual(["ada@acme.example"]);
    expect((await rejection(organisations.acceptInvitation({ organisationId, invitationId: MISSING }))).status).toBe(404);
  });

  test("an expired invitation is refused until resent; a resend moves expiresAt to 7 days from now", async () => {
    const { fake, organisations } = fakeClients();
    const organisationId = fake.organisationId;
    const [expired] = fake.seed(`/organisations/${organisationId}/invitations`, [{ ...invite("lin@acme.example"), name: "lin@acme.example", accepted: false, createdAt: "2026-01-01T00:00:00Z", expiresAt: "2026-01-08T00:00:00Z" }], "organisations");
    const refused = await rejection(organisations.acceptInvitation({ organisationId, invitationId: String(expired!.id) }));
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/expired/);

    const before = Date.now();
    const resent = await organisations.resendInvitation({ organisationId, invitationId: String(expired!.id), body: invite("lin@acme.example") });
    expect(Date.parse(resent.expiresAt!)).toBeGreaterThanOrEqual(before + WEEK);
    expect(Date.parse(resent.expiresAt!)).toBeLessThanOrEqual(Date.now() + WEEK);
    expect(resent).toMatchObject({ id: expired!.id, email: "lin@acme.example", accepted: false, createdAt: "2026-01-01T00:00:00Z" });
    expect((await organisations.getInvitations({ organisationId })).invitations).toEqual([resent]);
    await organisations.acceptInvitation({ organisationId, invitationId: String(expired!.id) });
    expect((await organisations.getMembers({ organisationId })).members!.map((m) => m.email)).toEqual(["lin@acme.example"]);
    expect((await rejection(organisations.resendInvitation({ organisationId, invitationId: MISSING, body: invite("x@acme.example") }))).status).toBe(404);
  });

  test("a service account is a member (identity_type service_account) until it is deleted", async () => {
    const { fake, organisations } = fakeClients();
    const organisationId = fake.organisationId;
    const account = await organisations.createServiceAccount({ organisationId, body: { name: "ci-deployer", roles: [] } });
    const invitation = await organisations.inviteMember({ organisationId, body: invite("grace@acme.example") });
    await organisations.acceptInvitation({ organisationId, invitationId: invitation.id! });
    const accounts = await organisations.getMembers({ organisationId, query: { identity_type: "service_account" } });
    expect(accounts.members).toEqual([expect.objectContaining({ identityType: "service_account", identityId: account.id, name: "ci-deployer", email: account.email })]);
    expect((await organisations.getMembers({ organisationId, query: { identity_type: "user" } })).members!.map((m) => m.email)).toEqual(["grace@acme.example"]);
    await organisations.deleteServiceAccount({ organisationId, serviceAccountId: account.id! });
    expect((await organisations.getMembers({ organisationId })).members!.map((m) => m.identityType)).toEqual(["user"]);
  });
});

describe("the caller's organisations", () => {
  test("the active organisation is the fake's until SetActiveOrganisation chooses another (404 for an unknown one)", async () => {
    const { fake, organisations } = fakeClients();
    expect((await organisations.getActiveOrganisation()).id).toBe(fake.organisationId);
    const other = await organisations.createOrganisation({ body: { slug: "globex", displayName: "Globex" } });
    expect(await organisations.setActiveOrganisation({ organisationId: other.id })).toMatchObject({ id: other.id, slug: "globex" });
    expect(await organisations.getActiveOrganisation()).toMatchObject({ id: other.id, slug: "globex", displayName: "Globex" });
    expect((await rejection(organisations.setActiveOrganisation({ organisationId: MISSING }))).status).toBe(404);
    expect((await organisations.getActiveOrganisation()).id).toBe(other.id);
    fake.reset();
    expect((await organisations.getActiveOrganisation()).id).toBe(fake.organisationId);
  });

  test("a slug is taken when an organisation has it, refused when it breaks the slug rule, else free", async () => {
    const { fake, organisations } = fakeClients();
    const { slug } = await organisations.getOrganisation({ organisationId: fake.organisationId });
    expect(await organisations.getSlugAvailability({ slug })).toEqual({ ok: false, messages: [expect.stringMatching(/taken/)] });
    expect(await organisations.getSlugAvailability({ slug: "globex" })).toEqual({ ok: true, messages: [] });
    await organisations.createOrganisation({ body: { slug: "globex", displayName: "Globex" } });
    expect((await organisations.getSlugAvailability({ slug: "globex" })).ok).toBe(false);
    const bad = await organisations.getSlugAvailability({ slug: "Globex_2" });
    expect(bad.ok).toBe(false);
    expect(bad.messages).toHaveLength(1);
  });
});
