// What an end user can activate: every environment of every project of the organisation (or the
// ones asked for), each with the user's activation there and the connections it needs. ListProjects
// answers every project with its environments in one response; then each chosen environment costs
// two requests whatever the number of projects: ListUserActivations (this user's activations there)
// and ListProjectConnectionTemplates. Nothing is asked per project, and no environment is asked twice.
import type { components } from "../../generated/platform-v2.js";
import { ListProjectConnectionTemplates, ListProjects, ListUserActivations } from "../../generated/platform-v2.operations.js";
import { call } from "../core/api.js";
import type { SessionCore } from "./platform-core.js";

type Schemas = components["schemas"];

/** One environment of one project, as the session's end user sees it. */
export interface EndUserIntegration {
  /** The project (id, name, dates), without its list of environments. */
  project: Omit<Schemas["ProjectSummary"], "environments">;
  /** The environment an activation would be for (`production`, `staging`, ...). */
  environment: Schemas["ProjectEnvironment"];
  /** Whether the end user is activated in this environment. */
  activated: boolean;
  /** The end user's activation here, when activated. */
  activation: Schemas["Activation"] | undefined;
  /**
   * The connections the environment's code uses, one template each: an activation gives each a
   * connection (`dynamic` ones the end user's own; `authSchemeConfigs` say how they authenticate).
   */
  connectionTemplates: Schemas["ConnectionTemplate"][];
}

export interface IntegrationsOptions {
  /** Only this environment (the session's `environmentId` when left out). */
  environmentId?: string | undefined;
  /** Only the environments with this name in each project, such as `production`. */
  environmentName?: string | undefined;
  /** Aborts every request of the listing. */
  signal?: AbortSignal | undefined;
}

/** How many environments are read at once: enough to be quick, few enough not to flood the API. */
export const ENVIRONMENTS_AT_ONCE = 6;

/** `work` over every item, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await work(items[i]!);
      } catch (error) {
        next = items.length; // the listing has failed: start nothing more
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function listIntegrations(core: SessionCore, externalId: string, options: IntegrationsOptions): Promise<EndUserIntegration[]> {
  const { environmentId, environmentName, signal } = options;
  const { projects } = await call(core, ListProjects, { signal });
  const chosen = projects.flatMap(({ environments, ...project }) =>
    (environments ?? [])
      .filter((env) => (environmentId === undefined || env.id === environmentId) && (environmentName === undefined || env.name === environmentName))
      .map((environment) => ({ project, environment })),
  );
  return mapLimited(chosen, ENVIRONMENTS_AT_ONCE, async ({ project, environment }) => {
    const [activations, templates] = await Promise.all([
      call(core, ListUserActivations, { environmentId: environment.id, externalUserId: externalId, signal }),
      call(core, ListProjectConnectionTemplates, { projectId: project.id, query: { env_id: environment.id }, signal }),
    ]);
    const activation = activations[0];
    return { project, environment, activated: activation !== undefined, activation, connectionTemplates: templates.items ?? [] };
  });
}
