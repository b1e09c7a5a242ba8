// Every TypeScript snippet of the README and the guides compiles against the real client, so the
// docs cannot drift from the API. Each snippet is its own module, importing "versori-client".
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "vitest";
import { docs, entrySources, importSources, repo, tsSnippets } from "../support/docs.js";

// Named after their file (readme-3.ts, guides-testing-2.ts), so tsc's errors say where to look.
const snippets = docs.flatMap(({ file, text }) =>
  tsSnippets(text).map((code, i) => ({ name: `${file.replace(/\.md$/, "").replace(/\W+/g, "-").toLowerCase()}-${i + 1}.ts`, code })),
);

test("the README shows each API and entry in a snippet, and the guides show the depth", () => {
  const readme = tsSnippets(docs.find((d) => d.file === "README.md")!.text).join("\n");
  for (const factory of ["createPlatformClient", "createConnectClient", "createEmbeddedClient", "createOrganisationsClient"]) {
    expect(readme, factory).toContain(factory);
  }
  for (const entry of ["versori-client/platform", "versori-client/jwt", "versori-client/embed", "versori-client/testing", "versori-client/operate"]) {
    expect(readme, entry).toContain(`"${entry}"`);
  }
  expect(snippets.length).toBeGreaterThanOrEqual(30);
});

// Both ways callers compile: exactOptionalPropertyTypes on (`token: process.env.X` must pass) and off.
test.each([false, true])("every snippet of the README and the guides type-checks (exactOptionalPropertyTypes: %s)", (exact) => {
  const dir = join(repo, `.cache/doc-snippets${exact ? "-exact" : ""}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { name, code } of snippets) writeFileSync(join(dir, name), `${code}\nexport {};\n`);
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
        paths: Object.fromEntries(Object.entries({ ...entrySources, ...importSources }).map(([entry, source]) => [entry, [source]])),
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
}, 180_000);
