// KV stores on the fake platform through the real Platform client: set, get, delete, batches,
// 250 entries paged with the cursor in the body (selector.after / pagination.nextCursor) and a
// page cap (options.limit), counts by prefix, the write and delete conditions, and ListKV's filter.
import { afterEach, describe, expect, test, vi } from "vitest";
import { fakeClients, rejection } from "../support/fake-clients.js";

async function withStore() {
  const clients = fakeClients();
  const { id } = await clients.platform.createStore({ body: { name: "orders" } });
  return { ...clients, store: id! };
}

describe("KV", () => {
  test("set then get, delete then 404; the store is listed", async () => {
    const { platform, store, fake } = await withStore();
    const set = await platform.setKV({ store, key: "order-1", body: { value: { status: "copied" } } });
    expect(set).toMatchObject({ ok: true, committed: true });
    expect(await platform.getKV({ store, key: "order-1" })).toMatchObject({ value: { status: "copied" }, versionstamp: set.versionstamp });
    await platform.deleteKV({ store, key: "order-1", body: {} });
    expect((await rejection(platform.getKV({ store, key: "order-1" }))).status).toBe(404);
    expect((await platform.listStores()).stores).toEqual([{ id: store, name: "orders", orgId: fake.organisationId }]);
  });

  test("an unknown store is 404", async () => {
    const { platform } = fakeClients();
    expect((await rejection(platform.getKV({ store: "01JRAJBGCRAFM36A6TAPHT1E1G", key: "k" }))).status).toBe(404);
  });

  test("ifNotExists and ifVersionstamp decide whether a write commits", async () => {
    const { platform, store } = await withStore();
    const first = await platform.setKV({ store, key: "k", body: { value: 1 } });
    expect((await platform.setKV({ store, key: "k", body: { value: 2, options: { ifNotExists: true } } })).committed).toBe(false);
    expect((await platform.setKV({ store, key: "k", body: { value: 3, options: { ifVersionstamp: "stale" } } })).committed).toBe(false);
    expect((await platform.setKV({ store, key: "k", body: { value: 4, options: { ifVersionstamp: first.versionstamp } } })).committed).toBe(true);
    expect((await platform.getKV({ store, key: "k" })).value).toBe(4);
  });

  test("batches of keys with several parts; 250 entries paged with the body cursor; counts by prefix", async () => {
    const { platform, store } = await withStore();
    const keys = Array.from({ length: 250 }, (_, i) => ["orders", String(i).padStart(3, "0")]);
    const set = await platform.batchSetKV({ store, body: { entries: keys.map((key, i) => ({ key, value: i })) } });
    expect(set.successes).toHaveLength(250);
    await platform.setKV({ store, key: "other", body: { value: "x" } });

    const pages = [];
    for await (const page of platform.paginate.listKV({ store, body: { selector: { prefix: ["orders"] }, options: { limit: 100 } } }).pages()) pages.push(page.data.map((e) => e.key));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(keys);
    expect((await platform.countKV({ store, body: { selector: { prefix: ["orders"] } } })).count).toBe(250);
    expect((await platform.countKV({ store, body: {} })).count).toBe(251);

    const got = await platform.batchGetKV({ store, body: { keys: [keys[7]!, ["orders", "missing"]] } });
    expect(got.entries.map((e) => [e.key, e.value])).toEqual([[keys[7], 7]]);
    await platform.batchDeleteKV({ store, body: { keys: keys.slice(0, 200) } });
    expect((await platform.countKV({ store, body: { selector: { prefix: ["orders"] } } })).count).toBe(50);
  });
  test("BatchDeleteKV with cascade deletes each key and every key under it; without, only the keys named", async () => {
    const { platform, store } = await withStore();
    const keys = [["orders"], ["orders", "1"], ["orders", "2", "lines"], ["ordersX"], ["other", "orders"]];
    await platform.batchSetKV({ store, body: { entries: keys.map((key, i) => ({ key, value: i })) } });
    const left = async () => (await platform.batchGetKV({ store, body: { keys } })).entries.map((e) => e.key);

    await platform.batchDeleteKV({ store, body: { keys: [["orders"]] } });
    expect(await left()).toEqual(keys.slice(1));
    await platform.batchDeleteKV({ store, body: { keys: [["orders"]], options: { cascade: true } } });
    expect(await left()).toEqual([["ordersX"], ["other", "orders"]]);
  });

  test("DeleteKV: a stale ifVersionstamp keeps the entry (200, not deleted), the current one deletes it; cascade deletes the keys under it", async () => {
    const { platform, store } = await withStore();
    const first = await platform.setKV({ store, key: "k", body: { value: 1 } });
    const second = await platform.setKV({ store, key: "k", body: { value: 2 } });
    expect(await platform.deleteKV({ store, key: "k", body: { options: { ifVersionstamp: first.versionstamp } } })).toEqual({ status: "not deleted" });
    expect((await platform.getKV({ store, key: "k" })).value).toBe(2);
    expect(await platform.deleteKV({ store, key: "k", body: { options: { ifVersionstamp: second.versionstamp } } })).toEqual({ status: "deleted" });
    expect((await rejection(platform.getKV({ store, key: "k" }))).status).toBe(404);

    const keys = [["orders"], ["orders", "1"], ["ordersX"]];
    await platform.batchSetKV({ store, body: { entries: keys.map((key, i) => ({ key, value: i })) } });
    await platform.deleteKV({ store, key: "orders", body: { options: { cascade: true } } });
    expect((await platform.batchGetKV({ store, body: { keys } })).entries.map((e) => e.key)).toEqual([["ordersX"]]);
  });

  test("BatchDeleteKV's ifVersionstamp keeps the entries written since", async () => {
    const { platform, store } = await withStore();
    const a = await platform.setKV({ store, key: "a", body: { value: 1 } });
    await platform.setKV({ store, key: "b", body: { value: 1 } });
    const answer = await platform.batchDeleteKV({ store, body: { keys: [["a"], ["b"]], options: { ifVersionstamp: a.versionstamp } } });
    expect(answer.status).toBe("not deleted");
    expect((await platform.batchGetKV({ store, body: { keys: [["a"], ["b"]] } })).entries.map((e) => e.key)).toEqual([["b"]]);
  });
});

describe("ListKV's selector.filter", () => {
  afterEach(() => vi.useRealTimers());

  test("createdAfter / createdBefore (exclusive) on when an entry was first written; metadata holding each property asked", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-11T10:00:00Z") });
    const { platform, store } = await withStore();
    const at = (hour: number) => `2026-03-11T${String(hour).padStart(2, "0")}:00:00.000Z`;
    for (const [hour, key, metadata] of [[10, "a", { kind: "order", region: "eu" }], [11, "b", { kind: "order", region: "us" }], [12, "c", { kind: "refund" }], [13, "d", undefined]] as const) {
      vi.setSystemTime(Date.parse(at(hour)));
      await platform.setKV({ store, key, body: { value: hour, ...(metadata ? { options: { metadata } } : {}) } });
    }
    // An overwrite keeps when the entry was first written.
    vi.setSystemTime(Date.parse(at(14)));
    await platform.setKV({ store, key: "a", body: { value: "again", options: { metadata: { kind: "order", region: "eu" } } } });
    const list = async (filter: object) => (await platform.listKV({ store, body: { selector: { filter } } })).data.map((e) => e.key[0]);

    expect(await list({})).toEqual(["a", "b", "c", "d"]);
    expect(await list({ createdAfter: at(10) })).toEqual(["b", "c", "d"]);
    expect(await list({ createdBefore: at(12) })).toEqual(["a", "b"]);
    expect(await list({ createdAfter: at(10), createdBefore: at(13) })).toEqual(["b", "c"]);
    expect(await list({ metadata: { kind: "order" } })).toEqual(["a", "b"]);
    expect(await list({ metadata: { kind: "order", region: "us" } })).toEqual(["b"]);
    expect(await list({ metadata: { region: "asia" } })).toEqual([]);
    const filtered = await platform.listKV({ store, body: { selector: { prefix: ["c"], filter: { metadata: { kind: "refund" } } } } });
    expect(filtered.data).toEqual([{ key: ["c"], value: 12, versionstamp: expect.any(String), createdAt: at(12) }]);
  });
});
