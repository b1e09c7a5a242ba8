// Real HTTP servers on 127.0.0.1, port 0, with behaviour scripted per request. Every server a
// test starts is closed when that test finishes (sockets included, so a server that never
// answers cannot hold the run open).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { onTestFinished } from "vitest";

export interface SeenRequest {
  /** 1 for the first request the server saw. */
  n: number;
  method: string;
  /** The raw request target, exactly as it came over the wire. */
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
  /** Date.now() when the request was complete: fake time under a fake clock. */
  at: number;
}

/** Answers one request. The body is read already; `res` may also be left hanging or destroyed. */
export type Handler = (seen: SeenRequest, res: ServerResponse, req: IncomingMessage) => unknown;

export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: Server;
  requests: SeenRequest[];
  /** Resolves once the server has seen at least `count` requests (event driven, no polling). */
  seen(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startLoopback(handler: Handler, options: { backlog?: number } = {}): Promise<Loopback> {
  const requests: SeenRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const seen: SeenRequest = {
        n: requests.length + 1,
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: Date.now(),
      };
      requests.push(seen);
      for (const w of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
      Promise.resolve(handler(seen, res, req)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: "127.0.0.1", port: 0, backlog: options.backlog }, resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  const loopback: Loopback = {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    seen: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
  onTestFinished(() => loopback.close());
  return loopback;
}

/** A port that nothing listens on: bound, then released. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen({ host: "127.0.0.1", port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Sends a JSON answer. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * Streams `total` bytes of JSON whitespace (1 MiB writes), only as fast as the client reads them,
 * and stops when the client lets go; returns how many bytes were handed to the socket so far.
 */
export function streamBytes(res: ServerResponse, total: number, headers: Record<string, string | number>): () => number {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const pump = (): void => {
    while (sent < total) {
      if (res.destroyed) return;
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    res.end();
  };
  pump();
  return () => sent;
}
