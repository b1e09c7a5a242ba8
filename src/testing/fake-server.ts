// startFakePlatform: the fake platform over HTTP on 127.0.0.1, with CORS, for other processes,
// other languages and browser pages. Node only (node:http); createFakePlatform itself is not.
/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { organisationsV1Contract } from "../../generated/organisations-v1.contract.js";
import { platformV2Contract } from "../../generated/platform-v2.contract.js";
import { createFakePlatform, type FakeOptions, type FakePlatform } from "./fake/platform.js";

export interface FakeServerOptions extends FakeOptions {
  /** Port on 127.0.0.1; a free one when absent. */
  port?: number;
}

export interface RunningFakePlatform {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The base URL of each API for a client's `baseUrl` (`<url>/api/v2`, `<url>/api/organisations/v1`). */
  baseUrls: { platform: string; organisations: string };
  /** The fake behind the server: its state, settings, faults and calls. */
  fake: FakePlatform;
  /** Closes the server (open connections included) and resolves once it is closed. */
  stop(): Promise<void>;
}

// Browser pages on any origin may call it, send any header, and read the fake's own headers.
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
  "access-control-allow-headers": "*",
  "access-control-expose-headers": "x-request-id, x-versori-fake, retry-after, allow",
  "access-control-max-age": "600",
};

async function serve(fake: FakePlatform, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  if (req.method === "OPTIONS") return void res.writeHead(204, CORS).end();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  const answer = await fake.fetch(new Request(new URL(req.url ?? "/", origin), { method: req.method ?? "GET", headers, ...(body ? { body } : {}) }));
  const answerHeaders: Record<string, string> = {};
  answer.headers.forEach((value, name) => (answerHeaders[name] = value));
  res.writeHead(answer.status, { ...answerHeaders, ...CORS });
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/** Starts the fake platform on 127.0.0.1 and resolves once it listens. */
export async function startFakePlatform(options: FakeServerOptions = {}): Promise<RunningFakePlatform> {
  const { port = 0, ...fakeOptions } = options;
  const fake = createFakePlatform(fakeOptions);
  let origin = "";
  const server = createServer((req, res) => {
    serve(fake, req, res, origin).catch((error: unknown) => {
      // A fault of the fake itself: a 500 with the platform's error body, never a hung request.
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json", ...CORS });
      res.end(JSON.stringify({ code: "internal", message: `The fake platform failed: ${(error as Error).message}` }));
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let stopping: Promise<void> | undefined;
  return {
    url: origin,
    baseUrls: { platform: origin + platformV2Contract.basePath, organisations: origin + organisationsV1Contract.basePath },
    fake,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
