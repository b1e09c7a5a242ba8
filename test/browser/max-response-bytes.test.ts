// maxResponseBytes in a real browser (Chromium from scripts/browser.mjs), with the client bundled
// from src as an app would ship it. The API answers gzip: a few kB on the wire that decode to
// 8 MB, over a 1 MB limit. On the page's own origin the browser shows Content-Encoding; from
// another origin it shows Content-Length (CORS-safelisted: the compressed size) but hides
// Content-Encoding, so there the length says nothing about the decoded size. Both must fail
// with VersoriResponseTooLargeError.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { launchBrowser } from "../../scripts/browser.mjs";
import { bundleForPage } from "../support/browser-bundle.js";
import { CONNECTOR, ORG, connector } from "../support/fake-fetch.js";
import { startLoopback, type Loopback, type SeenRequest } from "../support/loopback.js";

type Versori = typeof import("../../src/index.js");
const MB = 1024 * 1024;
const ids = { organisationId: ORG, connectorId: CONNECTOR };
const connectorPath = `/api/o/${ORG}/connectors/${CONNECTOR}`;
// 8 MB of JSON that gzip squeezes to a few kB.
const bomb = gzipSync(JSON.stringify({ ...connector(), name: "x".repeat(8 * MB) }));

let browser: Browser;
let bundle: string;
beforeAll(async () => {
  [browser, bundle] = await Promise.all([launchBrowser(), bundleForPage("src/index.ts", "Versori")]);
}, 120_000);
afterAll(() => browser?.close());

/** The API's answer: `body`, gzip-encoded when `gzip`, with CORS headers that let any origin read it. */
function answer(res: ServerResponse, body: Buffer, gzip: boolean) {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": body.length,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "access-control-allow-origin": "*",
  });
  res.end(body);
}

/** A server with the API under /api; `page` also serves the page that loads the client bundle. */
function server(api: (seen: SeenRequest, res: ServerResponse) => void, page = false): Promise<Loopback> {
  return startLoopback((seen, res, req: IncomingMessage) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-origin": "*",
        "access-control-allow-methods": "GET, PUT, POST, PATCH, DELETE",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "*",
      });
      return res.end();
    }
    if (page && seen.url === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end('<!doctype html><title>versori-client</title><script src="/client.js"></script>');
    }
    if (page && seen.url === "/client.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(bundle);
    }
    if (seen.url.startsWith("/api/")) return api(seen, res);
    res.writeHead(404).end();
  });
}

async function openPage(origin: string): Promise<Page> {
  const page = await browser.newPage();
  onTestFinished(() => page.close());
  await page.goto(`${origin}/`);
  return page;
}

/** Calls getConnector from the page with a 1 MB limit; what came back, or the error's shape. */
function getConnector(page: Page, baseUrl: string) {
  return page.evaluate(
    async ({ baseUrl, ids, limit }) => {
      const { createConnectClient, VersoriResponseTooLargeError } = (globalThis as unknown as { Versori: Versori }).Versori;
      const connect = createConnectClient({ baseUrl, maxResponseBytes: limit, maxRetries: 2 });
      try {
        const got = await connect.getConnector(ids);
        return { read: got.name.length };
      } catch (error) {
        const e = error as InstanceType<typeof VersoriResponseTooLargeError>;
        return { error: e.name, tooLarge: e instanceof VersoriResponseTooLargeError, maxResponseBytes: e.maxResponseBytes, status: e.status };
      }
    },
    { baseUrl, ids, limit: MB },
  );
}

const tooLarge = { error: "VersoriResponseTooLargeError", tooLarge: true, maxResponseBytes: MB, status: 200 };
const gets = (srv: Loopback) => srv.requests.filter((r) => r.method === "GET" && r.url === connectorPath);

describe("maxResponseBytes in Chromium, a gzip answer of 8 MB decoded", () => {
  test("on the page's own origin: VersoriResponseTooLargeError, not retried", async () => {
    const site = await server((_seen, res) => answer(res, bomb, true), true);
    const page = await openPage(site.url);
    expect(await getConnector(page, `${site.url}/api`)).toEqual(tooLarge);
    expect(gets(site)).toHaveLength(1);
  });

  test("from another origin, which hides Content-Encoding: VersoriResponseTooLargeError, not retried", async () => {
    const site = await server(() => {}, true);
    const api = await server((_seen, res) => answer(res, bomb, true));
    const page = await openPage(site.url);
    // What the browser lets the page see of that answer: the compressed length, no encoding.
    const seen = await page.evaluate(async (url) => {
      const response = await fetch(url);
      await response.arrayBuffer();
      return { type: response.type, length: response.headers.get("content-length"), encoding: response.headers.get("content-encoding") };
    }, `${api.url}${connectorPath}`);
    expect(seen).toEqual({ type: "cors", length: String(bomb.length), encoding: null });

    expect(await getConnector(page, `${api.url}/api`)).toEqual(tooLarge);
    expect(gets(api)).toHaveLength(2); // the look above, then the client's one call
  });

  test("from another origin, an answer within the limit is read whole, gzip or not", async () => {
    const name = "Größe ✓ 🚀".repeat(1000);
    const body = Buffer.from(JSON.stringify({ ...connector(), name }));
    const site = await server(() => {}, true);
    let n = 0;
    const api = await server((_seen, res) => (++n === 1 ? answer(res, gzipSync(body), true) : answer(res, body, false)));
    const page = await openPage(site.url);
    expect(await getConnector(page, `${api.url}/api`)).toEqual({ read: name.length });
    expect(await getConnector(page, `${api.url}/api`)).toEqual({ read: name.length });
    expect(gets(api)).toHaveLength(2);
  });
});
