// versori-client/jwt stays apart and self-contained: nothing the main entry imports, directly or
// through other modules, is under src/jwt, and the jwt entry names no package at all (RS256 runs
// on WebCrypto), so no ES-module-only dependency can break require() of it (in Jest, for one).
// (The builds keep the import graph as it is.)
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

/** Every source file reachable from `entry` by relative imports, and every package it names. */
function graph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      if (!spec!.startsWith(".")) {
        packages.add(spec!);
        continue;
      }
      const target = resolve(dirname(file), spec!);
      const source = [target.replace(/\.js$/, ".ts"), target].find(existsSync);
      if (!source) throw new Error(`${relative(repo, file)}: cannot find ${spec}`);
      visit(source);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(repo, f)), packages: [...packages] };
}

describe("versori-client/jwt is a leaf", () => {
  test("the main entry reaches no file of src/jwt", () => {
    const { files } = graph(resolve(repo, "src/index.ts"));
    expect(files).toContain("src/core/transport.ts"); // the walk does follow the imports
    expect(files.filter((f) => f.startsWith("src/jwt/"))).toEqual([]);
  });

  test("the jwt entry imports only its own files: no package, no dynamic import", () => {
    const { files, packages } = graph(resolve(repo, "src/jwt/index.ts"));
    expect(files).toContain("src/jwt/verify.ts"); // the walk does follow the imports
    expect(files.every((f) => f.startsWith("src/jwt/") && f.endsWith(".ts"))).toBe(true);
    expect(packages).toEqual([]);
    expect(files.filter((f) => /\bimport\s*\(/.test(readFileSync(resolve(repo, f), "utf8")))).toEqual([]);
  });

  test("the package has no runtime dependency for it", () => {
    const manifest = JSON.parse(readFileSync(resolve(repo, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const used = new Set(ENTRIES.flatMap((entry) => graph(resolve(repo, entry)).packages).map(packageName));
    expect(Object.keys(manifest.dependencies).filter((name) => !used.has(name))).toEqual([]);
  });
});

// Every entry a user can import (package.json "exports" and "bin"), and the runtime dependencies it
// may reach: each dependency is loaded only by the entry that needs it.
const ENTRIES = ["src/index.ts", "src/platform/index.ts", "src/embed/index.ts", "src/embed/callback.ts", "src/jwt/index.ts", "src/oauth-loopback/index.ts", "src/operate/index.ts", "src/operate/bin.ts", "src/testing/index.ts", "src/testing/fake.ts"];
const MAY_REACH: Record<string, string[]> = {
  "src/index.ts": ["openapi-fetch"],
  "src/platform/index.ts": ["openapi-fetch"], // its types only: the transport takes openapi-fetch's Middleware
  "src/embed/index.ts": ["openapi-fetch"], // likewise, through the transport
  "src/embed/callback.ts": [],
  "src/jwt/index.ts": [],
  "src/oauth-loopback/index.ts": [],
  "src/operate/index.ts": ["ignore", "openapi-fetch"],
  "src/operate/bin.ts": ["ignore", "openapi-fetch"],
  "src/testing/index.ts": ["ajv", "ajv-formats"],
  "src/testing/fake.ts": ["ajv", "ajv-formats"],
};
const packageName = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

describe("runtime dependencies stay with the entry that needs them", () => {
  test.each(ENTRIES)("%s", (entry) => {
    const manifest = JSON.parse(readFileSync(resolve(repo, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const reached = graph(resolve(repo, entry)).packages.map(packageName).filter((name) => name in manifest.dependencies);
    expect([...new Set(reached)].sort()).toEqual([...MAY_REACH[entry]!].sort());
  });
});
