// The URL an end user's system calls to trigger a workflow's webhook for that end user, as the
// platform's docs give it: `https://<publicUrl>/<webhookName>/users/<externalId>`, on the public
// URL of the environment that runs the integration.
import type { ProjectEnvironment } from "../platform/types.js";
import { environmentOf, type PlatformUse } from "./platform.js";

export interface EndUserWebhookOptions {
  /** The workflow's name, whose trigger is the webhook. */
  webhook: string;
  /** The end user's external id. */
  externalId: string;
}

/** The URL from an environment you already have (its `publicUrl`). */
export function webhookUrlOf(environment: Pick<ProjectEnvironment, "publicUrl">, { webhook, externalId }: EndUserWebhookOptions): string {
  const base = /^https?:\/\//i.test(environment.publicUrl) ? environment.publicUrl : `https://${environment.publicUrl}`;
  return `${base.replace(/\/+$/, "")}/${encodeURIComponent(webhook)}/users/${encodeURIComponent(externalId)}`;
}

/** The URL for an end user of the environment named `environment` of the project (one GetProject). */
export async function endUserWebhookUrl(
  platform: PlatformUse<"getProject">,
  options: EndUserWebhookOptions & { projectId: string; environment: string; signal?: AbortSignal | undefined },
): Promise<string> {
  const project = await platform.getProject({ projectId: options.projectId, signal: options.signal });
  return webhookUrlOf(environmentOf(project, options.environment), options);
}
