// Types of specs.mjs for the TypeScript tests that import it.
export interface SpecEntry {
  name: string;
  api: string;
  file: string;
  baseUrl: string;
  published: { source: string; url: string }[];
  /** Served by the fake platform (generated/<name>.contract.ts). */
  fake?: boolean;
}
export const specs: SpecEntry[];
