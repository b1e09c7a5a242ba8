// deployDirectory on a real directory and real HTTP: which files go (root and nested .gitignore,
// extra rules, .git, links in and out of the directory), what the request carries byte for byte,
// the refusals of files that are not text, and the dry run that sends nothing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { collectFiles } from "../../src/operate/collect-files.js";
import { defaultVersionName } from "../../src/operate/deploy.js";
import { deployDirectory } from "../../src/operate/deploy-directory.js";
import { VersoriOperateError } from "../../src/operate/operate-error.js";
import { VersoriError } from "../../src/errors.js";
import { json, startLoopback } from "../support/loopback.js";
import { API_KEY, ORG, platformOn, PROJECT, projectAnswer } from "./answers.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory with these files (a Buffer is written as it is). */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "versori-deploy-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

/** An integration's directory with everything a deploy must leave out, and one outside file linked into it. */
function project() {
  const outside = tree({ "secret.txt": "not for the platform\n" });
  const dir = tree({
    ".gitignore": "dist/\n*.log\n.env\n!keep.log\n",
    ".env": "VERSORI_API_KEY=vk_live\n",
    "deno.json": '{ "imports": {} }\n',
    "src/index.ts": 'export const orders = webhook("orders");\n',
    "src/.gitignore": "generated.ts\n!important.log\n",
    "src/generated.ts": "// made by a build\n",
    "src/important.log": "kept by the nested rule\n",
    "src/deep/app.log": "ignored by the root rule\n",
    "notes/generated.ts": "// the nested rule does not reach here\n",
    "dist/out.js": "built\n",
    "app.log": "ignored\n",
    "keep.log": "kept by the negation\n",
    "données/été.md": "Zoë à Łódź\n",
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/config": "[core]\n",
    "assets/logo.png": PNG,
  });
  symlinkSync(join(outside, "secret.txt"), join(dir, "outside.txt"));
  symlinkSync(join(dir, "src/index.ts"), join(dir, "alias.ts"));
  symlinkSync(join(dir, "src"), join(dir, "src-link"));
  symlinkSync(join(dir, "missing.ts"), join(dir, "broken.ts"));
  return dir;
}

const SENT = [
  { filename: ".gitignore", content: "dist/\n*.log\n.env\n!keep.log\n" },
  { filename: "alias.ts", content: 'export const orders = webhook("orders");\n' },
  { filename: "deno.json", content: '{ "imports": {} }\n' },
  { filename: "données/été.md", content: "Zoë à Łódź\n" },
  { filename: "keep.log", content: "kept by the negation\n" },
  { filename: "notes/generated.ts", content: "// the nested rule does not reach here\n" },
  { filename: "src/.gitignore", content: "generated.ts\n!important.log\n" },
  { filename: "src/important.log", content: "kept by the nested rule\n" },
  { filename: "src/index.ts", content: 'export const orders = webhook("orders");\n' },
];

describe("collectFiles", () => {
  test("a file that is not text stops the collection and names the file", async () => {
    const error = await collectFiles(project()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersoriOperateError);
    expect(error).toBeInstanceOf(VersoriError);
    expect(error).toMatchObject({ name: "VersoriOperateError", reason: "file_not_text", file: "assets/logo.png" });
    expect((error as Error).message).toMatch(/^assets\/logo\.png is not UTF-8 text/);
  });

  test("invalid UTF-8 without a NUL byte is refused too; valid UTF-8 of every width is not", async () => {
    await expect(collectFiles(tree({ "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) }))).rejects.toMatchObject({ reason: "file_not_text", file: "latin1.txt" });
    const ok = await collectFiles(tree({ "wide.txt": "é Ł 東 🚀" }));
    expect(ok.files).toEqual([{ filename: "wide.txt", content: "é Ł 東 🚀" }]);
    expect(ok.bytes).toBe(Buffer.byteLength("é Ł 東 🚀"));
  });

  test("root and nested .gitignore, .git, links: exactly what is sent and what is left out", async () => {
    const { files, bytes, skipped } = await collectFiles(project(), { ignore: ["assets/"] });
    expect(files).toEqual(SENT);
    expect(bytes).toBe(SENT.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0));
    expect(skipped).toEqual(
      expect.arrayContaining([
        { path: ".git", reason: "git" },
        { path: ".env", reason: "ignored" },
        { path: "app.log", reason: "ignored" },
        { path: "dist", reason: "ignored" },
        { path: "assets", reason: "ignored" },
        { path: "src/generated.ts", reason: "ignored" },
        { path: "src/deep/app.log", reason: "ignored" },
        { path: "outside.txt", reason: "link_outside" },
        { path: "src-link", reason: "link_to_directory" },
        { path: "broken.ts", reason: "broken_link" },
      ]),
    );
    expect(skipped).toHaveLength(10);
  });

  test("the caller's rules come after the root's: they can ignore what it keeps, and keep what it ignores", async () => {
    const dir = tree({ ".gitignore": "*.log\n", "a.log": "a\n", "b.txt": "b\n" });
    const { files } = await collectFiles(dir, { ignore: ["b.txt", "!a.log"] });
    expect(files.map((f) => f.filename)).toEqual([".gitignore", "a.log"]);
  });
});

describe("deployDirectory over HTTP", () => {
  test("sends exactly the collected files, the version and the description to DeployProject", async () => {
    const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([{ name: "production", status: "running", version: "v15" }])));
    const result = await deployDirectory(platformOn(server.url), {
      projectId: PROJECT,
      environment: "production",
      dir: project(),
      ignore: ["assets/"],
      versionName: "v15",
      description: "Batch order writes",
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe("PUT");
    expect(request!.url).toBe(`/o/${ORG}/projects/${PROJECT}/deploy?project_env=production`);
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(request!.body.toString("utf8"))).toEqual({ files: SENT, labels: {}, versionName: "v15", versionDescription: "Batch order writes" });
    expect(result).toMatchObject({ dryRun: false, projectId: PROJECT, versionName: "v15", environment: { name: "production", status: "running" }, version: { name: "v15" } });
    expect(result.files).toEqual(SENT);
  });

  test("without a version name, the UTC time in the CLI's layout; without a description, none", async () => {
    const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([{ name: "staging", status: "draft" }])));
    const before = defaultVersionName();
    const result = await deployDirectory(platformOn(server.url), { projectId: PROJECT, environment: "staging", dir: tree({ "main.ts": "x\n" }) });
    const after = defaultVersionName();
    const body = JSON.parse(server.requests[0]!.body.toString("utf8")) as Record<string, unknown>;
    expect(body.versionName).toMatch(/^\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}$/);
    expect([before, after]).toContain(body.versionName);
    expect(body).not.toHaveProperty("versionDescription");
    expect(result).toMatchObject({ versionName: body.versionName, environment: { status: "draft" }, version: undefined });
  });

  test("defaultVersionName is Go's 2006-01-02-15-04-05 in UTC", () => {
    expect(defaultVersionName(new Date("2026-03-01T07:05:09.999+02:00"))).toBe("2026-03-01-05-05-09");
  });

  test("a dry run collects and checks the files and sends nothing", async () => {
    const server = await startLoopback((_seen, res) => json(res, 500, {}));
    const result = await deployDirectory(platformOn(server.url), { projectId: PROJECT, environment: "production", dir: project(), ignore: ["assets/"], dryRun: true, versionName: "v16" });
    expect(result).toMatchObject({ dryRun: true, versionName: "v16", files: SENT });
    await expect(deployDirectory(platformOn(server.url), { projectId: PROJECT, environment: "production", dir: project(), dryRun: true })).rejects.toMatchObject({ reason: "file_not_text" });
    expect(server.requests).toHaveLength(0);
  });

  test("an answer without the environment is environment_not_found, naming the ones there are", async () => {
    const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([{ name: "staging", status: "running" }])));
    const error = await deployDirectory(platformOn(server.url), { projectId: PROJECT, environment: "production", dir: tree({ "a.ts": "a\n" }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "environment_not_found", environment: "production" });
    expect((error as Error).message).toBe(`project ${PROJECT} has no environment "production" (it has: staging)`);
  });

  test("an aborted signal stops before anything is sent", async () => {
    const server = await startLoopback((_seen, res) => json(res, 200, projectAnswer([])));
    const controller = new AbortController();
    controller.abort();
    await expect(deployDirectory(platformOn(server.url), { projectId: PROJECT, environment: "production", dir: tree({ "a.ts": "a\n" }), signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });
});
