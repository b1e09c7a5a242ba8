// Types of specs.mjs for the TypeScript tests that import it.
export interface SpecEntry {
  name: string;
  api: string;
  file: string;
  baseUrl: string;
  published: string | null;
}
export const specs: SpecEntry[];
