// Every ```ts snippet of the README and the guides RUNS, from the docs' own text, so a doc that
// stops working fails here (snippets.test.ts only compiles them). How:
//
// - The snippet is written, as the docs show it, to .cache/doc-run/<file>-<n>.ts with its
//   `versori-client...` imports pointed at src/ (package.json's exports name each entry's source),
//   and imported: vitest transpiles it and runs it, top-level await included. A snippet
//   that throws fails its test.
// - Nothing is injected into the snippet. What differs is the world it runs in, as if the network
//   were ours: `globalThis.fetch` (every client's default) sends the production URLs of the APIs
//   the fake models (Platform, Organisations) to a fresh `createFakePlatform` for each snippet, and
//   those of Connect and Embedded to their Prism mocks (test/setup/prism.ts); any other URL fails
//   the snippet. VERSORI_API_KEY is the fake's API key, and the fake's organisation is the one the
//   docs use. The ids the docs name exist: the contract's example project and signing key are in
//   the fake (docsWorld), VERSORI_SIGNING_KEY(_ID) hold that key.
//   The working directory holds small stand-ins for the files a snippet reads as yours
//   (./integration, openapi.yaml; see yourFiles).
// - A `console.log(...)` line whose comment is a string or a URL (`// "Order sync"`) must print
//   exactly that.
// - A snippet that cannot run here (a browser page, a real OAuth provider, a server of your
//   own) is marked in the doc itself: ```ts compile-only: <why>. Every other snippet runs.
// - A snippet that is a vitest test file (it imports "vitest") is imported while this file's
//   tests are collected, so its own tests run as tests of this file, with the fake it makes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, test, vi } from "vitest";
import { organisationsV1Contract } from "../../generated/organisations-v1.contract.js";
import { platformV2Contract } from "../../generated/platform-v2.contract.js";
import { specs } from "../../scripts/specs.mjs";
import { createPlatformClient } from "../../src/index.js";
import type { FakeContract } from "../../src/testing/fake/contract.js";
import { createFakePlatform, type FakePlatform } from "../../src/testing/index.js";
import { docs, entrySources, repo, tsFences } from "../support/docs.js";

const ORGANISATION = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"; // the organisation every snippet names
const COMPILE_ONLY = /^compile-only: \S/;
const dir = join(repo, ".cache/doc-run");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const snippets = docs.flatMap(({ file, text }) =>
  tsFences(text).map((fence, i) => ({ ...fence, file, name: `${file.replace(/\.md$/, "").replace(/\W+/g, "-").toLowerCase()}-${i + 1}` })),
);

/** The snippet as a module of its own, its imports of the package pointed at the sources. */
function write({ name, code }: { name: string; code: string }): string {
  const path = join(dir, `${name}.ts`);
  const source = code.replace(/(from\s+|import\s*\(\s*|import\s+)"(versori-client(?:\/[\w/-]+)?)"/g, (whole, keyword: string, entry: string) => {
    if (!entrySources[entry]) throw new Error(`${name}: no entry ${entry} in package.json's exports`);
    return `${keyword}${JSON.stringify(entrySources[entry])}`;
  });
  writeFileSync(path, `${source}\nexport {};\n`);
  return path;
}

const example = (contract: FakeContract, operationId: string) =>
  structuredClone(contract.operations.find((op) => op.operationId === operationId)!.answer!.example) as Record<string, unknown>;

/**
 * The organisation's signing key, as the guides keep it: its private key in VERSORI_SIGNING_KEY and
 * its id (the contract's example key, which the guides name) in VERSORI_SIGNING_KEY_ID.
 */
const signingKey = await (async () => {
  const pem = (label: string, der: ArrayBuffer) => `-----BEGIN ${label}-----\n${Buffer.from(der).toString("base64")}\n-----END ${label}-----\n`;
  const pair = await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
  return {
    id: String(example(organisationsV1Contract, "GetPublicKey").id),
    publicKey: pem("PUBLIC KEY", await crypto.subtle.exportKey("spki", pair.publicKey)),
    privateKey: pem("PRIVATE KEY", await crypto.subtle.exportKey("pkcs8", pair.privateKey)),
  };
})();

/**
 * The fake with what the docs' ids name: the signing key above, the contract's example project
 * ("Acme order sync", production running v14; staging, suspended there, given a version v15 so
 * that the operating guide's promote has one to copy) and the KV store its running integration
 * made (operate's kvScope finds it by name).
 */
async function docsWorld(): Promise<FakePlatform> {
  const fake = createFakePlatform({ organisationId: ORGANISATION, signingKeys: [{ id: signingKey.id, publicKey: signingKey.publicKey }] });
  const [project] = fake.seed(`/o/${ORGANISATION}/projects`, [example(platformV2Contract, "GetProject")]);
  const platform = createPlatformClient({ fetch: fake.fetch, token: fake.apiKey, organisationId: ORGANISATION });
  await platform.createStore({ body: { name: `PROJECT_${project!.id}` } });
  await platform.deployProject({ projectId: String(project!.id), query: { project_env: "staging" }, body: { versionName: "v15", files: [], labels: {} } });
  return fake;
}

/**
 * What a snippet says it prints, where it says so exactly: a `console.log(...)` line ending in a
 * comment that is a string literal or a URL (`// "Order sync"`, `// https://...`).
 */
const promised = (code: string) =>
  [...code.matchAll(/^.*console\.log\(.*\);\s*\/\/\s*("(?:[^"\\]|\\.)*"|https?:\/\/\S+)\s*$/gm)].map(([, said]) => (said!.startsWith('"') ? (JSON.parse(said!) as string) : said!));

/** A working directory with what the snippets read as the reader's own files. */
function yourFiles(): string {
  const cwd = join(dir, "cwd");
  mkdirSync(join(cwd, "integration/src"), { recursive: true });
  writeFileSync(join(cwd, "integration/src/index.ts"), 'export const orders = webhook("orders");\n');
  writeFileSync(join(cwd, "openapi.yaml"), "openapi: 3.1.0\ninfo: { title: Shop, version: 1.0.0 }\npaths: {}\n");
  return cwd;
}
const cwd = yourFiles();

/** globalThis.fetch for one snippet: the fake for the APIs it models, Prism for the others. */
function network(fake: FakePlatform, realFetch: typeof fetch): typeof fetch {
  const prism = inject("prismUrls");
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const spec = specs.find((s) => url === s.baseUrl || url.startsWith(`${s.baseUrl}/`));
    if (!spec) throw new TypeError(`a docs snippet fetched ${url}, outside the APIs`);
    if (spec.fake) return fake.fetch(input, init);
    const target = `${prism[spec.api]}${url.slice(spec.baseUrl.length)}`;
    return realFetch(input instanceof Request ? new Request(target, input) : target, init);
  };
}

const counts = new Map<string, { executed: number; compileOnly: number }>();
for (const { file } of docs) counts.set(file, { executed: 0, compileOnly: 0 });

for (const snippet of snippets) {
  const where = `${snippet.file}:${snippet.line}`;
  const tally = counts.get(snippet.file)!;
  if (snippet.info) {
    test(`${where} is marked compile-only with a reason`, () => expect(snippet.info).toMatch(COMPILE_ONLY));
    if (COMPILE_ONLY.test(snippet.info)) tally.compileOnly++;
    continue;
  }
  tally.executed++;
  const path = write(snippet);
  if (/from\s+"vitest"/.test(snippet.code)) {
    // Its test(...) calls become tests of this file, under its name.
    describe(`${where} (a vitest file) runs`, async () => {
      await import(/* @vite-ignore */ path);
    });
    continue;
  }
  test(`${where} runs`, async () => {
    const fake = await docsWorld();
    const realFetch = globalThis.fetch;
    vi.stubEnv("VERSORI_API_KEY", fake.apiKey);
    vi.stubEnv("VERSORI_SIGNING_KEY", signingKey.privateKey);
    vi.stubEnv("VERSORI_SIGNING_KEY_ID", signingKey.id);
    vi.stubGlobal("fetch", network(fake, realFetch));
    // The snippet's own output, kept out of the report unless it fails.
    const output: string[] = [];
    for (const level of ["log", "info", "debug", "warn", "error", "dir"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void output.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")));
    // Vitest runs this file in a child process (the forks pool, its default), where chdir is allowed.
    const home = process.cwd();
    process.chdir(cwd);
    try {
      await import(/* @vite-ignore */ path);
    } catch (error) {
      throw new Error(`${where} threw: ${String(error)}\n-- what it printed --\n${output.join("\n")}`, { cause: error });
    } finally {
      writeFileSync(path.replace(/\.ts$/, ".out"), `${output.join("\n")}\n`); // to read what it printed
      process.chdir(home);
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    }
    for (const line of promised(snippet.code)) expect(output, `${where} says it prints ${line}`).toContain(line);
  });
}

test("every snippet is run or marked compile-only, and most run", () => {
  const total = [...counts.values()].reduce((sum, c) => ({ executed: sum.executed + c.executed, compileOnly: sum.compileOnly + c.compileOnly }), { executed: 0, compileOnly: 0 });
  expect(total.executed + total.compileOnly).toBe(snippets.length);
  expect(total.executed).toBeGreaterThan(total.compileOnly);
});

afterAll(() => {
  const rows = [...counts].filter(([, c]) => c.executed + c.compileOnly > 0).map(([file, c]) => `  ${file}: ${c.executed} run, ${c.compileOnly} compile-only`);
  console.info(`docs snippets:\n${rows.join("\n")}`);
});
