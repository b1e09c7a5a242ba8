// FakePlatform.seed: items put straight into a collection, completed as its create completes them
// (what the schema requires from the contract's example, the parent ids, an id, timestamps, and a
// resource's own defaults such as a project's environments), so reads, lists and deploys find
// them whole. What an item gives wins.
import { build } from "./generic.js";
import type { Json } from "./schema.js";
import type { ApiModel, Context, Resource } from "./types.js";

/** The collection template a concrete path is an instance of (`/o/<org>/users` -> `/o/{organisation_id}/users`), with its parameters. */
function templateOf(api: ApiModel, path: string): [string, Record<string, string>] | undefined {
  for (const template of api.collections) {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), "([^/]+)"));
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (match) return [template, Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]))];
  }
  return undefined;
}

/** A seed path no call would read from is a mistake in the test: say so at once rather than with 404s later. */
export function checkSeedPath(collection: string, organisationId: string): void {
  if (!collection.startsWith("/")) {
    throw new TypeError(`seed: ${collection} is not a path below the API's base path: it starts with "/" (\`/o/${organisationId}/users\`)`);
  }
  const named = /^\/(?:o|organisations)\/([^/]+)/.exec(collection)?.[1];
  if (named !== undefined && named !== organisationId) {
    throw new TypeError(`seed: ${collection} names organisation ${named}, not the fake's (${organisationId}); calls for another organisation are 403`);
  }
}

export function seedItem(api: ApiModel, resources: readonly Resource[], ctx: Context, collection: string, item: Json): Json {
  const found = templateOf(api, collection);
  // A collection the contract cannot create in (log lines, say) takes the item as it is.
  if (!found) return { id: ctx.newId(), ...item };
  const [template, params] = found;
  const built = build({ api, params, body: {} }, ctx, template);
  const defaults = resources.filter((r) => r.api === api.name).map((r) => r.defaults?.[template]?.({ ...built, ...item }, ctx) ?? {});
  return Object.assign(built, ...defaults, item);
}
