// npm run generate:check: fails, naming each stale file, when generated/ differs from what
// the specs produce now. CI runs it so the committed types never drift from the contract.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { OPERATIONS_FILE, renderOperations } from "./operations-table.mjs";
import { render } from "./render.mjs";
import { specs } from "./specs.mjs";

const problems = [];
const expected = new Set();
for (const spec of specs) {
  for (const [name, text] of await render(spec)) {
    expected.add(name);
    const file = `generated/${name}`;
    if (!existsSync(file)) problems.push(`${file} is missing`);
    else if (readFileSync(file, "utf8") !== text) problems.push(`${file} is stale (it differs from ${spec.file})`);
  }
}
for (const name of existsSync("generated") ? readdirSync("generated") : []) {
  if (!expected.has(name)) problems.push(`generated/${name} is not produced by any spec`);
}
if (existsSync(OPERATIONS_FILE)) {
  const table = readFileSync(OPERATIONS_FILE, "utf8");
  if (renderOperations(table, specs) !== table) problems.push(`${OPERATIONS_FILE}'s table of operations is stale`);
}
if (problems.length) {
  for (const p of problems) console.error(`generate:check: ${p}`);
  console.error("Run `npm run generate` and commit the result.");
  process.exit(1);
}
console.log(`generate:check: generated/ matches ${specs.map((s) => s.file).join(", ")}`);
