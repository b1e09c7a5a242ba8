// Service accounts and invitations on the fake, as the Organisations API describes them: the
// platform generates a service account's client id and secret (the secret is answered once) and
// its email from the name and the organisation's slug; an invitation can be accepted for 7 days.
// (Found running guides/organisations-and-tokens.md: it printed `undefined` for both.) The billing
// profile is the organisation's, changed by UpdateBillingDetails.
import { describe, expect, test } from "vitest";
import { fakeClients } from "../support/fake-clients.js";

describe("service accounts", () => {
  test("made with a client id, a secret answered once, and an email from the name and the organisation's slug", async () => {
    const { fake, organisations } = fakeClients();
    const { slug } = await organisations.getOrganisation({ organisationId: fake.organisationId });
    const made = await organisations.createServiceAccount({ organisationId: fake.organisationId, body: { name: "ci-deployer", roles: ["Developer"] } });
    expect(made.email).toBe(`ci-deployer@sa.${slug}.versori.com`);
    expect(made.clientId).toMatch(/\S/);
    expect(made.clientSecret).toMatch(/\S{16}/);
    const read = await organisations.getServiceAccount({ organisationId: fake.organisationId, serviceAccountId: made.id! });
    expect(read).toMatchObject({ id: made.id, email: made.email, clientId: made.clientId });
    expect(read.clientSecret).toBeUndefined();
    const other = await organisations.createServiceAccount({ organisationId: fake.organisationId, body: { name: "nightly", roles: [] } });
    expect(other.clientId).not.toBe(made.clientId);
    expect(other.clientSecret).not.toBe(made.clientSecret);
  });
});

describe("invitations", () => {
  test("an invitation is open, and can be accepted for 7 days from when it was made", async () => {
    const { fake, organisations } = fakeClients();
    const invitation = await organisations.inviteMember({
      organisationId: fake.organisationId,
      body: { email: "grace@acme.example", url: "https://app.acme.example/accept", authUrl: "https://app.acme.example/login", inviteType: "join_organisation", roles: ["Developer"] },
    });
    expect(invitation).toMatchObject({ email: "grace@acme.example", accepted: false });
    expect(Date.parse(invitation.expiresAt!) - Date.parse(invitation.createdAt!)).toBe(7 * 24 * 3600 * 1000);
  });
});

describe("billing", () => {
  test("GetBilling answers the organisation's billing profile; UpdateBillingDetails changes what it sends and keeps the rest, which GetOrganisation shows too", async () => {
    const { fake, organisations } = fakeClients();
    const organisationId = fake.organisationId;
    const before = await organisations.getBilling({ organisationId });
    expect(before).toEqual((await organisations.getOrganisation({ organisationId })).billing);
    await organisations.updateBillingDetails({ organisationId, body: { billingEmail: "finance@acme.example", customerID: "cus_new" } });
    const after = await organisations.getBilling({ organisationId });
    expect(after).toEqual({ ...before, billingEmail: "finance@acme.example", customerId: "cus_new" });
    expect((await organisations.getOrganisation({ organisationId })).billing).toEqual(after);
    await organisations.updateBillingDetails({ organisationId, body: { subscriptionID: "sub_2", platformID: "p-2" } });
    expect(await organisations.getBilling({ organisationId })).toEqual({ ...after, subscriptionId: "sub_2", platformId: "p-2" });
    // Another organisation of the caller keeps its own.
    const other = await organisations.createOrganisation({ body: { slug: "globex", displayName: "Globex" } });
    await organisations.updateBillingDetails({ organisationId: other.id, body: { billingEmail: "ap@globex.example" } });
    expect((await organisations.getBilling({ organisationId: other.id })).billingEmail).toBe("ap@globex.example");
    expect((await organisations.getBilling({ organisationId })).billingEmail).toBe("finance@acme.example");
  });
});
