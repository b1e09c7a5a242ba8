// Only versori-client/jwt loads jose: nothing the main entry imports, directly or through other
// modules, is under src/jwt or names jose. (The builds keep the import graph as it is.)
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

describe("jose stays behind versori-client/jwt", () => {
  test("the main entry reaches no file of src/jwt and never names jose", () => {
    const { files, packages } = graph(resolve(repo, "src/index.ts"));
    expect(files).toContain("src/core/transport.ts"); // the walk does follow the imports
    expect(files.filter((f) => f.startsWith("src/jwt/"))).toEqual([]);
    expect(packages.filter((p) => p === "jose" || p.startsWith("jose/"))).toEqual([]);
  });

  test("the jwt entry reaches jose, and only through the dynamic import in load-jose.cjs", () => {
    const { files, packages } = graph(resolve(repo, "src/jwt/index.ts"));
    expect(files).toContain("src/jwt/load-jose.cjs");
    expect(packages).toEqual(["jose"]);
    const typescript = files.filter((f) => f.endsWith(".ts")).map((f) => readFileSync(resolve(repo, f), "utf8"));
    expect(typescript.filter((text) => /["']jose["']/.test(text))).toEqual([]);
    expect(readFileSync(resolve(repo, "src/jwt/load-jose.cjs"), "utf8")).toMatch(/\bimport\("jose"\)/);
  });
});
