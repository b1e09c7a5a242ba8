// Every TypeScript snippet of the README compiles against the real client, so the docs
// cannot drift from the API. Each snippet is its own module, importing "versori-client".
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const snippets = [...readFileSync(join(repo, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

test("the README has TypeScript snippets for usage and every group", () => {
  expect(snippets.length).toBeGreaterThanOrEqual(10);
});

// Both ways callers compile: exactOptionalPropertyTypes on (`token: process.env.X` must pass) and off.
test.each([false, true])("every README snippet type-checks (exactOptionalPropertyTypes: %s)", (exact) => {
  const dir = join(repo, `.cache/readme-snippets${exact ? "-exact" : ""}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  snippets.forEach((code, i) => writeFileSync(join(dir, `snippet-${i + 1}.ts`), `${code}\nexport {};\n`));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        exactOptionalPropertyTypes: exact,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
        typeRoots: [join(repo, "node_modules/@types")],
        paths: {
          "versori-client": [join(repo, "src/index.ts")],
          "versori-client/embed": [join(repo, "src/embed/index.ts")],
          "versori-client/jwt": [join(repo, "src/jwt/index.ts")],
          "versori-client/platform": [join(repo, "src/platform/index.ts")],
          "versori-client/testing": [join(repo, "src/testing/index.ts")],
        },
      },
      include: ["*.ts"],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout);
  }
  expect(output).toBe("");
}, 120_000);
