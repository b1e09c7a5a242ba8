// Which attempts carry an AbortSignal: every one that can be aborted (a timeout or the
// caller's signal), and none that cannot, since a signal has a cost in fetch.
import { expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { connector, CONNECTOR, jsonResponse, ORG } from "../support/fake-fetch.js";

function client(timeoutMs?: number) {
  const seen: (AbortSignal | null | undefined)[] = [];
  const connect = createConnectClient({
    baseUrl: "https://api.test",
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    fetch: async (_url, init) => {
      seen.push(init.signal);
      return jsonResponse(200, connector());
    },
  });
  return { connect, seen };
}
const ids = { organisationId: ORG, connectorId: CONNECTOR };

test("the default timeout gives fetch a signal", async () => {
  const { connect, seen } = client();
  await connect.getConnector(ids);
  expect(seen[0]).toBeInstanceOf(AbortSignal);
});

test("timeoutMs: 0 and no caller signal: fetch gets no signal", async () => {
  const { connect, seen } = client(0);
  await connect.getConnector(ids);
  expect(seen).toEqual([undefined]);
});

test("timeoutMs: 0 with a caller signal: fetch gets a signal that follows the caller's", async () => {
  const seen: AbortSignal[] = [];
  const connect = createConnectClient({
    baseUrl: "https://api.test",
    timeoutMs: 0,
    // Never answers on its own: only an abort ends it.
    fetch: (_url, init) =>
      new Promise<Response>((_, reject) => {
        seen.push(init.signal!);
        init.signal!.addEventListener("abort", () => reject(init.signal!.reason));
      }),
  });
  const controller = new AbortController();
  const call = connect.getConnector({ ...ids, signal: controller.signal });
  await new Promise((r) => setTimeout(r, 5));
  expect(seen).toHaveLength(1);
  controller.abort();
  await expect(call).rejects.toMatchObject({ name: "AbortError" });
  expect(seen[0]!.aborted).toBe(true);
});
