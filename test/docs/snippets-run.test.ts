// Every ```ts snippet of the README and the guides RUNS, from the docs' own text, so a doc that
// stops working fails here (snippets.test.ts only compiles them). How:
//
// - The snippet is written, as the docs show it, to .cache/doc-run/<file>-<n>.ts with its
//   `versori-client...` imports pointed at src/ (package.json's exports name each entry's source),
//   and imported: vitest transpiles it and runs it, top-level await included. A snippet
//   that throws fails its test.
// - The snippet's text is untouched; its network is given at the module boundary. The entries whose
//   functions take a `fetch` option (client factories, createEndUserSession) are imported through a
//   shim, .cache/doc-run/entries/*.ts (test/support/doc-network.ts), which hands a client made
//   without `fetch` the snippet's network: the production URLs of the APIs the fake models
//   (Platform, Organisations) go to a fresh `createFakePlatform` for each snippet, those of Connect
//   and Embedded to their Prism mocks (test/setup/prism.ts); any other URL fails the snippet. A
//   client given its own `fetch` keeps it. globalThis.fetch is left alone, and each test checks
//   that the only requests Node's fetch sent while the snippet ran were the ones its network sent
//   to Prism (seen on undici's diagnostics channel), so nothing else reached a network.
//   VERSORI_API_KEY is the fake's API key, and the fake's organisation is the one the
//   docs use. The ids the docs name exist: the contract's example project and signing key are in
//   the fake (docsWorld), VERSORI_SIGNING_KEY(_ID) hold that key.
//   The working directory holds small stand-ins for the files a snippet reads as yours
//   (./integration, openapi.yaml; see yourFiles).
// - A `console.log(...)` line whose comment is a string or a URL (`// "Order sync"`) must print
//   exactly that.
// - A snippet that cannot run here (a browser page, a real OAuth provider, a server of your
//   own) is marked in the doc itself: ```ts compile-only: <why>. Every other snippet runs.
// - A snippet that is a vitest test file (it imports "vitest") is imported while this file's
//   tests are collected, so its own tests run as tests of this file, in the world it makes itself
//   (its fake, or MSW on globalThis.fetch): the shims give its clients no network.
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, test, vi } from "vitest";
import { organisationsV1Contract } from "../../generated/organisations-v1.contract.js";
import { platformV2Contract } from "../../generated/platform-v2.contract.js";
import { specs } from "../../scripts/specs.mjs";
import { createPlatformClient, type FetchFunction } from "../../src/index.js";
import type { FakeContract } from "../../src/testing/fake/contract.js";
import { createFakePlatform, type FakePlatform } from "../../src/testing/index.js";
import { shimOf, takesFetch, useNetwork } from "../support/doc-network.js";
import { docs, entrySources, repo, tsFences } from "../support/docs.js";

const ORGANISATION = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"; // the organisation every snippet names
const COMPILE_ONLY = /^compile-only: \S/;
const dir = join(repo, ".cache/doc-run");
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, "entries"), { recursive: true });

/** What a snippet imports for each entry: the shim of one whose functions take `fetch`, else its source. */
const entryModules: Record<string, string> = Object.fromEntries(
  Object.entries(entrySources).map(([entry, source]) => {
    if (!takesFetch[entry]) return [entry, source];
    const shim = join(dir, "entries", `${entry.replace(/\W+/g, "-")}.ts`);
    writeFileSync(shim, shimOf(entry, source));
    return [entry, shim];
  }),
);

const snippets = docs.flatMap(({ file, text }) =>
  tsFences(text).map((fence, i) => ({ ...fence, file, name: `${file.replace(/\.md$/, "").replace(/\W+/g, "-").toLowerCase()}-${i + 1}` })),
);

/** The snippet as a module of its own, its imports of the package pointed at the sources (or their shims). */
function write({ name, code }: { name: string; code: string }): string {
  const path = join(dir, `${name}.ts`);
  const source = code.replace(/(from\s+|import\s*\(\s*|import\s+)"(versori-client(?:\/[\w/-]+)?)"/g, (whole, keyword: string, entry: string) => {
    if (!entryModules[entry]) throw new Error(`${name}: no entry ${entry} in package.json's exports`);
    return `${keyword}${JSON.stringify(entryModules[entry])}`;
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

/**
 * The fetch of one snippet's clients: the fake for the APIs it models, Prism for the others. The
 * URLs it sent to Prism go into `toPrism`.
 */
function network(fake: FakePlatform, toPrism: string[]): FetchFunction {
  const prism = inject("prismUrls");
  return async (url, init) => {
    const spec = specs.find((s) => url === s.baseUrl || url.startsWith(`${s.baseUrl}/`));
    if (!spec) throw new TypeError(`a docs snippet fetched ${url}, outside the APIs`);
    if (spec.fake) return fake.fetch(url, init);
    const target = new URL(`${prism[spec.api]}${url.slice(spec.baseUrl.length)}`).href;
    toPrism.push(target);
    return fetch(target, init);
  };
}

/** Runs `run`, and returns the URL of every request Node's fetch (undici) sent meanwhile. */
async function requestsSentBy(run: () => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  const onCreate = (message: unknown) => {
    const { request } = message as { request: { origin: string; path: string } };
    sent.push(new URL(request.path, request.origin).href);
  };
  subscribe("undici:request:create", onCreate);
  try {
    await run();
  } finally {
    unsubscribe("undici:request:create", onCreate);
  }
  return sent;
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
    const toPrism: string[] = [];
    vi.stubEnv("VERSORI_API_KEY", fake.apiKey);
    vi.stubEnv("VERSORI_SIGNING_KEY", signingKey.privateKey);
    vi.stubEnv("VERSORI_SIGNING_KEY_ID", signingKey.id);
    useNetwork(network(fake, toPrism));
    // The snippet's own output, kept out of the report unless it fails.
    const output: string[] = [];
    for (const level of ["log", "info", "debug", "warn", "error", "dir"] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void output.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")));
    // Vitest runs this file in a child process (the forks pool, its default), where chdir is allowed.
    const home = process.cwd();
    process.chdir(cwd);
    let sent: string[];
    try {
      sent = await requestsSentBy(async () => void (await import(/* @vite-ignore */ path)));
    } catch (error) {
      throw new Error(`${where} threw: ${String(error)}\n-- what it printed --\n${output.join("\n")}`, { cause: error });
    } finally {
      writeFileSync(path.replace(/\.ts$/, ".out"), `${output.join("\n")}\n`); // to read what it printed
      process.chdir(home);
      useNetwork(undefined);
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    }
    expect(sent, `${where}: the requests sent are the ones its network sent to Prism`).toEqual(toPrism);
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
