// Every cursor-paged list of every API, walked with `for await` against the Prism mock of its
// contract (what `startMock({ api })` runs): the mock answers each page with the contract's
// example, so the example must be a last page, or the README's loops could not be tested against
// the package's own mock (the same cursor twice is a VersoriPaginationError). ListIssues is the
// exception: its cursor is the last issue's id and only an empty page ends it, so a mock that
// always answers the example's issue stops on the second page, as the Platform API guide says.
import { describe, expect, inject, test } from "vitest";
import { specs } from "../../scripts/specs.mjs";
import { VersoriPaginationError } from "../../src/index.js";
import { apis } from "./apis.js";
import { exampleArgs, loadSpec } from "./spec.js";

type Pager = (args: Record<string, unknown>) => AsyncIterable<unknown> & { pages(): AsyncIterable<unknown> };
// The page arguments from the plain method's: the iterator owns the cursors.
const CURSORS = new Set(["after", "before", "first", "next_token"]);

describe.each(specs.map((entry) => [entry.api, entry] as const))("%s: every paged list ends against the mock", (api, entry) => {
  const s = loadSpec(entry.file);
  const target = apis[api]!;
  const client = target.create({ baseUrl: inject("prismUrls")[api]!, token: "demo-api-key", maxRetries: 0 }) as { paginate: Record<string, Pager> };
  const paged = s.specOperations.filter((o) => typeof client.paginate[o.name] === "function" && o.operationId !== "ListIssues");

  test("every paged list of the generated table is walked here (none in the Organisations API)", () => {
    const inTable = Object.values(target.table).filter((op) => "page" in (op as object)).length;
    expect(paged.length + (api === "platform" ? 1 : 0)).toBe(inTable);
  });

  test.each(paged.map((o) => [o.operationId, o] as const))("%s: for await walks one page and ends", async (_, o) => {
    const args = exampleArgs(s, o);
    if (args.query) args.query = Object.fromEntries(Object.entries(args.query as object).filter(([k]) => !CURSORS.has(k)));
    const items: unknown[] = [];
    for await (const item of client.paginate[o.name]!(args)) items.push(item);
    expect(items.length).toBeGreaterThan(0);
    let pages = 0;
    for await (const page of client.paginate[o.name]!(args).pages()) pages += page ? 1 : 0;
    expect(pages).toBe(1);
  });

  if (api === "platform") {
    test("ListIssues: the example's last issue comes back as the next page, so the walk stops with a VersoriPaginationError", async () => {
      const seen: unknown[] = [];
      const walk = (async () => {
        const args = exampleArgs(s, s.specOperations.find((o) => o.operationId === "ListIssues")!);
        for await (const issue of client.paginate.listIssues!(args)) seen.push(issue);
      })();
      await expect(walk).rejects.toBeInstanceOf(VersoriPaginationError);
      expect(seen).toHaveLength(2);
    });
  }
});
