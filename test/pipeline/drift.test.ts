// npm run drift (what the scheduled drift workflow runs) fetches each published contract and
// reports how ours differs. Here the "published" contracts are served from a loopback server:
// our own specs, once unchanged and once with planted changes (in connect-v1, and in one or both
// of the Platform API's two copies: the docs site's and the CLI's).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import YAML from "yaml";
import { specs } from "../../scripts/specs.mjs";

const repo = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "versori-drift-"));
const served = new Map<string, string>();
let server: Server;
let base: string;

beforeAll(async () => {
  cpSync(join(repo, "openapi"), join(dir, "openapi"), { recursive: true });
  server = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    res.writeHead(body === undefined ? 404 : 200, { "content-type": "application/yaml" }).end(body ?? "not here");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

// Every published copy, as spec name and source ("platform-v2/cli"), served at /<name>/<source>.yaml.
const copies = specs.flatMap((s) => s.published.map((p) => ({ spec: s, key: `${s.name}/${p.source}` })));
const urls = (except?: string) => copies.filter((c) => c.key !== except).flatMap((c) => ["--url", `${c.key}=${base}/${c.key}.yaml`]);
const serveOurs = () => copies.forEach((c) => served.set(`/${c.key}.yaml`, readFileSync(join(repo, c.spec.file), "utf8")));
const planted = (file: string, change: (doc: Record<string, any>) => void) => {
  const doc = YAML.parse(readFileSync(join(repo, file), "utf8"));
  change(doc);
  return YAML.stringify(doc);
};

// Asynchronous: the server answering the fetches lives in this process.
function drift(args: string[]) {
  const output = join(dir, "output.txt");
  writeFileSync(output, "");
  return new Promise<{ status: number; stdout: string; stderr: string; output: string }>((done) => {
    execFile(process.execPath, [join(repo, "scripts/drift.mjs"), ...args], { cwd: dir, env: { ...process.env, GITHUB_OUTPUT: output } }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code) : 0, stdout, stderr, output: readFileSync(output, "utf8") }),
    );
  });
}

test("the platform's contracts as ours: no drift", async () => {
  serveOurs();
  const run = await drift(urls());
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.output).toBe("drift=false\n");
  expect(run.stdout).toContain("drift: No drift");
  for (const s of specs.filter((s) => !s.published.length)) expect(run.stdout).toContain(`drift: ${s.name}: the platform publishes no contract for it`);
  expect(readFileSync(join(dir, ".cache/drift/connect-v1.sdk.published.yaml"), "utf8")).toBe(readFileSync(join(repo, "openapi/connect-v1.yaml"), "utf8"));
});

test("the Platform API is compared with both published copies, the docs site's and the CLI's", () => {
  expect(specs.find((s) => s.name === "platform-v2")!.published).toEqual([
    { source: "docs", url: "https://raw.githubusercontent.com/versori/user-docs/main/openapi/platform-api.yaml" },
    { source: "cli", url: "https://raw.githubusercontent.com/versori/cli/main/versori-api.yaml" },
  ]);
});

test("a difference in both copies is one line naming both; one in a single copy names that copy", async () => {
  serveOurs();
  const both = (doc: Record<string, any>) => {
    doc.paths["/o/{organisation_id}/projects"].get.parameters.push({ name: "owner", in: "query", required: true, schema: { type: "string" } });
  };
  served.set("/platform-v2/docs.yaml", planted("openapi/platform-v2.yaml", both));
  served.set(
    "/platform-v2/cli.yaml",
    planted("openapi/platform-v2.yaml", (doc) => {
      both(doc);
      delete doc.paths["/o/{organisation_id}/projects/{project_id}/star"];
    }),
  );

  const run = await drift(urls());
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.output).toBe("drift=true\n");
  const line = "    breaking  query parameter owner: added (required)";
  expect(run.stdout).toContain(`~ ListProjects  GET /o/{organisation_id}/projects\n${line}  [docs, cli]`);
  expect(run.stdout.split(line)).toHaveLength(2);
  expect(run.stdout).toContain("- StarProject  PUT /o/{organisation_id}/projects/{project_id}/star\n    breaking  operation: removed, the client method goes away  [cli]");
  expect(run.stdout).toContain("- UnstarProject  DELETE /o/{organisation_id}/projects/{project_id}/star\n    breaking  operation: removed, the client method goes away  [cli]");
  const report = readFileSync(join(dir, ".cache/drift/report.md"), "utf8");
  expect(report).toContain("Our contracts differ from the platform's published ones: platform-v2");
  expect(report).toContain("  - breaking: query parameter owner: added (required) (docs, cli)");
  expect(report).toContain("- **StarProject** `PUT /o/{organisation_id}/projects/{project_id}/star`: removed, the client method goes away (breaking) (cli)");
});

test("a published contract that differs: the report, drift=true and an issue body", async () => {
  serveOurs();
  served.set(
    "/connect-v1/sdk.yaml",
    planted("openapi/connect-v1.yaml", (doc) => {
      doc.paths["/categories"].get.parameters = [{ name: "locale", in: "query", required: true, schema: { type: "string" } }];
    }),
  );

  const run = await drift(urls());
  expect(run.status).toBe(0);
  expect(run.output).toBe("drift=true\n");
  expect(run.stdout).toContain("~ ListCategories  GET /categories\n    breaking  query parameter locale: added (required)  [sdk]");
  const report = readFileSync(join(dir, ".cache/drift/report.md"), "utf8");
  expect(report).toContain("Our contracts differ from the platform's published ones: connect-v1");
  expect(report).toContain("### connect-v1: major");
  expect(readFileSync(join(dir, ".cache/drift/issue.md"), "utf8")).toBe(report);
});

test("a contract that cannot be fetched fails the run, naming it", async () => {
  serveOurs();
  const run = await drift(["--url", `platform-v2/cli=${base}/nowhere.yaml`, ...urls("platform-v2/cli")]);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`drift: platform-v2 (cli): could not fetch or read ${base}/nowhere.yaml: HTTP 404`);
  // The other copy is still compared.
  expect(run.stdout).toContain("platform-v2: openapi/platform-v2.yaml -> docs");
  expect(existsSync(join(dir, ".cache/drift/report.md"))).toBe(true);
});
