// Types of fake-examples.mjs for the TypeScript tests that import it.
import type { OperationCoverage } from "../src/testing/fake/coverage.js";

export const GUIDE: string;
export const START: string;
export const END: string;
export function renderSection(coverage: readonly OperationCoverage[]): string;
export function withSection(text: string, section: string): string;
