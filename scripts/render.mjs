// Renders the files of generated/ for one spec, in memory: the openapi-typescript types and
// the operation table the client is built from, and for the APIs the fake platform serves, its
// contract (scripts/render-contract.mjs). generate.mjs writes them, check-generated.mjs
// compares them with what is committed.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { renderContract } from "./render-contract.mjs";
import { renderOperations } from "./render-operations.mjs";

const header = (spec) =>
  `// Generated from ${spec.file} by \`npm run generate\`. Do not edit by hand:\n` +
  `// change the spec and regenerate.\n`;

/** @returns {Promise<Map<string, string>>} file name under generated/ -> contents */
export async function render(spec) {
  // defaultNonNullable off: a property with a `default` is one the platform fills in when it is
  // left out, so it stays optional unless the schema's `required` lists it (openapi-typescript 7
  // would otherwise require it in request bodies too: cloneEnvironment's cloneSystems, say).
  const ast = await openapiTS(pathToFileURL(spec.file), { silent: true, defaultNonNullable: false });
  const document = parse(readFileSync(spec.file, "utf8"));
  return new Map([
    [`${spec.name}.ts`, header(spec) + "\n" + astToString(ast)],
    [`${spec.name}.operations.ts`, header(spec) + renderOperations(document, spec.name)],
    // The fake platform's view of the APIs it serves.
    ...(spec.fake ? [[`${spec.name}.contract.ts`, header(spec) + renderContract(document, spec)]] : []),
  ]);
}
