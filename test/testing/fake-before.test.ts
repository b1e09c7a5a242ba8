// fake.before(operationId, run): a test's own step, run once as the next call of an operation
// arrives, whose changes that call then finds: here another party takes an end user's external id
// between a lookup (404) and the create, which answers the contract's 409.
import { describe, expect, test } from "vitest";
import { createPlatformClient } from "../../src/index.js";
import { fakeClients, rejection } from "../support/fake-clients.js";

describe("fake.before", () => {
  test("runs once, as the call arrives and before it is answered: the call finds what it did", async () => {
    const { fake, platform } = fakeClients();
    const otherTab = createPlatformClient({ fetch: fake.fetch, token: fake.apiKey, organisationId: fake.organisationId, maxRetries: 0 });
    expect((await rejection(platform.getEndUser({ userId: "cust-1" }))).status).toBe(404);
    fake.before("CreateEndUser", () => otherTab.createEndUser({ body: { externalId: "cust-1", displayName: "theirs" } }));

    const error = await rejection(platform.createEndUser({ body: { externalId: "cust-1" } }));
    expect([error.status, error.code]).toEqual([409, "conflict"]);
    expect((await platform.getEndUser({ userId: "cust-1" })).displayName).toBe("theirs");
    // The other tab's create was answered first, inside the step; the step ran once.
    expect(fake.calls.map((c) => [c.operationId, c.status])).toEqual([
      ["GetEndUser", 404],
      ["CreateEndUser", 201],
      ["CreateEndUser", 409],
      ["GetEndUser", 200],
    ]);
    await platform.createEndUser({ body: { externalId: "cust-2" } });
    expect(fake.count("CreateEndUser")).toBe(3);
  });

  test("steps queue per operation; a step that throws rejects that call's fetch; reset forgets them", async () => {
    const { fake, platform } = fakeClients();
    const order: string[] = [];
    fake.before("ListProjects", () => order.push("first"));
    fake.before("ListProjects", () => order.push("second"));
    await platform.listProjects();
    await platform.listProjects();
    expect(order).toEqual(["first", "second"]);

    fake.before("ListProjects", () => {
      throw new Error("step failed");
    });
    await expect(fake.fetch(`https://platform.versori.com/api/v2/o/${fake.organisationId}/projects`, { headers: { authorization: `Bearer ${fake.apiKey}` } })).rejects.toThrow("step failed");

    fake.before("ListProjects", () => order.push("forgotten"));
    fake.reset();
    await platform.listProjects();
    expect(order).toEqual(["first", "second"]);
  });
});
