// Types of prism.mjs for the TypeScript tests that import it.
export interface RunningPrism {
  url: string;
  port: number;
  /** The process id of Prism. */
  pid: number;
  log: string;
  stop(): Promise<void>;
}
export function startPrism(options?: { spec?: string; log?: string; timeoutMs?: number }): Promise<RunningPrism>;
