// Every value an entry of the package exports is named in the README or a guide, so a newcomer can
// find what it is: a function, a class, a constant. Read from package.json's `exports` and the
// entries' sources; the operation descriptors (`GetProject`, ...) are the table of operations'
// rows, named there by their method, and are left out.
import { expect, test } from "vitest";
import { docs, entrySources } from "../support/docs.js";

const isDescriptor = (value: unknown) => typeof value === "object" && value !== null && "operationId" in value && "path" in value;
/** Every word of the docs, code included. */
const named = new Set(docs.flatMap(({ text }) => [...text.matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0])));

test.each(Object.entries(entrySources))("every export of %s is named in the README or a guide", async (_entry, source) => {
  const module = (await import(source)) as Record<string, unknown>;
  const unnamed = Object.entries(module)
    .filter(([, value]) => !isDescriptor(value))
    .map(([name]) => name)
    .filter((name) => !named.has(name));
  expect(unnamed).toEqual([]);
});
