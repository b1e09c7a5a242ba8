// Types of render-operations.mjs for the TypeScript tests that import it.
export interface DescribedOperation {
  operationId: string;
  method: string;
  path: string[];
  multipart?: true;
  empty?: true;
  page?: string;
  cursor?: [string, string];
  joined?: string[];
  reserved?: Record<string, string[]>;
  secret?: true;
}
export const METHODS: string[];
export function resolver(document: object): (node: unknown) => any;
export function describeOperation(document: object, operation: { path: string; method: string; op: any; params: any[] }, resolve?: (node: unknown) => any): DescribedOperation;
export function describeOperations(document: object): DescribedOperation[];
export function renderOperations(document: object, name: string): string;
