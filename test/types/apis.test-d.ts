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
  type Activation,
  type EmbeddedSchemas,
  type EndUser,
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
    expectTypeOf(items).toMatchTypeOf<AsyncIterable<Activation>>();
    // @ts-expect-error hubId and userId are required
    void embedded.paginate.listEndUserActivations();
    // @ts-expect-error listHubs takes no cursor: it is not paged
    void embedded.paginate.listHubs;
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

  test("the light entry", () => {
    const core = createOrganisationsCore({ organisationId: "o" });
    expectTypeOf(call(core, CreateSigningKey, { body: { name: "k" } })).resolves.toEqualTypeOf<SigningKeyWithPrivateKey>();
  });
});
