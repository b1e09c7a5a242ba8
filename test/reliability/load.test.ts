// 1,000 concurrent updateConnector calls on one server, ~3 % failing once with 503: every call
// gets its OWN connector back, retries add exactly one attempt per failure, and nothing is left
// behind (no unhandled rejection, no timer).
import { expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { connector, ORG, update } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const CALLS = 1000;
const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

test("1,000 concurrent calls with 3 % transient 503s", { timeout: 30_000 }, async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const failOnce = new Set(Array.from({ length: CALLS }, (_, i) => `conn-${i}`).filter((_, i) => i % 33 === 7));
    const attemptsById = new Map<string, number>();
    const server = await startLoopback(
      (seen, res) => {
        const [, o, org, c, id] = seen.url.split("/").map(decodeURIComponent);
        if (o !== "o" || c !== "connectors" || org !== ORG || !id) return json(res, 404, { code: "not_found", message: seen.url });
        const n = (attemptsById.get(id) ?? 0) + 1;
        attemptsById.set(id, n);
        if (failOnce.has(id) && n === 1) return json(res, 503, { code: "unavailable", message: "busy" });
        // Echo the id from the path, so a crossed answer would show.
        json(res, 200, { ...connector(id), name: JSON.parse(seen.body.toString()).name });
      },
      { backlog: 2048 },
    );
    const connect = createConnectClient({ baseUrl: server.url, token: "t", organisationId: ORG });
    await connect.updateConnector({ connectorId: "warm-up", body: update("warm-up") }); // undici's own timers start here
    server.requests.length = 0;
    attemptsById.clear();
    const before = timers();

    const ids = Array.from({ length: CALLS }, (_, i) => `conn-${i}`);
    const results = await Promise.allSettled(
      ids.map((id) => connect.updateConnector({ connectorId: id, body: { ...update(id), name: `name of ${id}` } })),
    );

    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected, String((rejected[0] as PromiseRejectedResult | undefined)?.reason)).toHaveLength(0);
    results.forEach((r, i) => {
      const value = (r as PromiseFulfilledResult<{ id: string; name: string }>).value;
      expect(value.id).toBe(ids[i]);
      expect(value.name).toBe(`name of ${ids[i]}`);
    });
    expect(failOnce.size).toBeGreaterThanOrEqual(25);
    expect(server.requests.length).toBeLessThanOrEqual(CALLS + failOnce.size);
    expect(server.requests.length).toBe(CALLS + failOnce.size); // every failure retried exactly once
    for (const id of ids) expect(attemptsById.get(id)).toBe(failOnce.has(id) ? 2 : 1);

    await new Promise((resolve) => setImmediate(resolve));
    expect(timers()).toBeLessThanOrEqual(before); // every deadline and backoff timer cleared
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
