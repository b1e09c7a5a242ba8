// Deploying files that are already in memory (the directory reader is deploy-directory.ts, Node
// only): one DeployProject call, which makes a version of the files and deploys it to the
// environment. The version is named after the time in UTC when no name is given, as the
// platform's CLI names it (`2026-03-11-16-42-10`).
import type { ProjectEnvironment, ProjectFile, ProjectVersion } from "../platform/types.js";
import { environmentOf, type PlatformUse } from "./platform.js";

export interface DeployFilesOptions {
  projectId: string;
  /** The environment's name (`production`, `staging`, ...). */
  environment: string;
  files: ProjectFile[];
  /** Default: the time in UTC as `YYYY-MM-DD-HH-mm-ss`. */
  versionName?: string | undefined;
  description?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface Deployment {
  projectId: string;
  versionName: string;
  /** The environment as the deploy answered it (its state is usually not final yet: see waitForEnvironment). */
  environment: ProjectEnvironment;
  /** The version the environment names as deployed in that answer, when it names one. */
  version: ProjectVersion | undefined;
}

/** The CLI's default version name: the UTC time, `2006-01-02-15-04-05` in Go's layout. */
export const defaultVersionName = (now: Date = new Date()): string => now.toISOString().slice(0, 19).replace(/[T:]/g, "-");

/** Deploys `files` to the environment as a new version. */
export async function deployFiles(platform: PlatformUse<"deployProject">, options: DeployFilesOptions): Promise<Deployment> {
  const versionName = options.versionName ?? defaultVersionName();
  const project = await platform.deployProject({
    projectId: options.projectId,
    query: { project_env: options.environment },
    body: {
      files: options.files,
      labels: {},
      versionName,
      ...(options.description === undefined ? {} : { versionDescription: options.description }),
    },
    signal: options.signal,
  });
  const environment = environmentOf(project, options.environment, "PUT", "/o/{organisation_id}/projects/{project_id}/deploy");
  return { projectId: options.projectId, versionName, environment, version: environment.deployedVersion };
}
