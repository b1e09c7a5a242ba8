// Types of specs.mjs for the TypeScript tests that import it.
export interface SpecEntry {
  name: string;
  api: string;
  file: string;
  baseUrl: string;
  published: { source: string; url: string }[];
}
export const specs: SpecEntry[];
