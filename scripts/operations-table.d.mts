// Types of operations-table.mjs, for the tests that import it.
import type { specs } from "./specs.mjs";

export declare const OPERATIONS_FILE: "guides/operations.md";
export declare const PLUMBING: "x-versori-plumbing";
export declare const PLUMBING_MARK: string;
export declare function renderOperations(text: string, list: typeof specs): string;
