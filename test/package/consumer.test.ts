// Package smoke test: builds and packs versori-client, installs the tarball into three fresh
// projects (ESM with NodeNext, CommonJS with require, moduleResolution bundler), type-checks
// each strictly with the repo's TypeScript, then runs each against the Prism mock and checks
// that it gets what the source client gets. Slow (build + pack + 3 installs): one file, long
// timeouts.
//
// Installing: only the tarball is named; npm resolves its dependency openapi-fetch (and that
// one's openapi-typescript-helpers) with --prefer-offline, so from the npm cache that
// `npm ci` filled, going to the registry only if the cache lacks them. TypeScript is not
// installed in the projects: the repo's own tsc checks them.
import { execFile } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { importSPKI, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createEndUserSession } from "../../src/embed/index.js";
import { createConnectClient, createPlatformClient, type HTTPConnectorUpdate } from "../../src/index.js";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
const PROJECT = "01JR1BZQCYS9AMYX9277MZHQ8C";
const body = {
  id: CONNECTOR,
  organisationId: ORG,
  name: "Shopify",
  protocol: "http",
  baseUrl: "https://api.shopify.com/admin/2024-04",
  tags: { team: ["payments"] },
  public: false,
} satisfies HTTPConnectorUpdate;

// A signing key for the versori-client/jwt part of the program, made fresh for each run.
const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PRIVATE_KEY = signingKey.privateKey.export({ type: "pkcs8", format: "pem" }) as string;
const SIGNING_KEY_ID = "01HQ6E3M8SX4N9V2Y7A0C5D1FG";

// `npm test` runs vitest under npm, whose npm_* variables (npm_config_local_prefix, ...) would
// make the nested npm act on the repo instead of the temp project: drop those. Registry, cache
// and certificate settings (npm_config_registry, _cache, _cafile, ...) are kept.
const NPM_RUN_VARS = /^npm_(package_|lifecycle_|command$|execpath$|config_(local_prefix|prefix|global_prefix|call|yes)$)/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !NPM_RUN_VARS.test(key)));

const sh = (file: string, args: string[], cwd: string) =>
  run(file, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${error.stdout ?? ""}\n${error.stderr ?? error.message}`);
  });

/** The consumer program: both ways to call updateConnector, plus one error, printed as JSON. */
function program(baseUrl: string, platformUrl: string, module: "esm" | "cjs") {
  const main = `
const baseUrl = ${JSON.stringify(baseUrl)};
const platformUrl = ${JSON.stringify(platformUrl)};
const organisationId = ${JSON.stringify(ORG)};
const connectorId = ${JSON.stringify(CONNECTOR)};
const body: ConnectorUpdate = ${JSON.stringify(body)};

async function main(): Promise<string> {
  const connect = createConnectClient({ baseUrl, token: "demo-api-key" });
  const viaClient: Connector = await connect.updateConnector({ organisationId, connectorId, body });

  const core = createConnectCore({ baseUrl, token: "demo-api-key", organisationId });
  const viaCall: Connector = await call(core, UpdateConnector, { connectorId, body });

  // @ts-expect-error the body is required
  void (() => call(core, UpdateConnector, { connectorId }));
  // @ts-expect-error organisationId is required when the client has none bound
  void (() => connect.updateConnector({ connectorId, body }));

  let error: { api: boolean; status: number } | undefined;
  try {
    await connect.updateConnector({ organisationId, connectorId, body: { name: 1 } as unknown as ConnectorUpdate });
  } catch (e) {
    error = { api: e instanceof VersoriApiError, status: e instanceof VersoriApiError ? e.status : 0 };
  }
  // The jwt subpath: a token from signJwt, and jwtTokenSource as a client's token.
  const jwtOptions = { privateKey: ${JSON.stringify(PRIVATE_KEY)}, signingKeyId: ${JSON.stringify(SIGNING_KEY_ID)}, subject: "consumer-user" };
  const signed: string = await signJwt(jwtOptions);
  const categories = await createConnectClient({ baseUrl, authScheme: "JWT", token: jwtTokenSource(jwtOptions) }).listCategories();
  // @ts-expect-error the subject is required
  void (() => signJwt({ privateKey: jwtOptions.privateKey, signingKeyId: jwtOptions.signingKeyId }));
  // The Platform API: its client from the root, its light entry from versori-client/platform.
  const projectId = ${JSON.stringify(PROJECT)};
  const project: Project = await createPlatformClient({ baseUrl: platformUrl, token: "demo-api-key", organisationId }).getProject({ projectId });
  const platformCore = createPlatformCore({ baseUrl: platformUrl, token: "demo-api-key", organisationId });
  const projectViaCall: Project = await call(platformCore, GetProject, { projectId });
  // @ts-expect-error projectId is required
  void (() => call(platformCore, GetProject, {}));
  // versori-client/embed: an end user's session on the Platform mock, with the JWT signed above;
  // in Node there is no window to open a popup from.
  const session = createEndUserSession({ baseUrl: platformUrl, organisationId, token: signed, maxRetries: 0 });
  const endUser: PlatformEndUser = await session.endUser();
  const oauthBody = { credential: { id: "01JRASCRXGFTKHQHYMSAHAVHV4", organisationId }, authorizeUrl: "https://accounts.example.com/authorize", clientId: "c" };
  const oauth = await session.connectOAuth2({ systemId: "01JRRXZVSZD9W5DZ2S6CFVPMBW", body: oauthBody }).then(
    () => "resolved",
    (e: unknown) => (e instanceof VersoriOAuthError ? e.reason : "another error"),
  );
  // @ts-expect-error the session names its end user itself
  void (() => session.activate({ connections: [], userId: "someone-else" }));
  // The app's own callback page, from its own entry (a browser page: only its type is used here).
  const complete: () => Promise<"delivered" | "no_flow"> = completeOAuth2;
  void complete;
  // versori-client/oauth-loopback: the terminal flow listens on any free port, gets the mock's
  // authorisation URL (whose state it keeps) and, with no browser to answer, times out.
  const loopback = await connectOAuth2Loopback(createPlatformClient({ baseUrl: platformUrl, token: "demo-api-key", organisationId }), {
    systemId: "01JRRXZVSZD9W5DZ2S6CFVPMBW",
    body: oauthBody,
    port: 0,
    timeoutMs: 300,
    onAuthorizeUrl: () => {},
  }).then(
    (code: OAuth2Code) => code.code,
    (e: unknown) => (e instanceof LoopbackOAuthError ? e.reason : "another error"),
  );
  const embed = { externalId: await session.externalId(), endUser, oauth, loopback };
  return JSON.stringify({ viaClient, viaCall, error, jwt: { signed, categories }, platform: [project, projectViaCall], embed });
}
`;
  return module === "esm"
    ? `import { call, createConnectClient, createConnectCore, UpdateConnector, VersoriApiError } from "versori-client";
import type { Connector, ConnectorUpdate, Project } from "versori-client";
import { createPlatformClient } from "versori-client";
import { jwtTokenSource, signJwt } from "versori-client/jwt";
import { createPlatformCore, GetProject } from "versori-client/platform";
import { createEndUserSession, VersoriOAuthError } from "versori-client/embed";
import { completeOAuth2 } from "versori-client/embed/callback";
import { connectOAuth2Loopback, VersoriOAuthError as LoopbackOAuthError, type OAuth2Code } from "versori-client/oauth-loopback";
import type { PlatformEndUser } from "versori-client";
${main}
console.log(await main());
`
    : `import { call, createConnectClient, createConnectCore, UpdateConnector, VersoriApiError } from "versori-client";
import type { Connector, ConnectorUpdate, Project } from "versori-client";
import { createPlatformClient } from "versori-client";
import { jwtTokenSource, signJwt } from "versori-client/jwt";
import { createPlatformCore, GetProject } from "versori-client/platform";
import { createEndUserSession, VersoriOAuthError } from "versori-client/embed";
import { completeOAuth2 } from "versori-client/embed/callback";
import { connectOAuth2Loopback, VersoriOAuthError as LoopbackOAuthError, type OAuth2Code } from "versori-client/oauth-loopback";
import type { PlatformEndUser } from "versori-client";
${main}
main().then((out) => console.log(out), (e: unknown) => { console.error(e); throw e; });
`;
}

const strict = {
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  types: [],
  outDir: "out",
  rootDir: ".",
};

const projects = {
  "ESM, NodeNext": {
    type: "module",
    compilerOptions: { ...strict, module: "NodeNext", moduleResolution: "NodeNext" },
    module: "esm",
  },
  "CommonJS, require": {
    type: "commonjs",
    compilerOptions: { ...strict, module: "NodeNext", moduleResolution: "NodeNext" },
    module: "cjs",
  },
  "moduleResolution bundler": {
    type: "module",
    compilerOptions: { ...strict, module: "ESNext", moduleResolution: "Bundler" },
    module: "esm",
  },
} as const;

let work: string;
let tarball: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "versori-client-consumer-"));
  await sh(npm, ["run", "build"], repo);
  const packed = await sh(npm, ["pack", "--json", "--pack-destination", work], repo);
  tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  test("packs the ESM and CommonJS builds and nothing from src/ or test/", async () => {
    const listed = await sh("tar", ["-tzf", tarball], work);
    const files = listed.stdout.split("\n").filter(Boolean);
    expect(files).toContain("package/dist/esm/src/index.js");
    expect(files).toContain("package/dist/esm/src/index.d.ts");
    expect(files).toContain("package/dist/cjs/src/index.js");
    expect(files).toContain("package/dist/cjs/src/index.d.ts");
    expect(files).toContain("package/dist/cjs/package.json");
    for (const tree of ["esm", "cjs"]) {
      for (const file of ["index.js", "index.d.ts", "verify.js"]) expect(files).toContain(`package/dist/${tree}/src/jwt/${file}`);
    }
    for (const tree of ["esm", "cjs"]) {
      for (const file of ["index.js", "index.d.ts"]) expect(files).toContain(`package/dist/${tree}/src/platform/${file}`);
      for (const file of ["index.js", "index.d.ts", "oauth2-flow.js", "callback.js", "callback.d.ts"]) expect(files).toContain(`package/dist/${tree}/src/embed/${file}`);
      for (const file of ["index.js", "index.d.ts"]) expect(files).toContain(`package/dist/${tree}/src/oauth-loopback/${file}`);
    }
    for (const tree of ["esm", "cjs"]) {
      for (const file of ["index.js", "index.d.ts", "package-root.cjs"]) expect(files).toContain(`package/dist/${tree}/src/testing/${file}`);
      for (const file of ["index.js", "index.d.ts", "collect-files.js", "command/main.js"]) expect(files).toContain(`package/dist/${tree}/src/operate/${file}`);
    }
    // The contracts ship too: startMock serves them, and users can point any mock server at them.
    expect(files).toContain("package/openapi/connect-v1.yaml");
    // The guides ship beside the README, whose links point into them.
    expect(files).toContain("package/guides/client.md");
    const other = files.filter((f) => !/^package\/(dist\/|openapi\/[\w-]+\.yaml$|guides\/[\w-]+\.md$|package\.json$|README\.md$|LICENSE$)/.test(f));
    expect(other).toEqual([]);
  });

  test.each(Object.entries(projects))(
    "%s: installs, type-checks strictly and calls updateConnector against the mock",
    async (name, project) => {
      const dir = join(work, name.replace(/\W+/g, "-"));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: project.type }));
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: project.compilerOptions, files: ["index.ts"] }));
      writeFileSync(join(dir, "index.ts"), program(inject("prismUrl"), inject("prismUrls").platform!, project.module));
      await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);

      // Strict type-check (declarations included) and emit, with the repo's TypeScript.
      await sh(process.execPath, [tsc, "-p", "."], dir);
      const emitted = readFileSync(join(dir, "out/index.js"), "utf8");
      if (project.module === "cjs") expect(emitted).toMatch(/require\("versori-client"\)/);
      else expect(emitted).toMatch(/from "versori-client"/);

      // Run as on Node < 20.19, where require() of an ES module fails: the CommonJS build must
      // load no ES-module-only code (the jwt subpath included).
      const noRequireEsm = process.allowedNodeEnvironmentFlags.has("--no-experimental-require-module") ? ["--no-experimental-require-module"] : [];
      const { stdout } = await sh(process.execPath, [...noRequireEsm, "out/index.js"], dir);
      const out = JSON.parse(stdout) as {
        viaClient: unknown;
        viaCall: unknown;
        error: unknown;
        jwt: { signed: string; categories: unknown };
        platform: unknown[];
        embed: { externalId: string; endUser: unknown; oauth: string; loopback: string };
      };

      // The installed package answers what the source client answers.
      const expected = await createConnectClient({ baseUrl: inject("prismUrl"), token: "demo-api-key" }).updateConnector({
        organisationId: ORG,
        connectorId: CONNECTOR,
        body,
      });
      expect(out.viaClient).toEqual(expected);
      expect(out.viaCall).toEqual(expected);
      expect((out.viaClient as { protocol: string }).protocol).toMatch(/^(http|bigquery)$/);
      expect(out.error).toMatchObject({ api: true });
      expect((out.error as { status: number }).status).toBeGreaterThanOrEqual(400);

      const { payload } = await jwtVerify(out.jwt.signed, await importSPKI(signingKey.publicKey.export({ type: "spki", format: "pem" }) as string, "RS256"), {
        algorithms: ["RS256"],
        issuer: `https://versori.com/sk/${SIGNING_KEY_ID}`,
        subject: "consumer-user",
      });
      expect(payload.exp! - payload.iat!).toBe(3600);
      expect(Array.isArray(out.jwt.categories)).toBe(true);

      const expectedProject = await createPlatformClient({ baseUrl: inject("prismUrls").platform!, token: "demo-api-key" }).getProject({
        organisationId: ORG,
        projectId: PROJECT,
      });
      expect(out.platform).toEqual([expectedProject, expectedProject]);

      // The embed subpath: the token's sub, the end user the source session reads, no popup in Node.
      const expectedUser = await createEndUserSession({ baseUrl: inject("prismUrls").platform!, organisationId: ORG, token: out.jwt.signed }).endUser();
      expect(out.embed).toEqual({ externalId: "consumer-user", endUser: expectedUser, oauth: "blocked", loopback: "timeout" });

      if (name === "ESM, NodeNext") {
        // A Node-only project (no DOM library, @types/node) compiles the embed subpath's declarations
        // too: they need no Window type.
        writeFileSync(join(dir, "node-only.ts"), NODE_ONLY_PROGRAM);
        const nodeOnly = { ...project.compilerOptions, lib: ["ES2022"], types: ["node"], typeRoots: [join(repo, "node_modules/@types")], noEmit: true };
        writeFileSync(join(dir, "tsconfig.node.json"), JSON.stringify({ compilerOptions: nodeOnly, files: ["node-only.ts"] }));
        await sh(process.execPath, [tsc, "-p", "tsconfig.node.json"], dir);
      }
    },
    180_000,
  );

  // A Node service compiles with Node's types only: no DOM library, @types/node of each supported
  // Node, declarations checked (skipLibCheck false). Every entry's declarations must stand there.
  test("every entry's declarations compile in a Node-only project with @types/node 20, 22 and 24", async () => {
    const dir = join(work, "node-only-every-entry");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "node-only", private: true, type: "module" }));
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);
    const entries = Object.keys((JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports)
      .filter((entry) => entry !== "./package.json")
      .map((entry) => entry.replace(/^\./, "versori-client"));
    expect(entries).toEqual(expect.arrayContaining(["versori-client", "versori-client/jwt", "versori-client/embed"]));
    writeFileSync(join(dir, "index.ts"), [...entries.map((entry, i) => `import * as entry${i} from "${entry}";`), `export const all = [${entries.map((_, i) => `entry${i}`).join(", ")}];`, NODE_ONLY_JWT].join("\n"));
    for (const version of NODE_TYPES) {
      const types = join(dir, `types-node-${version}`);
      mkdirSync(types, { recursive: true });
      await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", types, `@types/node@${version}`], types);
      const compilerOptions = { ...strict, module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022"], types: ["node"], typeRoots: [join(types, "node_modules/@types")], noEmit: true };
      writeFileSync(join(dir, `tsconfig.node-${version}.json`), JSON.stringify({ compilerOptions, files: ["index.ts"] }));
      await sh(process.execPath, [tsc, "-p", `tsconfig.node-${version}.json`], dir);
    }
  }, 300_000);

  test("ES module and CommonJS copies in one program: instanceof holds across them", async () => {
    const dir = join(work, "mixed-esm-cjs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "mixed", private: true, type: "module" }));
    writeFileSync(join(dir, "index.mjs"), MIXED_PROGRAM);
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);
    const { stdout } = await sh(process.execPath, ["index.mjs"], dir);
    const expected = {
      distinct: true,
      apiIsVersoriError: true,
      apiIsApiError: true,
      apiIsTimeoutError: false,
      connectionIsVersoriError: true,
      connectionIsConnectionError: true,
      connectionIsApiError: false,
      timeoutIsVersoriError: true,
      timeoutIsTimeoutError: true,
      timeoutIsApiError: false,
    };
    expect(JSON.parse(stdout)).toEqual({ "cjs errors, esm classes": expected, "esm errors, cjs classes": expected });
  }, 180_000);

  test("VERSORI_LOG in Node, through import and require(): package.json's #process-env gives Node's variant", async () => {
    const dir = join(work, "versori-log");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "versori-log", private: true, type: "module" }));
    writeFileSync(join(dir, "index.mjs"), VERSORI_LOG_PROGRAM);
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);
    const linesWith = async (level: string | undefined) => {
      const { VERSORI_LOG: _, ...rest } = env;
      const { stdout } = await run(process.execPath, ["index.mjs"], { cwd: dir, env: level === undefined ? rest : { ...rest, VERSORI_LOG: level } });
      return JSON.parse(stdout) as string[];
    };
    const request = "GET /o/{organisation_id}/connectors/{connector_id} (GetConnector), attempt 1";
    expect(await linesWith("debug")).toEqual(["esm", request, "GetConnector: 404 in", "cjs", request, "GetConnector: 404 in"]);
    expect(await linesWith(undefined)).toEqual(["esm", "cjs"]);
  }, 180_000);

  test("versori-client/testing: startMock serves the shipped contract to the client and stop() ends Prism", async () => {
    const dir = join(work, "testing-esm");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-testing", private: true, type: "module" }));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: projects["ESM, NodeNext"].compilerOptions, files: ["index.ts"] }));
    writeFileSync(join(dir, "index.ts"), MOCK_PROGRAM);
    writeFileSync(join(dir, "require.cjs"), MOCK_REQUIRE_PROGRAM);
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);

    // Without the optional peer, startMock says what to install.
    const missing = await sh(process.execPath, ["--input-type=module", "-e", MOCK_MISSING_PROGRAM], dir);
    expect(missing.stdout).toContain("npm i -D @stoplight/prism-cli@5.14.2");

    // The peer as the user's project would have it; linked from the repo's node_modules (where
    // its own dependencies resolve) rather than installed, which would take minutes.
    mkdirSync(join(dir, "node_modules/@stoplight"), { recursive: true });
    symlinkSync(join(repo, "node_modules/@stoplight/prism-cli"), join(dir, "node_modules/@stoplight/prism-cli"), "dir");

    await sh(process.execPath, [tsc, "-p", "."], dir);
    const esm = JSON.parse((await sh(process.execPath, ["out/index.js"], dir)).stdout) as { connector: unknown; refused: boolean };
    const cjs = JSON.parse((await sh(process.execPath, ["require.cjs"], dir)).stdout) as { status: number; alive: boolean };

    const expected = await createConnectClient({ baseUrl: inject("prismUrl"), token: "demo-api-key" }).getConnector({
      organisationId: ORG,
      connectorId: CONNECTOR,
    });
    expect(esm).toEqual({ connector: expected, refused: true });
    expect(cjs).toEqual({ status: 200, alive: false });
  }, 240_000);

  test("versori-client/operate and the bin: typed import, require(), and `npx versori-client` without a network", async () => {
    const dir = join(work, "operate");
    mkdirSync(join(dir, "integration/src"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-operate", private: true, type: "module" }));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: projects["ESM, NodeNext"].compilerOptions, files: ["index.ts"] }));
    writeFileSync(join(dir, "index.ts"), OPERATE_PROGRAM);
    writeFileSync(join(dir, "require.cjs"), OPERATE_REQUIRE_PROGRAM);
    writeFileSync(join(dir, "integration/.gitignore"), "*.log\n");
    writeFileSync(join(dir, "integration/src/index.ts"), "export {};\n");
    writeFileSync(join(dir, "integration/debug.log"), "left out\n");
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);

    await sh(process.execPath, [tsc, "-p", "."], dir);
    const expected = { files: [".gitignore", "src/index.ts"], store: "PROJECT_p", prefix: ["o", "p", "production"] };
    expect(JSON.parse((await sh(process.execPath, ["out/index.js"], dir)).stdout)).toEqual(expected);
    expect(JSON.parse((await sh(process.execPath, ["require.cjs"], dir)).stdout)).toEqual(expected);

    // The bin, as CI runs it: a dry run needs the credentials set but sends nothing.
    const cli = (args: string[]) =>
      run(npm, ["exec", "--offline", "--", "versori-client", ...args], { cwd: dir, env: { ...env, VERSORI_API_KEY: "k", VERSORI_ORGANISATION_ID: "o" } });
    expect((await cli(["deploy", "integration", "--project", "p", "--environment", "production", "--dry-run"])).stdout).toBe(".gitignore\nsrc/index.ts\n");
    expect((await cli(["--help"])).stdout).toContain("Usage: versori-client <command> [options]");
    const usage = await cli(["deploy"]).catch((error: { code?: number; stderr?: string }) => error);
    expect(usage).toMatchObject({ code: 2 });
    expect((usage as { stderr: string }).stderr).toContain("give exactly one directory to deploy");
  }, 180_000);

  test("Jest in its default CommonJS mode: require(\"versori-client/jwt\") signs and verifies", async () => {
    const dir = join(work, "jest-cjs");
    mkdirSync(dir, { recursive: true });
    // No "type" and no Jest config: Jest's defaults, CommonJS modules in its VM sandbox, where an
    // import() fails unless Node runs with --experimental-vm-modules.
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-jest", private: true }));
    writeFileSync(join(dir, "jwt.test.js"), JEST_PROGRAM);
    await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);
    const jest = createRequire(import.meta.url).resolve("jest/bin/jest");
    const args = [jest, "--ci", "--no-watchman", "--json", "--rootDir", dir, "--cacheDirectory", join(dir, ".jest-cache")];
    const result = await run(process.execPath, args, { cwd: dir, env, maxBuffer: 32 * 1024 * 1024 }).catch((e: { stdout?: string; stderr?: string }) => e);
    const report = JSON.parse(result.stdout ?? "{}") as { numPassedTests?: number; numFailedTests?: number; testResults?: { message: string }[] };
    expect(report.testResults?.map((r) => r.message).join("\n") ?? result.stderr).toBe("");
    expect({ passed: report.numPassedTests, failed: report.numFailedTests }).toEqual({ passed: JEST_TESTS, failed: 0 });
  }, 180_000);
});

/** versori-client/operate from ESM + NodeNext, type-checked: a dry run of a directory and a KV scope's address. */
const OPERATE_PROGRAM = `
import { createPlatformClient } from "versori-client";
import { deployDirectory, kvAddress, VersoriOperateError, type DeployDirectoryResult } from "versori-client/operate";

const platform = createPlatformClient({ token: "k", organisationId: "o" });
const plan: DeployDirectoryResult = await deployDirectory(platform, { projectId: "p", environment: "production", dir: "integration", dryRun: true });
const { store, prefix } = await kvAddress({ scope: "workspace", organisationId: "o", projectId: "p", environment: "production" });
void VersoriOperateError;
console.log(JSON.stringify({ files: plan.files.map((f) => f.filename), store, prefix }));
`;

/** The CommonJS build of versori-client/operate (ignore is CommonJS too). */
const OPERATE_REQUIRE_PROGRAM = `
const { createPlatformClient } = require("versori-client");
const { deployDirectory, kvAddress } = require("versori-client/operate");
(async () => {
  const plan = await deployDirectory(createPlatformClient({ token: "k", organisationId: "o" }), { projectId: "p", environment: "production", dir: "integration", dryRun: true });
  const { store, prefix } = await kvAddress({ scope: "workspace", organisationId: "o", projectId: "p", environment: "production" });
  console.log(JSON.stringify({ files: plan.files.map((f) => f.filename), store, prefix }));
})();
`;

/** The @types/node of each supported Node (20, 22, 24), pinned. */
const NODE_TYPES = ["20.19.43", "22.20.7", "24.19.4"];

/** versori-client/jwt's key options in a Node-only project: Node's own CryptoKey fits them, and they are not `any`. */
const NODE_ONLY_JWT = `
import { webcrypto } from "node:crypto";
import { signJwt, type JwtOptions, type VerifyJwtOptions } from "versori-client/jwt";
export async function sign(key: webcrypto.CryptoKey): Promise<string> {
  const options: JwtOptions = { privateKey: key, signingKeyId: "k", subject: "u" };
  return signJwt(options);
}
// @ts-expect-error a number is neither a PEM string nor a key (the option is typed, not any)
export const wrong: VerifyJwtOptions = { publicKey: 42, signingKeyId: "k" };
`;

/** versori-client/embed in a project without the DOM library: its types stand on their own. */
const NODE_ONLY_PROGRAM = `
import { createEndUserSession, VersoriOAuthError, type OAuth2PopupWindow, type OAuthFailure } from "versori-client/embed";
const session = createEndUserSession({ organisationId: "o", token: async () => "a.b.c" });
const popup: OAuth2PopupWindow | null = null;
const body = { credential: { id: "c", organisationId: "o" }, authorizeUrl: "https://x", clientId: "c" };
export const reason: Promise<OAuthFailure | undefined> = session
  .connectOAuth2({ systemId: "s", body, popup })
  .then(() => undefined, (e: unknown) => (e instanceof VersoriOAuthError ? e.reason : undefined));
`;

/** ESM + NodeNext, type-checked: the connect mock, one typed call, stop, then nothing listens. */
const MOCK_PROGRAM = `
import { createConnectClient, VersoriConnectionError, type Connector } from "versori-client";
import { startMock, type RunningMock } from "versori-client/testing";

const ids = { organisationId: ${JSON.stringify(ORG)}, connectorId: ${JSON.stringify(CONNECTOR)} };
// @ts-expect-error only the APIs whose contracts ship can be mocked
void (() => startMock({ api: "billing" }));

const mock: RunningMock = await startMock({ api: "connect" });
let connector: Connector;
try {
  connector = await createConnectClient({ baseUrl: mock.url, token: "consumer-token" }).getConnector(ids);
} finally {
  await mock.stop();
}
const after = createConnectClient({ baseUrl: mock.url, token: "consumer-token", maxRetries: 0 });
const refused = await after.getConnector(ids).then(() => false, (e: unknown) => e instanceof VersoriConnectionError);
console.log(JSON.stringify({ connector, refused }));
`;

/** The CommonJS build of versori-client/testing finds the contract and Prism too. */
const MOCK_REQUIRE_PROGRAM = `
const { startMock } = require("versori-client/testing");
startMock({ api: "connect" }).then(async (mock) => {
  const answer = await fetch(mock.url + "/categories", { headers: { authorization: "Bearer consumer-token" } });
  await mock.stop();
  let alive = true;
  try { process.kill(mock.pid, 0); } catch { alive = false; }
  console.log(JSON.stringify({ status: answer.status, alive }));
});
`;

const MOCK_MISSING_PROGRAM = `
const { startMock } = await import("versori-client/testing");
await startMock({ api: "connect" }).then(() => console.log("started"), (e) => console.log(e.message));
`;

/** Loads the package both ways and checks each copy's errors against the other copy's classes. */
// Calls GetConnector through the ES module and the CommonJS build with no logLevel, a logger
// catching the debug lines (cut at " in": durations vary): VERSORI_LOG alone turns them on.
const VERSORI_LOG_PROGRAM = `
import { createRequire } from "node:module";
import * as esm from "versori-client";
const cjs = createRequire(import.meta.url)("versori-client");
const lines = [];
const logger = { debug: (line) => lines.push(line.replace(/ in .*/, " in")), info() {}, warn() {}, error() {} };
const fetch = async () => new Response("{}", { status: 404 });
for (const [name, client] of Object.entries({ esm, cjs })) {
  lines.push(name);
  const connect = client.createConnectClient({ baseUrl: "https://api.example.test", fetch, logger, maxRetries: 0 });
  await connect.getConnector({ organisationId: "o", connectorId: "c" }).catch(() => {});
}
console.log(JSON.stringify(lines));
`;

const MIXED_PROGRAM = `
import { createRequire } from "node:module";
import * as esm from "versori-client";
const cjs = createRequire(import.meta.url)("versori-client");
const ids = { organisationId: "o", connectorId: "c" };
const fetches = {
  api: async () => new Response(JSON.stringify({ code: "not_found", message: "no" }), { status: 404 }),
  connection: async () => { throw new TypeError("fetch failed"); },
  timeout: (_url, init) => new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason))),
};
async function errorFrom(copy, kind) {
  const client = copy.createConnectClient({ baseUrl: "http://127.0.0.1:9", fetch: fetches[kind], maxRetries: 0, timeoutMs: 20 });
  return client.getConnector(ids).then(() => { throw new Error("resolved"); }, (e) => e);
}
const out = {};
for (const [label, from, to] of [["cjs errors, esm classes", cjs, esm], ["esm errors, cjs classes", esm, cjs]]) {
  const api = await errorFrom(from, "api");
  const connection = await errorFrom(from, "connection");
  const timeout = await errorFrom(from, "timeout");
  out[label] = {
    distinct: from.VersoriError !== to.VersoriError,
    apiIsVersoriError: api instanceof to.VersoriError,
    apiIsApiError: api instanceof to.VersoriApiError,
    apiIsTimeoutError: api instanceof to.VersoriTimeoutError,
    connectionIsVersoriError: connection instanceof to.VersoriError,
    connectionIsConnectionError: connection instanceof to.VersoriConnectionError,
    connectionIsApiError: connection instanceof to.VersoriApiError,
    timeoutIsVersoriError: timeout instanceof to.VersoriError,
    timeoutIsTimeoutError: timeout instanceof to.VersoriTimeoutError,
    timeoutIsApiError: timeout instanceof to.VersoriApiError,
  };
}
console.log(JSON.stringify(out));
`;

/** A Jest test file as a CommonJS project writes it: require() the jwt subpath, sign, verify (also with node:crypto). */
const JEST_TESTS = 3;
const JEST_PROGRAM = `
const { generateKeyPairSync, verify } = require("node:crypto");
const { jwtTokenSource, signJwt, verifyJwt, VersoriJwtError } = require("versori-client/jwt");

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const signingKeyId = "01HQ6E3M8SX4N9V2Y7A0C5D1FG";
const options = { privateKey: privateKey.export({ type: "pkcs8", format: "pem" }), signingKeyId, subject: "jest-user" };
const publicPem = publicKey.export({ type: "spki", format: "pem" });

function checked(token) {
  const [header, payload, signature] = token.split(".");
  const valid = verify("RSA-SHA256", Buffer.from(header + "." + payload), publicKey, Buffer.from(signature, "base64url"));
  return { valid, header: JSON.parse(Buffer.from(header, "base64url")), claims: JSON.parse(Buffer.from(payload, "base64url")) };
}

test("signJwt signs an RS256 token", async () => {
  const { valid, header, claims } = checked(await signJwt(options));
  expect(valid).toBe(true);
  expect(header).toEqual({ alg: "RS256" });
  expect(claims).toMatchObject({ iss: "https://versori.com/sk/" + signingKeyId, sub: "jest-user" });
  expect(claims.exp - claims.iat).toBe(3600);
});

test("jwtTokenSource hands out one token until it is due", async () => {
  const source = jwtTokenSource(options);
  const first = await source();
  expect(await source()).toBe(first);
  expect(checked(first).valid).toBe(true);
});

test("verifyJwt accepts the token and refuses another key's issuer", async () => {
  const token = await signJwt(options);
  await expect(verifyJwt(token, { publicKey: publicPem, signingKeyId })).resolves.toMatchObject({ sub: "jest-user" });
  const refused = await verifyJwt(token, { publicKey: publicPem, signingKeyId: "01HQ6E3M8SX4N9V2Y7A0C5D1FH" }).catch((e) => e);
  expect(refused).toBeInstanceOf(VersoriJwtError);
  expect(refused.reason).toBe("wrong_issuer");
});
`;
