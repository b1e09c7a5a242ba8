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
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createConnectClient, type HTTPConnectorUpdate } from "../../src/index.js";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";
const body = {
  id: CONNECTOR,
  organisationId: ORG,
  name: "Shopify",
  protocol: "http",
  baseUrl: "https://api.shopify.com/admin/2024-04",
  tags: { team: ["payments"] },
  public: false,
} satisfies HTTPConnectorUpdate;

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
function program(baseUrl: string, module: "esm" | "cjs") {
  const main = `
const baseUrl = ${JSON.stringify(baseUrl)};
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
  return JSON.stringify({ viaClient, viaCall, error });
}
`;
  return module === "esm"
    ? `import { call, createConnectClient, createConnectCore, UpdateConnector, VersoriApiError } from "versori-client";
import type { Connector, ConnectorUpdate } from "versori-client";
${main}
console.log(await main());
`
    : `import { call, createConnectClient, createConnectCore, UpdateConnector, VersoriApiError } from "versori-client";
import type { Connector, ConnectorUpdate } from "versori-client";
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
    // The contract ships too, so users can point a mock server at it.
    expect(files).toContain("package/openapi/connect-v1.yaml");
    const other = files.filter((f) => !/^package\/(dist\/|openapi\/connect-v1\.yaml$|package\.json$|README\.md$|LICENSE$)/.test(f));
    expect(other).toEqual([]);
  });

  test.each(Object.entries(projects))(
    "%s: installs, type-checks strictly and calls updateConnector against the mock",
    async (name, project) => {
      const dir = join(work, name.replace(/\W+/g, "-"));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: project.type }));
      writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: project.compilerOptions, files: ["index.ts"] }));
      writeFileSync(join(dir, "index.ts"), program(inject("prismUrl"), project.module));
      await sh(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--prefix", dir, tarball], dir);

      // Strict type-check (declarations included) and emit, with the repo's TypeScript.
      await sh(process.execPath, [tsc, "-p", "."], dir);
      const emitted = readFileSync(join(dir, "out/index.js"), "utf8");
      if (project.module === "cjs") expect(emitted).toMatch(/require\("versori-client"\)/);
      else expect(emitted).toMatch(/from "versori-client"/);

      const { stdout } = await sh(process.execPath, ["out/index.js"], dir);
      const out = JSON.parse(stdout) as { viaClient: unknown; viaCall: unknown; error: unknown };

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
    },
    180_000,
  );
});
