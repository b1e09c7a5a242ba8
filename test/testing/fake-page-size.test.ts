// settings.maxPageSize: no page of a paged list holds more, whatever the caller asks, in every
// cursor style the fake serves (after/next, next_token/nextToken in the query and in the body,
// KV's selector.after/pagination.nextCursor, issues' last id), so paging code meets small pages;
// walking the pages still finds every item. A list that does not page is answered whole.
import { describe, expect, test } from "vitest";
import { fakeClients } from "../support/fake-clients.js";

const sizes = (pages: unknown[][]) => pages.map((p) => p.length);

describe("settings.maxPageSize", () => {
  test("after / next (ListEndUsers): pages of 2 though 100 are asked, every user found", async () => {
    const { platform } = fakeClients({ settings: { maxPageSize: 2 } });
    const ids = ["a", "b", "c", "d", "e"];
    for (const externalId of ids) await platform.createEndUser({ body: { externalId } });
    const pages = [];
    for await (const page of platform.paginate.listEndUsers({ pageSize: 100 }).pages()) pages.push(page.users.map((u) => u.externalId));
    expect(sizes(pages)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(ids);
  });

  test("next_token in the query (GetProjectLogs) and in the body (SearchProjectLogs)", async () => {
    const { fake, platform } = fakeClients({ settings: { maxPageSize: 2 } });
    const project = await platform.createProject({ body: { name: "Chatty" } });
    const lines = ["one", "two", "three", "four", "five"];
    for (const message of lines) fake.log(project.id, { message });

    const pages = [];
    for await (const page of platform.paginate.getProjectLogs({ projectId: project.id, pageSize: 40 }).pages()) pages.push(page.logs.map((l) => l.message));
    expect(sizes(pages)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(lines);

    const searched = [];
    for await (const page of platform.paginate.searchProjectLogs({ projectId: project.id, body: { first: 30 } }).pages()) searched.push(page.logs.map((l) => l.message));
    expect(sizes(searched)).toEqual([2, 2, 1]);
    expect(searched.flat()).toEqual(lines);
  });

  test("KV's cursor in the body (ListKV, options.limit above the cap)", async () => {
    const { platform } = fakeClients({ settings: { maxPageSize: 2 } });
    const { id: store } = await platform.createStore({ body: { name: "orders" } });
    const keys = ["k1", "k2", "k3"].map((k) => [k]);
    await platform.batchSetKV({ store: store!, body: { entries: keys.map((key, i) => ({ key, value: i })) } });
    const pages = [];
    for await (const page of platform.paginate.listKV({ store: store!, body: { selector: { prefix: [] }, options: { limit: 100 } } }).pages()) pages.push(page.data.map((e) => e.key));
    expect(sizes(pages)).toEqual([2, 1]);
    expect(pages.flat()).toEqual(keys);
  });

  test("the last item's id (ListIssues), to the empty page", async () => {
    const { fake, platform } = fakeClients({ settings: { maxPageSize: 2 } });
    const ids: string[] = [];
    // An issue is of an environment that exists.
    const project = await platform.createProject({ body: { name: "P" } });
    for (const title of ["one", "two", "three"]) {
      const issue = await platform.createIssue({ body: { organisationId: fake.organisationId, reason: "manual", severity: "low", title, message: "m", projectId: project.id, environmentId: project.environments[0]!.id } });
      ids.push(issue.id);
    }
    const pages = [];
    for await (const page of platform.paginate.listIssues({ pageSize: 20 }).pages()) pages.push(page.map((i) => i.id));
    expect(sizes(pages)).toEqual([2, 1, 0]);
    expect(pages.flat()).toEqual(ids);
  });

  test("changed while the fake runs; a smaller page asked is still honoured; a list that does not page is whole", async () => {
    const { fake, platform } = fakeClients();
    for (const externalId of ["a", "b", "c", "d"]) await platform.createEndUser({ body: { externalId } });
    expect((await platform.listEndUsers()).users).toHaveLength(4);
    fake.settings.maxPageSize = 3;
    expect((await platform.listEndUsers()).users).toHaveLength(3);
    expect((await platform.listEndUsers({ query: { first: 1 } })).users).toHaveLength(1);

    // ListProjects does not page (no cursor): its caller could not get the rest, so it is answered whole.
    for (const name of ["p1", "p2", "p3", "p4"]) await platform.createProject({ body: { name } });
    expect((await platform.listProjects()).projects).toHaveLength(4);
  });
});
