// The `logger` and `logLevel` options (and VERSORI_LOG): debug lines for each request and
// answer, a warn line for each retry with its reason and wait, an error line for what the call
// ends with; each level lets through itself and what is more severe. A capturing logger.
import { afterEach, describe, expect, test, vi } from "vitest";
import { createConnectClient, createConnectCore, createConnectFetchClient, call, GetConnector, type ClientOptions } from "../../src/index.js";
import { connector, CONNECTOR, ORG } from "../support/fake-fetch.js";
import { json, refusedPort, startLoopback } from "../support/loopback.js";
import { capturingLogger } from "./support.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };
const TEMPLATE = "/o/{organisation_id}/connectors/{connector_id}";

/** A 503 then a 200 for the first call, a 404 for the second; the lines each level lets through. */
async function linesAt(logLevel: ClientOptions["logLevel"]) {
  const server = await startLoopback((seen, res) => {
    const headers = { "x-request-id": `req-${seen.n}` };
    if (seen.n === 1) return json(res, 503, { code: "unavailable", message: "later" }, headers);
    if (seen.n === 2) return json(res, 200, connector(), headers);
    json(res, 404, { code: "not_found", message: "no such connector" }, headers);
  });
  const logger = capturingLogger();
  const connect = createConnectClient({ baseUrl: server.url, token: "t", logger, logLevel });
  await connect.getConnector(ids);
  await connect.getConnector(ids).catch(() => {});
  return logger.lines;
}

describe("log levels", () => {
  test("debug: each request and answer, the retry, and the failure", async () => {
    const lines = await linesAt("debug");
    expect(lines.map((l) => [l.level, l.message.replace(/\d+ ms/g, "N ms")])).toEqual([
      ["debug", `GET ${TEMPLATE} (GetConnector), attempt 1`],
      ["debug", "GetConnector: 503 in N ms (request id req-1)"],
      ["warn", "GetConnector: retry 1 of 2 after 503, waited N ms"],
      ["debug", `GET ${TEMPLATE} (GetConnector), attempt 2`],
      ["debug", "GetConnector: 200 in N ms (request id req-2)"],
      ["debug", `GET ${TEMPLATE} (GetConnector), attempt 1`],
      ["debug", "GetConnector: 404 in N ms (request id req-3)"],
      ["error", "GetConnector failed: VersoriApiError: no such connector"],
    ]);
    expect(lines[0]!.fields).toEqual({ operationId: "GetConnector", method: "GET", urlTemplate: TEMPLATE, attempt: 1 });
    expect(lines[1]!.fields).toMatchObject({ operationId: "GetConnector", status: 503, requestId: "req-1" });
    expect(lines[1]!.fields.durationMs).toEqual(expect.any(Number));
    expect(lines[2]!.fields).toMatchObject({ operationId: "GetConnector", retry: 1, reason: "503" });
    expect(lines[2]!.fields.waitMs).toBeGreaterThanOrEqual(375);
    expect(lines[7]!.fields).toMatchObject({ operationId: "GetConnector", errorType: "404", status: 404, code: "not_found", requestId: "req-3" });
  });

  // Found using the client: a followed redirect was logged as "attempt 2", though no retry was
  // made, and a retry after it as "attempt 3" next to "retry 1 of 2".
  test("debug: a followed redirect is a redirect of the same attempt, not an attempt of its own", async () => {
    const server = await startLoopback((seen, res) => {
      if (seen.n === 1) return json(res, 503, { code: "unavailable", message: "later" });
      if (seen.url.endsWith("?moved=1")) return json(res, 200, connector());
      res.writeHead(307, { location: `${seen.url}?moved=1` }).end();
    });
    const logger = capturingLogger();
    await createConnectClient({ baseUrl: server.url, logger, logLevel: "debug" }).getConnector(ids);
    const requests = logger.lines.filter((l) => l.fields.method);
    expect(requests.map((l) => l.message)).toEqual([
      `GET ${TEMPLATE} (GetConnector), attempt 1`,
      `GET ${TEMPLATE} (GetConnector), attempt 2`,
      `GET ${TEMPLATE} (GetConnector), attempt 2, redirect 1`,
    ]);
    expect(requests.map((l) => [l.fields.attempt, l.fields.redirect])).toEqual([
      [1, undefined],
      [2, undefined],
      [2, 1],
    ]);
    expect(requests[0]!.fields).not.toHaveProperty("redirect");
  });

  test.each([
    ["info", ["warn", "error"]],
    ["warn", ["warn", "error"]],
    ["error", ["error"]],
    ["off", []],
  ] as const)("%s: only lines at that level and above", async (level, levels) => {
    expect((await linesAt(level)).map((l) => l.level)).toEqual(levels);
  });

  test("a logger without a logLevel logs nothing (the default is off)", async () => {
    const server = await startLoopback((_, res) => json(res, 500, { code: "x", message: "y" }));
    const logger = capturingLogger();
    await createConnectClient({ baseUrl: server.url, logger, maxRetries: 0 }).getConnector(ids).catch(() => {});
    expect(logger.lines).toEqual([]);
  });

  test("error: what a call without an answer throws, on the light entry too, its URL as spans show it", async () => {
    const port = await refusedPort();
    const logger = capturingLogger();
    const core = createConnectCore({ baseUrl: `http://127.0.0.1:${port}`, logger, logLevel: "error", maxRetries: 0 });
    await expect(call(core, GetConnector, ids)).rejects.toThrow("Could not complete");
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]!.message).toMatch(/^GetConnector failed: VersoriConnectionError: Could not complete GET http:\/\/127\.0\.0\.1:\d+\/o\/.+ECONNREFUSED/);
    expect(logger.lines[0]!.fields).toMatchObject({ operationId: "GetConnector", errorType: "VersoriConnectionError" });
  });

  test("error: a 2xx answer the contract does not allow (invalid_response), like any other thrown error", async () => {
    const server = await startLoopback((_, res) => {
      res.writeHead(200, { "content-type": "text/html", "x-request-id": "req-html" });
      res.end("<html>maintenance</html>");
    });
    const logger = capturingLogger();
    const connect = createConnectClient({ baseUrl: server.url, logger, logLevel: "error" });
    const thrown = await connect.getConnector(ids).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ code: "invalid_response", status: 200 });
    expect(logger.lines.map((l) => [l.level, l.message])).toEqual([["error", `GetConnector failed: VersoriApiError: ${(thrown as Error).message}`]]);
    expect(logger.lines[0]!.fields).toMatchObject({ operationId: "GetConnector", errorType: "invalid_response", status: 200, code: "invalid_response", requestId: "req-html" });
    // A 2xx the call can use logs nothing at this level, and the path client, which hands the
    // answer back as it is, logs nothing for it either.
    const ok = await startLoopback((_, res) => json(res, 200, connector()));
    await createConnectClient({ baseUrl: ok.url, logger, logLevel: "error" }).getConnector(ids);
    await createConnectFetchClient({ baseUrl: server.url, logger, logLevel: "error" }).GET(`/o/{organisation_id}/connectors/{connector_id}`, {
      params: { path: { organisation_id: ORG, connector_id: CONNECTOR } },
      parseAs: "text",
    });
    expect(logger.lines).toHaveLength(1);
  });

  test("a logger that throws does not change how the call ends", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const boom = () => {
      throw new Error("logger down");
    };
    const logger = { debug: boom, info: boom, warn: boom, error: boom };
    await expect(createConnectClient({ baseUrl: server.url, logger, logLevel: "debug" }).getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
  });
});

describe("loggers as they are", () => {
  // Found with winston 3.19.0 as the logger: winston merges the fields into its own info object,
  // where `message` is the line, so a `message` field was appended to the line ("... No project.
  // No project.") and lost as a field. pino keeps `msg`, `level`, `time`, `pid` and `hostname`.
  test("no field is named as winston's or pino's own keys", async () => {
    const server = await startLoopback((seen, res) => (seen.n === 1 ? res.destroy() : json(res, 404, { code: "not_found", message: "no such connector" })));
    const logger = capturingLogger();
    await createConnectClient({ baseUrl: server.url, logger, logLevel: "debug", maxRetries: 1 }).getConnector(ids).catch(() => {});
    const keys = new Set(logger.lines.flatMap((l) => Object.keys(l.fields)));
    expect(keys).toContain("errorType");
    for (const reserved of ["message", "level", "msg", "time", "pid", "hostname"]) expect(keys).not.toContain(reserved);
    expect(logger.lines.at(-1)!.fields).toMatchObject({ errorType: "404", errorMessage: "no such connector" });
  });
  // Found with console as the logger: a connection failure's answer line printed
  // `status: undefined, requestId: undefined` (pino and winston drop such keys; console shows them).
  test("a fact the call does not have is left out, not given as undefined", async () => {
    const server = await startLoopback((seen, res) => (seen.n === 1 ? res.destroy() : json(res, 404, { code: "not_found", message: "no such connector" })));
    const logger = capturingLogger();
    await createConnectClient({ baseUrl: server.url, logger, logLevel: "debug", maxRetries: 1 }).getConnector(ids).catch(() => {});
    expect(logger.lines.length).toBeGreaterThan(4);
    for (const line of logger.lines) {
      for (const [key, value] of Object.entries(line.fields)) expect(value, `${line.message}: ${key}`).not.toBeUndefined();
    }
    // The failed attempt's line has no status or request id at all.
    expect(logger.lines[1]!.fields).not.toHaveProperty("status");
    expect(logger.lines[1]!.fields).not.toHaveProperty("requestId");
  });
});

describe("VERSORI_LOG", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test("turns logging on without code changes: to the logger given, or to the console", async () => {
    vi.stubEnv("VERSORI_LOG", "debug");
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const logger = capturingLogger();
    await createConnectClient({ baseUrl: server.url, logger }).getConnector(ids);
    expect(logger.lines.map((l) => l.level)).toEqual(["debug", "debug"]);
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    await createConnectClient({ baseUrl: server.url }).getConnector(ids);
    expect(debug).toHaveBeenCalledTimes(2);
    expect(debug.mock.calls[0]![0]).toBe(`GET ${TEMPLATE} (GetConnector), attempt 1`);
  });

  // Found using the client: with a logger missing a method (here debug) and no logLevel, the app
  // worked until VERSORI_LOG=debug was set to look into a problem; then every call rejected with
  // "logger must be an object with debug, info, warn and error methods". The environment never
  // breaks calls (as an unknown value does not): the lines go to the console instead.
  test("with a logger the client cannot use, it sends the lines to the console and the calls go", async () => {
    vi.stubEnv("VERSORI_LOG", "debug");
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    const partial = { info: () => {}, warn: () => {}, error: () => {} };
    await expect(createConnectClient({ baseUrl: server.url, logger: partial as never }).getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
    expect(debug).toHaveBeenCalledTimes(2);
  });

  test("logLevel wins over it; an unknown value logs nothing", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const logger = capturingLogger();
    vi.stubEnv("VERSORI_LOG", "debug");
    await createConnectClient({ baseUrl: server.url, logger, logLevel: "error" }).getConnector(ids);
    vi.stubEnv("VERSORI_LOG", "verbose");
    await createConnectClient({ baseUrl: server.url, logger }).getConnector(ids);
    expect(logger.lines).toEqual([]);
  });
});

describe("bad options", () => {
  // Found using the client: a logger left unused (no logLevel) failed every call once a tracer
  // was added, as the tracer loads the code that checked the logger.
  test("a logger nothing is logged to is not checked: a tracer alone does not break the calls", async () => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const connect = createConnectClient({ baseUrl: server.url, tracer: { startSpan: () => ({}) } as never, logger: {} as never });
    await expect(connect.getConnector(ids)).resolves.toMatchObject({ id: CONNECTOR });
  });


  test.each([
    [{ logger: {} }, "logger must be an object with debug, info, warn and error methods"],
    [{ logLevel: "verbose" }, "logLevel must be one of debug, info, warn, error, off"],
    [{ tracer: {} }, "tracer must be an OpenTelemetry Tracer"],
    [{ tracer: { startSpan: () => ({}) }, propagateTrace: "no" }, "propagateTrace must be a boolean"],
  ])("%j: each call rejects with a TypeError before anything is sent", async (options, message) => {
    const server = await startLoopback((_, res) => json(res, 200, connector()));
    const connect = createConnectClient({ baseUrl: server.url, logLevel: "debug", ...(options as ClientOptions) });
    await expect(connect.getConnector(ids)).rejects.toThrow(new TypeError(message).message);
    await expect(connect.getConnector(ids)).rejects.toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});
