// versori-client/testing's startMock, from the sources: a real Prism on the shipped contract,
// really stopped; and the ways it fails (Prism missing, Prism dying, a taken port, a log it
// cannot write), each with an error that says what to do. Prism outliving a killed test
// process: parent-exit.test.ts.
import { createServer as createHttpServer } from "node:http";
import { connect, createServer } from "node:net";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConnectClient, createPlatformClient, VersoriConnectionError, type Connector, type Project } from "../../src/index.js";
import { startMock, type RunningMock } from "../../src/testing/index.js";
import { MOCK_SPECS } from "../../src/testing/mock-specs.js";
import { startMockFrom } from "../../src/testing/start-mock.js";
import { launchPrism } from "../../src/testing/prism-process.js";
import { specs } from "../../scripts/specs.mjs";
import { loadSpec, responseExample, specOperation } from "../contract/spec.js";

const repo = resolve(import.meta.dirname, "../..");
const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
const START = 120_000; // Prism takes seconds to load a spec on a busy machine
const scratch = mkdtempSync(join(tmpdir(), "versori-mock-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whether a TCP connection to the port is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), done(true)));
    socket.once("error", () => done(false));
  });
}

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startMock({ api: 'connect' })", () => {
  let mock: RunningMock;
  const log = join(scratch, "connect.log");

  beforeAll(async () => {
    mock = await startMock({ api: "connect", log });
  }, START);
  afterAll(() => mock?.stop());

  test("answers GetConnector with the contract's example through createConnectClient", async () => {
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const connect = createConnectClient({ baseUrl: mock.url, token: "test-token" });
    const connector: Connector = await connect.getConnector({ organisationId: ORG, connectorId: CONNECTOR });
    expect(connector).toEqual(responseExample(specOperation("GetConnector"), 200));
    expect(connector.id).toBe(CONNECTOR);
    expect(mock.log).toBe(log);
  });

  test("stop() ends Prism: the process is gone and the port refuses connections", async () => {
    expect(alive(mock.pid)).toBe(true);
    await mock.stop();
    expect(alive(mock.pid)).toBe(false);
    expect(readFileSync(mock.log, "utf8")).toMatch(/Prism is listening/); // drained to the end
    expect(await accepts(mock.port)).toBe(false);
    const connect = createConnectClient({ baseUrl: mock.url, token: "test-token", maxRetries: 0 });
    await expect(connect.getConnector({ organisationId: ORG, connectorId: CONNECTOR })).rejects.toBeInstanceOf(
      VersoriConnectionError,
    );
    await expect(mock.stop()).resolves.toBeUndefined(); // idempotent
  });
});

describe("startMock({ api: 'platform' })", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ api: "platform", log: join(scratch, "platform.log") });
  }, START);
  afterAll(() => mock?.stop());

  test("answers GetProject with the Platform contract's example through createPlatformClient", async () => {
    const platform = createPlatformClient({ baseUrl: mock.url, token: "test-token", organisationId: ORG });
    const project: Project = await platform.getProject({ projectId: "01JR1BZQCYS9AMYX9277MZHQ8C" });
    const s = loadSpec(join(repo, "openapi/platform-v2.yaml"));
    expect(project).toEqual(s.responseExample(s.specOperation("GetProject"), 200));
  });
});

describe("startMock failures", () => {
  test("without Prism installed it rejects with the install command", async () => {
    const empty = mkdtempSync(join(scratch, "no-prism-"));
    await expect(startMockFrom({ api: "connect" }, [empty])).rejects.toThrow(
      "not installed: npm i -D @stoplight/prism-cli@5.14.2",
    );
  });

  test("an unknown api is a TypeError naming the known ones", async () => {
    await expect(startMock({ api: "billing" as "connect" })).rejects.toThrow(
      new TypeError("startMock: api must be one of platform, connect, embedded, organisations"),
    );
  });

  test(
    "a port that is taken rejects with EADDRINUSE, though what holds it answers HTTP",
    async () => {
      const server = createHttpServer((_, res) => res.writeHead(404).end()).listen(0, "127.0.0.1");
      await new Promise((done) => server.once("listening", done));
      const { port } = server.address() as { port: number };
      try {
        await expect(startMock({ api: "connect", port, log: join(scratch, "taken.log") })).rejects.toThrow(
          `port ${port} on 127.0.0.1 is not free for Prism (EADDRINUSE); its output is in ${join(scratch, "taken.log")}`,
        );
      } finally {
        server.close();
      }
    },
    START,
  );

  // Issue 18, item 8: the port was probed and given back before Prism bound it, and readiness
  // took any HTTP answer, so a second mock on the port resolved while the first one served it.
  test(
    "two mocks on one fixed port: one resolves serving its own API, the other rejects with EADDRINUSE",
    async () => {
      const port = await freePort();
      const first = startMock({ api: "connect", port, log: join(scratch, "first.log") });
      await new Promise((done) => setTimeout(done, 500)); // the first is loading its contract
      const second = startMock({ api: "embedded", port, log: join(scratch, "second.log") });
      const settled = await Promise.allSettled([first, second]);
      const running = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      try {
        expect(running).toHaveLength(1);
        const refused = settled.find((r): r is PromiseRejectedResult => r.status === "rejected")!.reason as Error;
        expect(refused.message).toMatch(new RegExp(`^port ${port} on 127\\.0\\.0\\.1 is not free for Prism \\(EADDRINUSE\\)`));
        // The mock that resolved serves the API it was asked for (a path only that contract has).
        const which = settled[0]!.status === "fulfilled" ? "connect" : "embedded";
        const path = which === "connect" ? `/o/${ORG}/connectors/${CONNECTOR}` : "/healthz";
        const answer = await fetch(`${running[0]!.url}${path}`, { headers: { authorization: "Bearer test-token" } });
        expect([which, answer.status]).toEqual([which, 200]);
      } finally {
        await Promise.all(running.map((m) => m.stop()));
      }
    },
    START,
  );

  // Issue 18, item 10: the log file was opened by a stream whose error nobody handled (EISDIR
  // crashed the process), and Prism was started anyway.
  test("a log path that cannot be opened rejects startMock, naming the path", async () => {
    const outcome = await startMock({ api: "connect", log: scratch }).then(
      async (mock) => (await mock.stop(), "resolved"),
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).message).toMatch(/^cannot open the log file for Prism: EISDIR/);
    expect((outcome as Error).message).toContain(scratch);
  });

  test(
    "Prism exiting before it listens rejects with the log file's path",
    async () => {
      const log = join(scratch, "dying.log");
      const cli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
      const failed = launchPrism({ cli, spec: join(repo, "openapi/no-such-spec.yaml"), log, timeoutMs: START });
      await expect(failed).rejects.toThrow(/^Prism stopped before listening \(exit code [1-9]\d*\)/);
      await expect(failed).rejects.toThrow(`its output is in ${log}`);
      expect(readFileSync(log, "utf8")).toMatch(/no-such-spec\.yaml/);
    },
    START,
  );
});

describe("the API -> contract map", () => {
  test("agrees with scripts/specs.mjs and names files that exist and ship", () => {
    for (const spec of specs) expect(MOCK_SPECS[spec.api as keyof typeof MOCK_SPECS], spec.api).toBe(spec.file);
    const files = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { files: string[] }).files;
    for (const file of Object.values(MOCK_SPECS)) {
      expect(existsSync(join(repo, file)), file).toBe(true);
      expect(files).toContain(file.split("/")[0]);
    }
  });
});
