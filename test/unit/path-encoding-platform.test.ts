// The Platform API's path parameters that carry user data (a KV key or store, a workflow or
// trigger name, a variable name, an end user's own id, a trace id, an auth config id) stay one
// segment whatever they hold, "." and ".." are refused, and KV keys that would name another
// operation's path (`/kv/batch`, `/kv/list`, `/kv/count`) are refused before anything is sent.
import { describe, expect, test } from "vitest";
import { createPlatformClient, type PlatformClient } from "../../src/index.js";
import { call, createPlatformCore, DeleteKV, SetKV } from "../../src/platform/index.js";
import { jsonResponse, ORG, recordingFetch } from "../support/fake-fetch.js";

const baseUrl = "https://api.test/api/v2";
const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";
const ENV = "01JR7ZAY1187NGRJXS8JZXA0P3";
const ACTIVATION = "01JRX16A2QAT4FBDEE1QQSA6XV";
const SYSTEM = "01JRRXZVSZD9W5DZ2S6CFVPMBW";
const STORE = "01JRAJBGCRAFM36A6TAPHT1E1G";

function client() {
  const rec = recordingFetch(() => jsonResponse(200, {}));
  return { platform: createPlatformClient({ baseUrl, organisationId: ORG, fetch: rec.fetch, maxRetries: 0 }), requests: rec.requests };
}

type Platform = PlatformClient<true>;
type Case = { call: (p: Platform, value: string) => Promise<unknown>; before: string[]; after: string[] };

// Each user-data parameter, the call that carries it, and the path segments around it.
const params: Record<string, Case> = {
  key: { call: (p, key) => p.getKV({ store: STORE, key }), before: ["store", STORE, "kv"], after: [] },
  store: { call: (p, store) => p.getKV({ store, key: "order-1042" }), before: ["store"], after: ["kv", "order-1042"] },
  flowName: { call: (p, flowName) => p.getIntegrationFlow({ projectId: PROJECT, flowName }), before: ["o", ORG, "projects", PROJECT, "workflows"], after: [] },
  triggerName: {
    call: (p, triggerName) => p.triggerWorkflow({ projectId: PROJECT, triggerName, body: {} }),
    before: ["o", ORG, "projects", PROJECT, "testing", "trigger"],
    after: [],
  },
  variableName: {
    call: (p, variableName) => p.setDynamicVariable({ environmentId: ENV, activationId: ACTIVATION, variableName, body: { value: 1 } }),
    before: ["o", ORG, "environments", ENV, "activations", ACTIVATION, "variables"],
    after: [],
  },
  externalUserId: {
    call: (p, externalUserId) => p.listUserActivations({ environmentId: ENV, externalUserId }),
    before: ["o", ORG, "environment", ENV, "users"],
    after: ["activations"],
  },
  userId: { call: (p, userId) => p.getEndUser({ userId }), before: ["o", ORG, "users"], after: [] },
  traceId: { call: (p, traceId) => p.getTrace({ projectId: PROJECT, traceId }), before: ["o", ORG, "projects", PROJECT, "traces"], after: [] },
  authSchemeConfigId: {
    call: (p, authSchemeConfigId) => p.deleteAuthSchemeConfig({ systemId: SYSTEM, authSchemeConfigId }),
    before: ["o", ORG, "systems", SYSTEM, "auth-scheme-configs"],
    after: [],
  },
};

const hostile = ["a/b", "../admin", "%2F", "%2e%2e", "with spaces", "ünïcødé 🚀", "?x=1", "#frag", "a;b=c", "x&y=z", "\\", "...", "batch/x"];

describe.each(Object.entries(params))("%s", (name, { call: send, before, after }) => {
  test.each(hostile)(`%j is sent as one encoded segment`, async (value) => {
    const { platform, requests } = client();
    await send(platform, value);
    const url = new URL(requests[0]!.url);
    expect(url.search).toBe("");
    expect(url.hash).toBe("");
    const segments = url.pathname.split("/");
    expect(segments.slice(0, 3)).toEqual(["", "api", "v2"]);
    const rest = segments.slice(3);
    expect(rest).toHaveLength(before.length + 1 + after.length);
    expect(rest.slice(0, before.length)).toEqual(before);
    expect(decodeURIComponent(rest[before.length]!)).toBe(value);
    expect(rest.slice(before.length + 1)).toEqual(after);
  });

  test.each(["", ".", ".."])(`%j is a TypeError naming ${name}, before any request`, async (value) => {
    const { platform, requests } = client();
    await expect(send(platform, value)).rejects.toThrow(new RegExp(`^${name}: `));
    await expect(send(platform, value)).rejects.toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });
});

describe("KV keys that would name another operation's path", () => {
  const kv = {
    getKV: (p: Platform, key: string) => p.getKV({ store: STORE, key }),
    setKV: (p: Platform, key: string) => p.setKV({ store: STORE, key, body: { value: 1 } }),
    deleteKV: (p: Platform, key: string) => p.deleteKV({ store: STORE, key, body: {} }),
  };
  test.each(Object.keys(kv).flatMap((method) => ["batch", "list", "count"].map((key) => [method, key] as const)))(
    "%s refuses the key %j with a TypeError before any request",
    async (method, key) => {
      const { platform, requests } = client();
      const sent = kv[method as keyof typeof kv](platform, key);
      await expect(sent).rejects.toBeInstanceOf(TypeError);
      await expect(kv[method as keyof typeof kv](platform, key)).rejects.toThrow(`key: "${key}" would make the path of another operation`);
      expect(requests).toHaveLength(0);
    },
  );

  test.each(["Batch", "batches", "list-2", "counts", "batch/x"])("a key merely like them (%j) is sent", async (key) => {
    const { platform, requests } = client();
    await platform.setKV({ store: STORE, key, body: { value: 1 } });
    expect(new URL(requests[0]!.url).pathname).toBe(`/api/v2/store/${STORE}/kv/${encodeURIComponent(key)}`);
  });

  test("the light entry refuses them too", async () => {
    const rec = recordingFetch(() => jsonResponse(200, {}));
    const core = createPlatformCore({ baseUrl, fetch: rec.fetch });
    await expect(call(core, SetKV, { store: STORE, key: "batch", body: { value: 1 } })).rejects.toBeInstanceOf(TypeError);
    await expect(call(core, DeleteKV, { store: STORE, key: "count", body: {} })).rejects.toBeInstanceOf(TypeError);
    expect(rec.requests).toHaveLength(0);
  });

  test("the batch operations reach those keys as lists of parts", async () => {
    const rec = recordingFetch(() => jsonResponse(200, { status: "deleted" }));
    const platform = createPlatformClient({ baseUrl, fetch: rec.fetch });
    await platform.batchDeleteKV({ store: STORE, body: { keys: [["batch"]] } });
    expect(new URL(rec.requests[0]!.url).pathname).toBe(`/api/v2/store/${STORE}/kv/batch`);
    expect(rec.requests[0]!.method).toBe("DELETE");
    expect(await rec.requests[0]!.json()).toEqual({ keys: [["batch"]] });
  });
});
