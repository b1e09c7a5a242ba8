// Finds the operation of a request from its method and path, as OpenAPI matches paths: a
// concrete segment wins over a template (`/kv/batch` before `/kv/{key}`).
import type { ContractOperation, FakeContract } from "./contract.js";

export interface Route {
  op: ContractOperation;
  /** Path parameters by their name in the spec (`project_id`), decoded. */
  params: Record<string, string>;
}

interface Entry {
  op: ContractOperation;
  /** Literal segments as text, templates as their parameter name in braces. */
  segments: string[];
}

const isTemplate = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

export function router(contract: FakeContract): (method: string, path: string) => Route | "method" | undefined {
  const entries: Entry[] = contract.operations
    .map((op) => ({ op, segments: op.path.split("/").slice(1) }))
    // Most literal segments first, so that concrete paths are tried before templated ones.
    .sort((a, b) => b.segments.filter((s) => !isTemplate(s)).length - a.segments.filter((s) => !isTemplate(s)).length);
  // Only paths with as many segments can match.
  const byLength = new Map<number, Entry[]>();
  for (const entry of entries) byLength.set(entry.segments.length, [...(byLength.get(entry.segments.length) ?? []), entry]);
  return (method, path) => {
    const parts = path.split("/").slice(1);
    let pathMatched = false;
    for (const { op, segments } of byLength.get(parts.length) ?? []) {
      const params: Record<string, string> = {};
      const matches = segments.every((segment, i) => {
        if (!isTemplate(segment)) return segment === parts[i];
        if (parts[i] === "") return false;
        params[segment.slice(1, -1)] = decodeURIComponent(parts[i]!);
        return true;
      });
      if (!matches) continue;
      if (op.method === method) return { op, params };
      pathMatched = true;
    }
    // "method": the path is known but not with this method (405).
    return pathMatched ? "method" : undefined;
  };
}
