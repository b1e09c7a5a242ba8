// Many calls may share one AbortSignal (a page's worth of requests, one cancel button): that
// must not pile up listeners on it, nor print MaxListenersExceededWarning, and aborting it
// still ends every call.
import { expect, onTestFinished, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

function collectWarnings(): Error[] {
  const warnings: Error[] = [];
  const onWarning = (w: Error) => warnings.push(w);
  process.on("warning", onWarning);
  onTestFinished(() => {
    process.off("warning", onWarning);
  });
  return warnings;
}

test("50 concurrent calls with one signal: no MaxListenersExceededWarning", async () => {
  const warnings = collectWarnings();
  const srv = await startLoopback((_, res) => json(res, 200, connector()));
  const connect = createConnectClient({ baseUrl: srv.url });
  const { signal } = new AbortController();
  await Promise.all(Array.from({ length: 50 }, () => connect.getConnector({ ...ids, signal })));
  // Also through the retry wait: 503 first, so every call sleeps on the signal once.
  const failed = new Set<string>();
  const flaky = await startLoopback((seen, res) => {
    const call = String(seen.headers["x-call"]);
    if (failed.has(call)) return json(res, 200, connector());
    failed.add(call);
    json(res, 503, { code: "busy", message: "later" });
  });
  const again = createConnectClient({ baseUrl: flaky.url });
  await Promise.all(Array.from({ length: 20 }, (_, i) => again.getConnector({ ...ids, signal, headers: { "x-call": String(i) } })));
  expect(flaky.requests).toHaveLength(40);
  await new Promise((resolve) => setImmediate(resolve));
  expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning").map(String)).toEqual([]);
}, 30_000);

test("aborting the shared signal ends every pending call with its reason", async () => {
  const warnings = collectWarnings();
  const srv = await startLoopback(() => {}); // never answers
  const connect = createConnectClient({ baseUrl: srv.url });
  const controller = new AbortController();
  const calls = Array.from({ length: 30 }, () => connect.getConnector({ ...ids, signal: controller.signal }).catch((e: unknown) => e));
  await srv.seen(30);
  const reason = new Error("cancelled");
  controller.abort(reason);
  for (const outcome of await Promise.all(calls)) expect(outcome).toBe(reason);
  expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning").map(String)).toEqual([]);
});
