// The part of a Platform client each operating function uses, typed from the contract: any client
// from createPlatformClient bound to an organisation fits (and so does a test double of just these).
import type { PlatformClient, PlatformPaginators } from "../platform/client.js";
import type { Project, ProjectEnvironment } from "../platform/types.js";
import { about, VersoriOperateError } from "./operate-error.js";

/** The client methods `M` and the paged lists `P` of a Platform client bound to an organisation. */
export type PlatformUse<M extends keyof PlatformClient<true>, P extends keyof PlatformPaginators<true> = never> = Pick<PlatformClient<true>, M> &
  ([P] extends [never] ? {} : { readonly paginate: Pick<PlatformPaginators<true>, P> });

/** The environment named `name` of `project`, or a VersoriOperateError saying which names it has. */
export function environmentOf(project: Project, name: string, method = "GET", path = "/o/{organisation_id}/projects/{project_id}"): ProjectEnvironment {
  const found = project.environments.find((environment) => environment.name === name);
  if (found) return found;
  const names = project.environments.map((environment) => environment.name).join(", ") || "none";
  throw new VersoriOperateError("environment_not_found", `project ${project.id} has no environment "${name}" (it has: ${names})`, about(method, path), { environment: name });
}
