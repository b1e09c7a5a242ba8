// Node only: a directory deployed as the platform's CLI deploys it (see collect-files.ts for what
// is sent), or, with `dryRun`, the list of what would be sent and nothing sent.
import { collectFiles, type CollectedFiles } from "./collect-files.js";
import { defaultVersionName, deployFiles, type Deployment } from "./deploy.js";
import type { PlatformUse } from "./platform.js";

export interface DeployDirectoryOptions {
  projectId: string;
  environment: string;
  /** The project's directory. */
  dir: string;
  /** Default: the time in UTC as `YYYY-MM-DD-HH-mm-ss`. */
  versionName?: string | undefined;
  description?: string | undefined;
  /** Collect and check the files, send nothing. */
  dryRun?: boolean | undefined;
  /** More rules in `.gitignore` syntax, applied after the root's `.gitignore`. */
  ignore?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
}

/** What was (or, in a dry run, would be) sent. */
export type DeployDirectoryResult = CollectedFiles & { versionName: string } & (
    | ({ dryRun: false } & Deployment)
    | { dryRun: true }
  );

/** Deploys the files of `dir` to the environment, or with `dryRun` only lists them. */
export async function deployDirectory(platform: PlatformUse<"deployProject">, options: DeployDirectoryOptions): Promise<DeployDirectoryResult> {
  const collected = await collectFiles(options.dir, { ignore: options.ignore, signal: options.signal });
  const versionName = options.versionName ?? defaultVersionName();
  if (options.dryRun) return { ...collected, versionName, dryRun: true };
  const deployment = await deployFiles(platform, { ...options, files: collected.files, versionName });
  return { ...collected, ...deployment, dryRun: false };
}
