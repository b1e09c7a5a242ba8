// Promotion: SyncEnvironments makes the target environment run what the source runs. The answer
// names the version the source runs, which is what `waitForEnvironment({ version })` should see
// the target run.
import type { ProjectEnvironment, ProjectVersion } from "../platform/types.js";
import { environmentOf, type PlatformUse } from "./platform.js";

export interface PromoteOptions {
  projectId: string;
  /** The environment whose deployment is copied (`staging`). */
  from: string;
  /** The environment it is copied to (`production`). */
  to: string;
  signal?: AbortSignal | undefined;
}

export interface Promotion {
  /** The target environment, as the platform answered it. */
  environment: ProjectEnvironment;
  /** The version the source runs, when the answer names one: pass its name to waitForEnvironment. */
  version: ProjectVersion | undefined;
}

export async function promote(platform: PlatformUse<"syncEnvironments">, options: PromoteOptions): Promise<Promotion> {
  const project = await platform.syncEnvironments({
    projectId: options.projectId,
    body: { sourceEnvName: options.from, targetEnvName: options.to },
    signal: options.signal,
  });
  const path = "/o/{organisation_id}/projects/{project_id}/environments/sync";
  const source = environmentOf(project, options.from, "POST", path);
  return { environment: environmentOf(project, options.to, "POST", path), version: source.deployedVersion };
}
