// One comparison of our contract with several published copies of it (the Platform API's docs
// site copy and its CLI's): each difference once, with the copies that have it as `sources`, so a
// difference in both copies is one line naming both.
import { highest } from "./report.mjs";

const key = (...parts) => JSON.stringify(parts);

/** @param {{ source: string, result: ReturnType<import("./compare.mjs").compareDocuments> }[]} compared */
export function mergeComparisons(compared) {
  const operations = new Map();
  const document = new Map();
  const add = (into, change, source) => {
    const found = into.get(key(change.level, change.where, change.what));
    if (found) found.sources.push(source);
    else into.set(key(change.level, change.where, change.what), { ...change, sources: [source] });
  };
  for (const { source, result } of compared) {
    for (const op of result.operations) {
      const k = key(op.status, op.id, op.method, op.path);
      if (!operations.has(k)) operations.set(k, { ...op, changes: new Map() });
      for (const change of op.changes) add(operations.get(k).changes, change, source);
    }
    for (const change of result.document) add(document, change, source);
  }
  return {
    operations: [...operations.values()].map((op) => ({ ...op, changes: [...op.changes.values()] })),
    document: [...document.values()],
    semver: highest(compared.map((c) => c.result.semver)),
  };
}
