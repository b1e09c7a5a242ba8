// npm run drift (what the scheduled drift workflow runs) fetches each published contract and
// reports how ours differs. Here the "published" contracts are served from a loopback server:
// our own specs, once unchanged and once with a planted change in connect-v1.
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

const published = specs.filter((s) => s.published);
const urls = (except?: string) => published.filter((s) => s.name !== except).flatMap((s) => ["--url", `${s.name}=${base}/${s.name}.yaml`]);
const serveOurs = () => published.forEach((s) => served.set(`/${s.name}.yaml`, readFileSync(join(repo, s.file), "utf8")));

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
  for (const s of specs.filter((s) => !s.published)) expect(run.stdout).toContain(`drift: ${s.name}: the platform publishes no contract for it`);
  expect(readFileSync(join(dir, ".cache/drift/connect-v1.published.yaml"), "utf8")).toBe(readFileSync(join(repo, "openapi/connect-v1.yaml"), "utf8"));
});

test("a published contract that differs: the report, drift=true and an issue body", async () => {
  serveOurs();
  const doc = YAML.parse(readFileSync(join(repo, "openapi/connect-v1.yaml"), "utf8"));
  doc.paths["/categories"].get.parameters = [{ name: "locale", in: "query", required: true, schema: { type: "string" } }];
  served.set("/connect-v1.yaml", YAML.stringify(doc));

  const run = await drift(urls());
  expect(run.status).toBe(0);
  expect(run.output).toBe("drift=true\n");
  expect(run.stdout).toContain("~ ListCategories  GET /categories\n    breaking  query parameter locale: added (required)");
  const report = readFileSync(join(dir, ".cache/drift/report.md"), "utf8");
  expect(report).toContain("Our contracts differ from the platform's published ones: connect-v1");
  expect(report).toContain("### connect-v1: major");
  expect(readFileSync(join(dir, ".cache/drift/issue.md"), "utf8")).toBe(report);
});

test("a contract that cannot be fetched fails the run, naming it", async () => {
  serveOurs();
  const run = await drift(["--url", `connect-v1=${base}/nowhere.yaml`, ...urls("connect-v1")]);
  expect(run.status).toBe(1);
  expect(run.stdout).toContain(`drift: connect-v1: could not fetch or read ${base}/nowhere.yaml: HTTP 404`);
  expect(existsSync(join(dir, ".cache/drift/report.md"))).toBe(true);
});
