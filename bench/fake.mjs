// Bench (d): the fake platform of versori-client/testing (built package): how long it takes to
// start (the first fake of a process, which builds Ajv, and later ones), how many calls per
// second it answers in process (GetEndUser through createPlatformClient, and its bare fetch) and
// over HTTP (startFakePlatform on 127.0.0.1, keep-alive), beside how long Prism takes to start on
// the same contract. Numbers are printed, not asserted.
import { performance } from "node:perf_hooks";
import { startPrism } from "../scripts/prism.mjs";

const quick = process.argv.includes("--quick");
const CALLS = quick ? 1000 : 5000;
const ms = (t) => `${t.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let t = performance.now();
const { createFakePlatform, startFakePlatform } = await import("../dist/esm/src/testing/index.js");
const { createPlatformClient } = await import("../dist/esm/src/index.js");
const loaded = performance.now() - t;
t = performance.now();
const first = createFakePlatform();
const firstStart = performance.now() - t;
const later = Array.from({ length: 20 }, () => ((t = performance.now()), createFakePlatform(), performance.now() - t));

/** Calls per second of `call`, after a warm-up of a tenth as many. */
async function rate(call, n = CALLS) {
  for (let i = 0; i < n / 10; i++) await call();
  const start = performance.now();
  for (let i = 0; i < n; i++) await call();
  return Math.round(n / ((performance.now() - start) / 1000));
}

const clientOn = (fake, options) => createPlatformClient({ token: fake.apiKey, organisationId: fake.organisationId, ...options });
const inProcess = clientOn(first, { fetch: first.fetch });
await inProcess.createEndUser({ body: { externalId: "cust-1" } });
const url = `https://platform.versori.com/api/v2/o/${first.organisationId}/users/cust-1`;
const init = { headers: { authorization: `Bearer ${first.apiKey}` } };
const clientRate = await rate(() => inProcess.getEndUser({ userId: "cust-1" }));
const fetchRate = await rate(async () => (await first.fetch(url, init)).json());

t = performance.now();
const server = await startFakePlatform();
const httpStart = performance.now() - t;
const overHttp = clientOn(server.fake, { baseUrl: server.baseUrls.platform });
await overHttp.createEndUser({ body: { externalId: "cust-1" } });
const httpRate = await rate(() => overHttp.getEndUser({ userId: "cust-1" }), CALLS / 5);
await server.stop();

t = performance.now();
const prism = await startPrism({ spec: "openapi/platform-v2.yaml", log: ".cache/prism-bench.log" });
const prismStart = performance.now() - t;
await prism.stop();

console.log("\n(d) the fake platform (versori-client/testing), GetEndUser");
console.log(`  import of versori-client/testing      ${ms(loaded)}`);
console.log(`  createFakePlatform, first in process  ${ms(firstStart)}`);
console.log(`  createFakePlatform, later (median)    ${ms(median(later))}`);
console.log(`  startFakePlatform to listening        ${ms(httpStart)}`);
console.log(`  Prism on the Platform contract        ${ms(prismStart)} to listening`);
console.log(`  in process, through the client        ${clientRate} calls/s`);
console.log(`  in process, fake.fetch alone          ${fetchRate} calls/s`);
console.log(`  over HTTP (127.0.0.1), the client     ${httpRate} calls/s`);
