// kvScope over real HTTP: the store found by the runtime's name (once), full keys sent through the
// batch operations, values written as the runtime writes them (a JSON string) and read back
// decoded, every page of a listing with keys relative to the scope, count, wipe, and a store the
// runtime has not made yet.
import { describe, expect, test } from "vitest";
import { kvScope } from "../../src/operate/kv-scope.js";
import { VersoriOperateError } from "../../src/operate/operate-error.js";
import { ORG, platformOn, PROJECT } from "./answers.js";
import { kvServer, STORE, type Entry } from "./kv-server.js";

// sha256 of "Zoë" (UTF-8 5a 6f c3 ab), computed outside this code.
const ZOE = "Zo\u00eb";
const ZOE_SHA256 = "c6a12698582fc1104ea24107a2d7268145ff06ef859707729d01fd060897f067";
const ENV_PREFIX = [ORG, PROJECT, "production"];

describe("kvScope", () => {
  test("the user scope: store by name, hashed external id in every key, JSON strings as the runtime writes them", async () => {
    const zoe = [...ENV_PREFIX, ZOE_SHA256];
    const entries: Entry[] = [{ key: [...zoe, "cursor", "orders"], value: '{"page":3}' }];
    const { server, bodies } = await kvServer(entries);
    const kv = await kvScope(platformOn(server.url), { scope: "user", organisationId: ORG, projectId: PROJECT, environment: "production", externalId: ZOE });
    expect(kv.store).toBe(`PROJECT_${PROJECT}`);
    expect(kv.prefix).toEqual(zoe);

    expect(await kv.get("cursor/orders")).toEqual({ page: 3 });
    expect(await kv.get(["cursor", "missing"])).toBeUndefined();
    expect(bodies("POST", "/kv/batch")).toEqual([{ keys: [[...zoe, "cursor", "orders"]] }, { keys: [[...zoe, "cursor", "missing"]] }]);

    expect(await kv.set("cursor/orders", { page: 4 }, { expireInMs: 60_000 })).toEqual({ committed: true, versionstamp: "00000000000000a20000" });
    await kv.set(["seen", "order/1042"], "yes");
    expect(bodies("PUT", "/kv/batch")).toEqual([
      { entries: [{ key: [...zoe, "cursor", "orders"], value: '{"page":4}', options: { expireIn: 60_000 } }] },
      { entries: [{ key: [...zoe, "seen", "order/1042"], value: '"yes"' }] },
    ]);

    await kv.delete("cursor/orders");
    expect(bodies("DELETE", "/kv/batch")).toEqual([{ keys: [[...zoe, "cursor", "orders"]] }]);
    // The store was looked up once for all of it.
    expect(server.requests.filter((r) => r.url === `/o/${ORG}/store`)).toHaveLength(1);
  });

  test("list: every page, keys relative to the scope, values decoded; a value that is not a JSON string comes as it is", async () => {
    const ws = ENV_PREFIX;
    const entries: Entry[] = [
      { key: [...ws, "a"], value: '{"n":1}' },
      { key: [...ws, "b", "c"], value: "[1,2]" },
      { key: [...ws, "d"], value: "plain text" },
      { key: [...ws, "e"], value: { written: "raw" } },
      { key: [...ws, "f"], value: '"quoted"' },
      { key: [ORG, PROJECT, "staging", "x"], value: '"other environment"' },
    ];
    const { server, bodies } = await kvServer(entries, { pageSize: 2 });
    const kv = await kvScope(platformOn(server.url), { scope: "workspace", organisationId: ORG, projectId: PROJECT, environment: "production" });
    const listed = [];
    for await (const entry of kv.list()) listed.push([entry.key, entry.value]);
    expect(listed).toEqual([
      [["a"], { n: 1 }],
      [["b", "c"], [1, 2]],
      [["d"], "plain text"],
      [["e"], { written: "raw" }],
      [["f"], "quoted"],
    ]);
    expect(bodies("POST", "/kv/list")).toEqual([
      { selector: { prefix: ws } },
      { selector: { prefix: ws, after: "2" } },
      { selector: { prefix: ws, after: "4" } },
    ]);
    const under = [];
    for await (const entry of kv.list({ prefix: "b", pageSize: 1 })) under.push(entry.key);
    expect(under).toEqual([["b", "c"]]);
    expect(bodies("POST", "/kv/list").at(-1)).toEqual({ selector: { prefix: [...ws, "b"] }, options: { limit: 1 } });
    expect(await kv.count()).toBe(5);
    expect(await kv.count({ prefix: ["b"] })).toBe(1);
  });

  test("wipe counts, then deletes the scope's prefix with cascade, and nothing else", async () => {
    const entries: Entry[] = [
      { key: [...ENV_PREFIX, "exec-1", "a"], value: "1" },
      { key: [...ENV_PREFIX, "exec-1", "b"], value: "2" },
      { key: [...ENV_PREFIX, "exec-2", "a"], value: "3" },
    ];
    const { server, bodies } = await kvServer(entries, { stores: [{ id: STORE, name: `EXECUTION_${PROJECT}` }] });
    const kv = await kvScope(platformOn(server.url), { scope: "execution", organisationId: ORG, projectId: PROJECT, environment: "production", executionId: "exec-1" });
    expect(kv.store).toBe(`EXECUTION_${PROJECT}`);
    expect(await kv.wipe()).toBe(2);
    expect(bodies("DELETE", "/kv/batch")).toEqual([{ keys: [[...ENV_PREFIX, "exec-1"]], options: { cascade: true } }]);
    expect(entries.map((e) => e.key.at(-2))).toEqual(["exec-2"]);
    expect(await kv.wipe()).toBe(0);
    expect(bodies("DELETE", "/kv/batch")).toHaveLength(1);
  });

  test("a store the runtime has not made yet: store_not_found, saying so, and looked up again next time", async () => {
    const { server } = await kvServer([], { stores: [] });
    const kv = await kvScope(platformOn(server.url), { scope: "organisation", organisationId: ORG });
    const error = await kv.get("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriOperateError);
    expect(error).toMatchObject({ reason: "store_not_found", store: `ORG_${ORG}` });
    expect((error as Error).message).toBe(`no KV store named ORG_${ORG}: the runtime makes it when a workflow first writes to this scope`);
    await expect(kv.count()).rejects.toMatchObject({ reason: "store_not_found" });
    expect(server.requests.filter((r) => r.url === `/o/${ORG}/store`)).toHaveLength(2);
  });

  test("keys with empty parts and values that are not JSON are TypeErrors, before any request", async () => {
    const { server } = await kvServer([]);
    const kv = await kvScope(platformOn(server.url), { scope: "organisation", organisationId: ORG });
    await expect(kv.set(["a", ""], 1)).rejects.toThrow(TypeError);
    await expect(kv.set("a", undefined)).rejects.toThrow(/must be JSON/);
    expect(server.requests.filter((r) => r.url.includes("/kv/"))).toHaveLength(0);
  });
});
