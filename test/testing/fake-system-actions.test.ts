// A system's actions and triggers on the fake platform through the real Platform client: created
// in their system (an action gets a path parameter for each placeholder of its path), listed,
// read, replaced and deleted there; linked to a project by the create's projectId or by
// LinkSystemActions / LinkSystemTriggers, which ListSystemActions / ListSystemTriggers' project_id
// then narrows to; an unknown system, project, action or trigger is 404.
import { describe, expect, test } from "vitest";
import { fakeClients, rejection, ULID } from "../support/fake-clients.js";

async function withSystemAndProject() {
  const clients = fakeClients();
  const system = await clients.platform.createSystem({ body: { name: "Shopify", domain: "shopify.com", templateBaseUrl: "https://{shop}.myshopify.com", authSchemeConfigs: [] } });
  const project = await clients.platform.createProject({ body: { name: "orders" } });
  return { ...clients, system, project };
}

const MISSING = "01JR117R9X31XDKC51TTFEH8HF";

describe("system actions", () => {
  test("created in their system with a path parameter per placeholder; listed, read, replaced, deleted there", async () => {
    const { platform, system, project } = await withSystemAndProject();
    const created = await platform.createSystemActions({
      systemId: system.id,
      body: {
        projectId: project.id,
        actions: [
          { name: "getOrder", type: "http", method: "GET", path: "/shops/{shopId}/orders/{orderId}.json", parameters: [{ name: "orderId", in: "path", required: true, type: "string", default: "1" }] },
          { name: "listOrders", type: "http", method: "GET", path: "/orders.json" },
        ],
      },
    });
    expect(created).toHaveLength(2);
    const [getOrder, listOrders] = created as [(typeof created)[0], (typeof created)[0]];
    expect(getOrder.id).toMatch(ULID);
    expect(getOrder.id).not.toBe(listOrders.id);
    expect(getOrder).toEqual({
      id: getOrder.id,
      systemId: system.id,
      name: "getOrder",
      type: "http",
      method: "GET",
      path: "/shops/{shopId}/orders/{orderId}.json",
      // What was sent stays; a placeholder without a parameter gets one.
      parameters: [
        { name: "orderId", in: "path", required: true, type: "string", default: "1" },
        { name: "shopId", in: "path", required: true, type: "string" },
      ],
    });
    // Nothing of the contract's example leaks in.
    expect(listOrders).toEqual({ id: listOrders.id, systemId: system.id, name: "listOrders", type: "http", method: "GET", path: "/orders.json", parameters: [] });

    expect(await platform.listSystemActions({ systemId: system.id })).toEqual({ totalCount: 2, actions: created });
    expect(await platform.getSystemAction({ systemId: system.id, actionId: listOrders.id })).toEqual(listOrders);

    // UpdateSystemAction replaces the action; its id and system stay the path's.
    const replaced = await platform.updateSystemAction({
      systemId: system.id,
      actionId: listOrders.id,
      body: { id: MISSING, systemId: MISSING, name: "listOrders", type: "http", method: "GET", path: "/orders.json", summary: "List orders", parameters: [{ name: "limit", in: "query", required: false, type: "integer" }] },
    });
    expect(replaced).toEqual({ ...listOrders, summary: "List orders", parameters: [{ name: "limit", in: "query", required: false, type: "integer" }] });
    expect(await platform.getSystemAction({ systemId: system.id, actionId: listOrders.id })).toEqual(replaced);

    await platform.deleteSystemAction({ systemId: system.id, actionId: listOrders.id });
    expect((await rejection(platform.getSystemAction({ systemId: system.id, actionId: listOrders.id }))).status).toBe(404);
    expect((await rejection(platform.deleteSystemAction({ systemId: system.id, actionId: listOrders.id }))).status).toBe(404);
    expect((await platform.listSystemActions({ systemId: system.id })).actions.map((a) => a.name)).toEqual(["getOrder"]);
  });

  test("project_id lists those linked to the project: by the create's projectId or LinkSystemActions; unknown ids are 404", async () => {
    const { platform, system, project } = await withSystemAndProject();
    const other = await platform.createProject({ body: { name: "other" } });
    const [linked] = await platform.createSystemActions({ systemId: system.id, body: { projectId: project.id, actions: [{ name: "a", type: "http", method: "GET", path: "/a" }] } });
    const [later] = await platform.createSystemActions({ systemId: system.id, body: { actions: [{ name: "b", type: "graphql", method: "POST", path: "/graphql", graphqlQuery: "{ shop { name } }" }] } });
    const names = async (projectId?: string) => (await platform.listSystemActions({ systemId: system.id, ...(projectId ? { query: { project_id: projectId } } : {}) })).actions.map((a) => a.name);
    expect(await names(project.id)).toEqual(["a"]);
    expect(await names(other.id)).toEqual([]);

    await platform.linkSystemActions({ systemId: system.id, projectId: other.id, body: [linked!.id, later!.id] });
    await platform.linkSystemActions({ systemId: system.id, projectId: other.id, body: [later!.id] });
    expect(await names(other.id)).toEqual(["a", "b"]);
    expect(await names(project.id)).toEqual(["a"]);
    expect(await names()).toEqual(["a", "b"]);

    // An action of no such system, a missing project or action: 404, and nothing linked.
    const third = await platform.createProject({ body: { name: "third" } });
    expect((await rejection(platform.linkSystemActions({ systemId: system.id, projectId: third.id, body: [linked!.id, MISSING] }))).status).toBe(404);
    expect(await names(third.id)).toEqual([]);
    expect((await rejection(platform.linkSystemActions({ systemId: system.id, projectId: MISSING, body: [linked!.id] }))).status).toBe(404);
    expect((await rejection(platform.linkSystemActions({ systemId: MISSING, projectId: project.id, body: [linked!.id] }))).status).toBe(404);
    expect((await rejection(platform.createSystemActions({ systemId: system.id, body: { projectId: MISSING, actions: [{ name: "c", type: "http", method: "GET", path: "/c" }] } }))).status).toBe(404);
    expect((await rejection(platform.createSystemActions({ systemId: MISSING, body: { actions: [{ name: "c", type: "http", method: "GET", path: "/c" }] } }))).status).toBe(404);
    expect((await rejection(platform.listSystemActions({ systemId: MISSING }))).status).toBe(404);
    expect((await rejection(platform.getSystemAction({ systemId: MISSING, actionId: linked!.id }))).status).toBe(404);
  });
});

describe("system triggers", () => {
  test("created in their system (what the contract requires and was not sent is empty), linked to projects, listed by project", async () => {
    const { platform, system, project } = await withSystemAndProject();
    const created = await platform.createSystemTriggers({ systemId: system.id, body: { triggers: [{ name: "ordersCreate", method: "POST" }, { name: "ordersPaid", method: "POST", summary: "Order paid", description: "Sent when an order is paid." }] } });
    const [create, paid] = created as [(typeof created)[0], (typeof created)[0]];
    expect(create).toEqual({ id: create.id, systemId: system.id, name: "ordersCreate", method: "POST", type: "http", summary: "", description: "", parameters: [] });
    expect(paid).toMatchObject({ systemId: system.id, summary: "Order paid", description: "Sent when an order is paid." });
    expect(create.id).toMatch(ULID);

    const names = async (projectId?: string) => (await platform.listSystemTriggers({ systemId: system.id, ...(projectId ? { query: { project_id: projectId } } : {}) })).triggers.map((t) => t.name);
    expect(await platform.listSystemTriggers({ systemId: system.id })).toEqual({ totalCount: 2, triggers: created });
    expect(await names(project.id)).toEqual([]);
    await platform.linkSystemTriggers({ systemId: system.id, projectId: project.id, body: [paid.id] });
    expect(await names(project.id)).toEqual(["ordersPaid"]);

    const [withProject] = await platform.createSystemTriggers({ systemId: system.id, body: { projectId: project.id, triggers: [{ name: "refundsCreate", method: "POST" }] } });
    expect(await names(project.id)).toEqual(["ordersPaid", "refundsCreate"]);
    expect(withProject!.name).toBe("refundsCreate");

    expect((await rejection(platform.linkSystemTriggers({ systemId: system.id, projectId: project.id, body: [MISSING] }))).status).toBe(404);
    expect((await rejection(platform.linkSystemTriggers({ systemId: system.id, projectId: MISSING, body: [create.id] }))).status).toBe(404);
    expect((await rejection(platform.listSystemTriggers({ systemId: MISSING }))).status).toBe(404);
    expect((await rejection(platform.createSystemTriggers({ systemId: system.id, body: { projectId: MISSING, triggers: [{ name: "x", method: "POST" }] } }))).status).toBe(404);
  });
});

// Found reading the fake: a deleted system's actions and triggers stayed in state (unreachable,
// every path through the system is 404, but `fake.state` still listed them).
test("deleting a system takes its actions and triggers along", async () => {
  const { fake, platform, system } = await withSystemAndProject();
  await platform.createSystemActions({ systemId: system.id, body: { actions: [{ name: "listOrders", type: "http", method: "GET", path: "/orders.json" }] } });
  await platform.createSystemTriggers({ systemId: system.id, body: { triggers: [{ name: "orderCreated", method: "POST" }] } });
  const below = `/o/${fake.organisationId}/systems/${system.id}`;
  expect(fake.state.items(`${below}/actions`)).toHaveLength(1);
  await platform.deleteSystem({ systemId: system.id });
  expect(fake.state.items(`${below}/actions`)).toEqual([]);
  expect(fake.state.items(`${below}/triggers`)).toEqual([]);
});
