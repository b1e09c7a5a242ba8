// The documentation the docs tests read: the README (the front page) and every guide under guides/.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const repo = resolve(import.meta.dirname, "../..");

/** Each Markdown file of the docs, relative to the repo, with its text. */
export const docs: { file: string; text: string }[] = [
  "README.md",
  ...readdirSync(join(repo, "guides"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `guides/${name}`),
].map((file) => ({ file, text: readFileSync(join(repo, file), "utf8") }));

/**
 * The ```ts fences of one file, with what follows `ts` on the fence line: empty for a snippet the
 * docs tests run, `compile-only: <why>` for one they only compile (see test/docs/snippets-run.test.ts).
 */
export const tsFences = (text: string) =>
  [...text.matchAll(/^```ts(?:[ \t]+([^\n]*))?\n([\s\S]*?)^```/gm)].map((m) => ({
    info: (m[1] ?? "").trim(),
    code: m[2]!,
    line: text.slice(0, m.index).split("\n").length,
  }));

/** The code of every ```ts fence of one file. */
export const tsSnippets = (text: string) => tsFences(text).map((fence) => fence.code);

const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
  exports: Record<string, { import?: { types: string } }>;
  imports: Record<string, { node: string }>;
};
/** The source file a path of the built package (`./dist/esm/src/jwt/index.d.ts`) is built from (`src/jwt/index.ts`). */
const sourceOf = (built: string) => join(repo, built.replace(/^\.\/dist\/esm\//, "").replace(/(\.d)?\.[jt]s$/, ".ts"));

/**
 * Each entry of the package (`versori-client`, `versori-client/jwt`, ...) and the source file it is
 * built from, read from package.json's `exports`; and its internal imports (`#process-env`, Node's
 * variant, as tsconfig.json maps it), read from `imports`.
 */
export const entrySources: Record<string, string> = Object.fromEntries(
  Object.entries(pkg.exports).flatMap(([entry, conditions]) => (conditions.import ? [[`versori-client${entry.slice(1)}`, sourceOf(conditions.import.types)]] : [])),
);
export const importSources: Record<string, string> = Object.fromEntries(Object.entries(pkg.imports).map(([name, conditions]) => [name, sourceOf(conditions.node)]));

/** The text outside fenced code blocks, where links and headings count. */
export const prose = (text: string) => text.replace(/^```[\s\S]*?^```/gm, "");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = heading!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}
