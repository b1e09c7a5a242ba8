// Every relative link of the README and the guides reaches a file that exists, and every #anchor a
// heading of the file it names, so moving a section cannot leave a dead link behind.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect, test } from "vitest";
import { anchors, docs, prose, repo } from "../support/docs.js";

test.each(docs.map((d) => [d.file, d.text] as const))("%s: relative links and anchors resolve", (file, text) => {
  const dead: string[] = [];
  // Inline code may show link-like text; it is not a link.
  for (const [, target] of prose(text).replace(/`[^`\n]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][\w+.-]*:/i.test(target!)) continue; // https:, mailto:, ...
    const [path, anchor] = target!.split("#") as [string, string | undefined];
    const linked = path ? join(repo, dirname(file), path) : join(repo, file);
    if (!existsSync(linked)) dead.push(`${target}: no file ${relative(repo, linked)}`);
    else if (anchor !== undefined && !anchors(readFileSync(linked, "utf8")).has(anchor)) dead.push(`${target}: no heading #${anchor}`);
  }
  expect(dead).toEqual([]);
});

test("the anchors follow GitHub's rules", () => {
  expect([...anchors("# Signed tokens: `versori-client/jwt`\n## The answer of a call: `withResponse`\n## Usage\n## Usage\n")]).toEqual([
    "signed-tokens-versori-clientjwt",
    "the-answer-of-a-call-withresponse",
    "usage",
    "usage-1",
  ]);
});
