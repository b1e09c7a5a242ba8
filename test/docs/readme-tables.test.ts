// The README's tables stay complete: every public option of the clients has a row (and every
// per-call option a mention), and every error class a caller can meet has a row. Read from the
// sources (the option types through the compiler, the error classes from the entries' exports),
// so a new option or error class fails here until the front page names it.
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as TS from "typescript";
import { expect, test } from "vitest";
import * as embed from "../../src/embed/index.js";
import * as root from "../../src/index.js";
import * as jwt from "../../src/jwt/index.js";
import * as operate from "../../src/operate/index.js";
import { docs, repo } from "../support/docs.js";

const ts = createRequire(import.meta.url)("typescript") as typeof TS;
const readme = docs.find((d) => d.file === "README.md")!.text;
/** The README's section under `## heading`, up to the next `## `. */
const section = (heading: string) => readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? "";
/** The first-column names of a section's table rows. */
const rows = (text: string) => [...text.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);

/** The property names of exported types of src/index.ts, as the compiler sees them (one program for all). */
function properties(...typeNames: string[]): string[][] {
  const entry = join(repo, "src/index.ts");
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  return typeNames.map((typeName) => {
    const symbol = exports.find((s) => s.name === typeName)!;
    return checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol)).getProperties().map((p) => p.name);
  });
}

test("every client option has a row in the README's Client options table, every per-call option a mention", () => {
  const [client, call] = properties("ConnectClientOptions", "CallOptions");
  expect(client).toContain("organisationId");
  expect(rows(section("Client options")).sort()).toEqual(client!.sort());
  const perCall = section("Client options").split("### Per-call options")[1] ?? "";
  expect(call).toContain("idempotent");
  for (const name of call!) expect(perCall, name).toContain(`\`${name}\``);
}, 60_000);

test("every error class of every entry has a row in the README's Errors table", () => {
  const classes = Object.entries({ ...root, ...embed, ...jwt, ...operate })
    .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
    .map(([name]) => name);
  expect(classes).toContain("VersoriOAuthError");
  const table = rows(section("Errors")).map((name) => name.split(" ")[0]);
  // VersoriError is the family's base, named in the text above the table.
  for (const name of classes.filter((n) => n !== "VersoriError")) expect(table, name).toContain(name);
  expect(section("Errors")).toContain("`VersoriError`");
});

test("the README and the errors guide say which error classes extend VersoriError, and which stand apart", () => {
  const classes = Object.entries({ ...root, ...embed, ...jwt, ...operate } as Record<string, unknown>).filter(
    (entry): entry is [string, Function] => entry[0] !== "VersoriError" && typeof entry[1] === "function" && entry[1].prototype instanceof Error,
  );
  const apart = classes.filter(([, value]) => !(value.prototype instanceof root.VersoriError)).map(([name]) => name);
  expect(apart).toContain("VersoriJwtError");
  const guide = docs.find((d) => d.file === "guides/errors-and-retries.md")!.text;
  for (const [file, text] of [["README.md", section("Errors")], ["guides/errors-and-retries.md", guide]] as const) {
    // The sentence that says what extends VersoriError names every class that does not.
    const sentence = text.replace(/\n/g, " ").match(/[^.]*extends? `VersoriError`[^.]*\./)?.[0] ?? "";
    expect(sentence, file).not.toBe("");
    for (const name of apart) expect(sentence, `${file} names ${name} as not a VersoriError`).toContain(`\`${name}\``);
  }
});
