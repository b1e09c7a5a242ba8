// Types of readme-table.mjs, for the tests that import it.
import type { specs } from "./specs.mjs";

export declare const PLUMBING: "x-versori-plumbing";
export declare const PLUMBING_MARK: string;
export declare function renderReadme(readme: string, list: typeof specs): string;
