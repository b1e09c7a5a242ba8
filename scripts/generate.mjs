// npm run generate: lint every spec, then write generated/ from it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { lintSpecs } from "./lint-spec.mjs";
import { OPERATIONS_FILE, renderOperations } from "./operations-table.mjs";
import { render } from "./render.mjs";
import { specs } from "./specs.mjs";

if (!process.argv.includes("--no-lint") && lintSpecs() !== 0) {
  console.error("generate: the spec does not lint; fix it first (or pass --no-lint while drafting).");
  process.exit(1);
}
mkdirSync("generated", { recursive: true });
const written = new Set();
for (const spec of specs) {
  for (const [name, text] of await render(spec)) {
    writeFileSync(`generated/${name}`, text);
    written.add(name);
    console.log(`generated/${name}`);
  }
}
// Files of a spec that left the list would otherwise linger.
for (const name of readdirSync("generated")) if (!written.has(name)) rmSync(`generated/${name}`);

if (existsSync(OPERATIONS_FILE)) {
  const before = readFileSync(OPERATIONS_FILE, "utf8");
  const after = renderOperations(before, specs);
  if (after !== before) writeFileSync(OPERATIONS_FILE, after), console.log(`${OPERATIONS_FILE} (table of operations)`);
}
