// The Embedded and Organisations clients have the same typed surface as Connect's: methods named
// after their operationIds, camelCase path parameters, a bindable organisationId, typed results,
// paginators for the cursor-paged lists, and `call` with their own descriptors only.
import { describe, expectTypeOf, test } from "vitest";
import {
  call,
  createEmbeddedClient,
  createEmbeddedCore,
  createOrganisationsClient,
  createOrganisationsCore,
  CreateSigningKey,
  GetEndUser,
  ListHubs,
  UpdateConnector,
  GetPublicKey,
  type EmbeddedSchemas,
  type EndUser,
  type EndUserActivation,
  type Hub,
  type Invitation,
  type Member,
  type Organisation,
  type OrganisationsSchemas,
  type ServiceAccount,
  type SigningKey,
  type SigningKeyWithPrivateKey,
} from "../../src/index.js";

describe("Embedded", () => {
  const embedded = createEmbeddedClient({ token: "t" });

  test("camelCase path parameters and typed results", () => {
    expectTypeOf(embedded.getEndUser).parameter(0).toHaveProperty("hubId").toEqualTypeOf<string>();
    expectTypeOf(embedded.getEndUser).parameter(0).toHaveProperty("userId").toEqualTypeOf<string>();
    expectTypeOf(embedded.getEndUser).returns.resolves.toEqualTypeOf<EndUser>();
    expectTypeOf(embedded.deleteActivation).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(embedded.healthCheck).returns.resolves.toEqualTypeOf<EmbeddedSchemas["HealthResponse"]>();
    // @ts-expect-error snake_case names are not accepted
    void embedded.getEndUser({ hub_id: "h", user_id: "u" });
  });

  test("organisationId: required unbound, optional bound", () => {
    // @ts-expect-error organisationId is required on an unbound client
    void embedded.listHubs();
    void createEmbeddedClient({ organisationId: "o" }).listHubs();
  });

  test("paginate yields the items of the paged lists, with a required argument where the method needs one", () => {
    const items = embedded.paginate.listEndUserActivations({ hubId: "h", userId: "u", pageSize: 10 });
    expectTypeOf(items).toMatchTypeOf<AsyncIterable<EndUserActivation>>();
    // @ts-expect-error hubId and userId are required
    void embedded.paginate.listEndUserActivations();
    // @ts-expect-error listHubs takes no cursor: it is not paged
    void embedded.paginate.listHubs;
  });

  test("the operations of the newer contract: hubs, end users, integrations, dynamic variables", () => {
    expectTypeOf(embedded.updateHubDetails).parameter(0).toHaveProperty("body").toEqualTypeOf<{ name?: string; isDefault?: boolean }>();
    expectTypeOf(embedded.updateHubDetails).returns.resolves.toEqualTypeOf<Hub>();
    expectTypeOf<Hub["isDefault"]>().toEqualTypeOf<boolean>();
    expectTypeOf(embedded.deleteHub).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(embedded.deleteEndUser).parameter(0).toHaveProperty("userId").toEqualTypeOf<string>();
    expectTypeOf(embedded.getDynamicVariables).returns.resolves.toEqualTypeOf<EmbeddedSchemas["DynamicVariables"]>();
    expectTypeOf(embedded.updateDynamicVariables).returns.resolves.toEqualTypeOf<EmbeddedSchemas["ActivationDynamicVariables"]>();
    // @ts-expect-error activationId is required
    void embedded.updateDynamicVariables({ body: { dynamicVariables: {} } });
    // refreshToken is required in the newer contract
    expectTypeOf<EmbeddedSchemas["CredentialDataOAuth2Token"]["refreshToken"]>().toEqualTypeOf<string>();
    // @ts-expect-error an oauth2-token credential's data needs its refresh token
    const token: EmbeddedSchemas["CredentialDataOAuth2Token"] = { scopes: [] };
    void token;
  });

  test("call takes Embedded descriptors, not another API's", () => {
    const core = createEmbeddedCore({ organisationId: "o" });
    expectTypeOf(call(core, ListHubs)).toEqualTypeOf(createEmbeddedClient({ organisationId: "o" }).listHubs());
    expectTypeOf(call(core, GetEndUser, { hubId: "h", userId: "u" })).resolves.toEqualTypeOf<EndUser>();
    // @ts-expect-error UpdateConnector belongs to the Connect API
    void call(core, UpdateConnector, {} as never);
  });
});

describe("Organisations", () => {
  const organisations = createOrganisationsClient({ organisationId: "o" });

  test("signing keys: typed body and result, keyId in camelCase", () => {
    expectTypeOf(organisations.createSigningKey).parameter(0).toHaveProperty("body").toEqualTypeOf<{ name: string }>();
    expectTypeOf(organisations.createSigningKey).returns.resolves.toEqualTypeOf<SigningKeyWithPrivateKey>();
    expectTypeOf(organisations.deleteSigningKey).parameter(0).toHaveProperty("keyId").toEqualTypeOf<string>();
    expectTypeOf(organisations.deleteSigningKey).returns.resolves.toEqualTypeOf<void>();
    // @ts-expect-error the body needs a name
    void organisations.createSigningKey({ body: {} });
  });

  test("organisations, members, service accounts and invitations: typed bodies and results", () => {
    expectTypeOf(organisations.getOrganisations).returns.resolves.toHaveProperty("organisations").toEqualTypeOf<Organisation[] | undefined>();
    expectTypeOf(organisations.getMember).parameter(0).toHaveProperty("memberId").toEqualTypeOf<string>();
    expectTypeOf(organisations.getMember).returns.resolves.toEqualTypeOf<Member>();
    expectTypeOf(organisations.createServiceAccount).returns.resolves.toEqualTypeOf<ServiceAccount>();
    expectTypeOf(organisations.inviteMember).returns.resolves.toEqualTypeOf<Invitation>();
    expectTypeOf(organisations.acceptInvitation).returns.resolves.toEqualTypeOf<void>();
    // @ts-expect-error an invitation needs email, url, authUrl and inviteType
    void organisations.inviteMember({ body: { email: "grace@acme.example" } });
    // @ts-expect-error inviteType is one of two values
    void organisations.inviteMember({ body: { email: "e", url: "u", authUrl: "a", inviteType: "admin" } });
    // @ts-expect-error createOrganisation needs no organisationId, but a slug and a displayName
    void organisations.createOrganisation({ body: { slug: "acme" } });
  });

  test("a member's identityType narrows the union", () => {
    const member = {} as Member;
    if (member.identityType === "service_account") expectTypeOf(member.identityType).toEqualTypeOf<"service_account">();
    else expectTypeOf(member.identityType).toEqualTypeOf<"user">();
    expectTypeOf<OrganisationsSchemas["MonetaryValue"]["currencyCode"]>().toEqualTypeOf<"GBP" | "USD" | "EUR">();
  });

  test("getPublicKey takes the key id alone, needs no organisation and answers the public half", () => {
    const unbound = createOrganisationsClient({ token: "t" });
    expectTypeOf(unbound.getPublicKey).parameter(0).toHaveProperty("id").toEqualTypeOf<string>();
    expectTypeOf(unbound.getPublicKey).returns.resolves.toEqualTypeOf<SigningKey>();
    // @ts-expect-error the id is required
    void unbound.getPublicKey({});
    // @ts-expect-error the lists of members are not paged by cursor (the contract takes none)
    void organisations.paginate.getMembers;
  });

  test("the light entry", () => {
    const core = createOrganisationsCore({ organisationId: "o" });
    expectTypeOf(call(core, GetPublicKey, { id: "01HQ6E3M8SX4N9V2Y7A0C5D1FG" })).resolves.toEqualTypeOf<SigningKey>();
    expectTypeOf(call(core, CreateSigningKey, { body: { name: "k" } })).resolves.toEqualTypeOf<SigningKeyWithPrivateKey>();
  });
});
