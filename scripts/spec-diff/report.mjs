// Prints comparisons (one per spec) as plain text for a terminal or as Markdown for release
// notes, pull requests and issues. Both end with the line `semver: major|minor|patch`.

const ORDER = ["patch", "minor", "major"];
const SIGN = { added: "+", removed: "-", changed: "~" };
// The published copies that have a change, where several were compared (drift).
const sourcesOf = (c, [open, close]) => (c.sources ? `${open}${c.sources.join(", ")}${close}` : "");

/** The largest semver level of several comparisons. */
export const highest = (levels) => ORDER[Math.max(0, ...levels.map((l) => ORDER.indexOf(l)))];

/** @param {{ name?: string, from: string, to: string, result: ReturnType<import("./compare.mjs").compareDocuments> }[]} items */
export function text(items) {
  const lines = [];
  for (const { name, from, to, result } of items) {
    lines.push(`${name ? `${name}: ` : ""}${from} -> ${to}`);
    if (!result.operations.length && !result.document.length) lines.push("  no change");
    for (const op of result.operations) {
      lines.push(`${SIGN[op.status]} ${op.id}  ${op.method} ${op.path}`);
      for (const c of op.changes) lines.push(`    ${c.level.padEnd(8)}  ${c.where}: ${c.what}${sourcesOf(c, ["  [", "]"])}`);
    }
    if (result.document.length) lines.push("  (document)");
    for (const c of result.document) lines.push(`    ${c.level.padEnd(8)}  ${c.where}: ${c.what}${sourcesOf(c, ["  [", "]"])}`);
    if (items.length > 1) lines.push(`  ${name}: semver ${result.semver}`, "");
  }
  lines.push(`semver: ${highest(items.map((i) => i.result.semver))}`);
  return lines.join("\n");
}

export function markdown(items) {
  const lines = [];
  for (const { name, from, to, result } of items) {
    lines.push(`### ${name ?? to}: ${result.semver}`, "", `\`${from}\` → \`${to}\``, "");
    if (!result.operations.length && !result.document.length) lines.push("No change for client users.", "");
    for (const op of result.operations) {
      const head = `- **${op.id}** \`${op.method} ${op.path}\``;
      // An operation that came or went has that one change: it reads best on one line.
      const [first] = op.changes;
      if (op.status !== "changed") lines.push(`${head}: ${first.what} (${first.level})${sourcesOf(first, [" (", ")"])}`);
      else lines.push(head, ...op.changes.map((c) => `  - ${c.level}: ${c.where}: ${c.what}${sourcesOf(c, [" (", ")"])}`));
    }
    for (const c of result.document) lines.push(`- ${c.level}: ${c.where}: ${c.what}${sourcesOf(c, [" (", ")"])}`);
    lines.push("");
  }
  lines.push(`semver: ${highest(items.map((i) => i.result.semver))}`);
  return lines.join("\n");
}

export function json(items) {
  return JSON.stringify({ specs: items, semver: highest(items.map((i) => i.result.semver)) }, null, 2);
}
