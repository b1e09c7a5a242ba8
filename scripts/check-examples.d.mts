// Types of check-examples.mjs for the TypeScript tests that import it.
import type { ErrorObject } from "ajv";
export function closedValidator(doc: unknown): (schema: unknown, value: unknown) => ErrorObject[];
export function checkSpec(file: string): { failures: number; total: number };
export function checkExamples(files?: string[]): number;
