// Paging backwards on the fake platform through the real Platform client: a page after the first
// carries the cursor of the one before (`prev`, KV's `pagination.prevCursor`), which goes back as
// `before` (`selector.before`); ListIssues' `before` is an issue's id.
import { describe, expect, test } from "vitest";
import { fakeClients } from "../support/fake-clients.js";

describe("paging backwards", () => {
  test("after / next and before / prev (ListSystems): forwards to the end, then back to the start", async () => {
    const { platform } = fakeClients();
    for (let i = 0; i < 5; i++) await platform.createSystem({ body: { name: `S${i}`, domain: `s${i}.example`, templateBaseUrl: `https://s${i}.example`, authSchemeConfigs: [] } });
    const names = (page: { items: { name: string }[] }) => page.items.map((s) => s.name);
    const first = await platform.listSystems({ query: { first: 2 } });
    expect([names(first), first.prev]).toEqual([["S0", "S1"], undefined]);
    const second = await platform.listSystems({ query: { first: 2, after: first.next! } });
    const third = await platform.listSystems({ query: { first: 2, after: second.next! } });
    expect([names(second), names(third), third.next]).toEqual([["S2", "S3"], ["S4"], undefined]);
    const back = await platform.listSystems({ query: { first: 2, before: third.prev! } });
    expect([names(back), back.next === second.next]).toEqual([["S2", "S3"], true]);
    const start = await platform.listSystems({ query: { first: 2, before: back.prev! } });
    expect([names(start), start.prev, start.totalCount]).toEqual([["S0", "S1"], undefined, 5]);
  });

  test("KV's selector.before / pagination.prevCursor: empty on the first page, the page before otherwise", async () => {
    const { platform } = fakeClients();
    const { id: store } = await platform.createStore({ body: { name: "s" } });
    await platform.batchSetKV({ store: store!, body: { entries: ["a", "b", "c", "d", "e"].map((k) => ({ key: [k], value: k })) } });
    const keys = (page: { data: { key: string[] }[] }) => page.data.map((e) => e.key[0]);
    const first = await platform.listKV({ store: store!, body: { options: { limit: 2 } } });
    expect([keys(first), first.pagination.prevCursor]).toEqual([["a", "b"], ""]);
    const second = await platform.listKV({ store: store!, body: { selector: { after: first.pagination.nextCursor }, options: { limit: 2 } } });
    const third = await platform.listKV({ store: store!, body: { selector: { after: second.pagination.nextCursor }, options: { limit: 2 } } });
    expect([keys(second), keys(third), third.pagination.nextCursor]).toEqual([["c", "d"], ["e"], ""]);
    const back = await platform.listKV({ store: store!, body: { selector: { before: third.pagination.prevCursor }, options: { limit: 2 } } });
    expect([keys(back), back.pagination.nextCursor]).toEqual([["c", "d"], second.pagination.nextCursor]);
    const start = await platform.listKV({ store: store!, body: { selector: { before: back.pagination.prevCursor }, options: { limit: 2 } } });
    expect([keys(start), start.pagination.prevCursor]).toEqual([["a", "b"], ""]);
  });

  test("ListIssues' before: the issues that precede an issue's id, first at most", async () => {
    const { fake, platform } = fakeClients();
    const project = await platform.createProject({ body: { name: "P" } });
    const ids = [];
    for (const title of ["one", "two", "three", "four"]) {
      ids.push((await platform.createIssue({ body: { organisationId: fake.organisationId, environmentId: project.environments[0]!.id, reason: "manual", severity: "low", title } })).id);
    }
    expect((await platform.listIssues({ query: { before: ids[3]!, first: 2 } })).map((i) => i.title)).toEqual(["two", "three"]);
    expect((await platform.listIssues({ query: { before: ids[0]! } })).map((i) => i.title)).toEqual([]);
  });
});
