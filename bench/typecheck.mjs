// Bench (c): what versori-client costs a consumer's type-check. Times `tsc --noEmit` on small
// consumer projects resolving the built package (dist/, through package.json exports, as an
// installed package would) and reports tsc's own check time and type count:
//   empty          no import at all (tsc start-up and lib files: the floor)
//   openapi-fetch  bare openapi-fetch with the same generated `paths`, one PUT
//   ours           createConnectClient + updateConnector, and call(core, UpdateConnector)
// Each with skipLibCheck on (the tsc --init default) and off (declarations checked too).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fmt, median, table } from "./contenders.mjs";

const quick = process.argv.includes("--quick");
const RUNS = quick ? 1 : 3;
const repo = resolve(".");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const root = resolve(".cache/bench-tsc");

const consumers = {
  empty: `export const x: number = 1;\n`,
  "openapi-fetch": `import createClient from "openapi-fetch";
import type { ConnectPaths } from "versori-client";
const client = createClient<ConnectPaths>({ baseUrl: "https://platform.versori.com/api/connect/v1" });
export async function rename(organisation_id: string, connector_id: string) {
  const { data, error } = await client.PUT("/o/{organisation_id}/connectors/{connector_id}", {
    params: { path: { organisation_id, connector_id } },
    body: { id: connector_id, organisationId: organisation_id, name: "Shopify", protocol: "http", baseUrl: "https://x" },
  });
  if (error) throw new Error(error.message);
  const name: string = data.name;
  return name;
}
`,
  ours: `import { call, createConnectClient, createConnectCore, UpdateConnector } from "versori-client";
const connect = createConnectClient({ token: "t" });
const core = createConnectCore({ token: "t" });
export async function rename(organisationId: string, connectorId: string) {
  const body = { id: connectorId, organisationId, name: "Shopify", protocol: "http", baseUrl: "https://x" } as const;
  const a = await connect.updateConnector({ organisationId, connectorId, body });
  const b = await call(core, UpdateConnector, { organisationId, connectorId, body });
  const names: string[] = [a.name, b.name];
  return names;
}
`,
};

function project(name, skipLibCheck) {
  const dir = join(root, `${name}-${skipLibCheck ? "skip" : "full"}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(repo, join(dir, "node_modules", "versori-client"), "dir");
  symlinkSync(join(repo, "node_modules", "openapi-fetch"), join(dir, "node_modules", "openapi-fetch"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `bench-${name}`, private: true, type: "module" }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        types: [],
        skipLibCheck,
      },
      files: ["index.ts"],
    }),
  );
  writeFileSync(join(dir, "index.ts"), consumers[name]);
  return dir;
}

function time(dir) {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
  const wall = performance.now() - t0;
  if (run.status !== 0) throw new Error(`tsc failed in ${dir}:\n${run.stdout}${run.stderr}`);
  const stat = (label) => Number(run.stdout.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"))?.[1]);
  return { wall, check: stat("Check time") * 1000, total: stat("Total time") * 1000, types: stat("Types"), files: stat("Files") };
}

const rows = [];
for (const skipLibCheck of [true, false]) {
  for (const name of Object.keys(consumers)) {
    const dir = project(name, skipLibCheck);
    const runs = Array.from({ length: RUNS }, () => time(dir));
    rows.push([
      name,
      skipLibCheck ? "on" : "off",
      `${fmt(median(runs.map((r) => r.wall)))} ms`,
      `${fmt(median(runs.map((r) => r.total)))} ms`,
      `${fmt(median(runs.map((r) => r.check)))} ms`,
      fmt(runs[0].types),
      fmt(runs[0].files),
    ]);
  }
}
console.log(`\n(c) consumer type-check, tsc --noEmit (median of ${RUNS})`);
table(["consumer", "skipLibCheck", "wall", "tsc total", "check", "types", "files"], rows);
