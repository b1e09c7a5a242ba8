// Where a workflow's KV data lives. Integration code written with `@versori/run` never names a
// store or a full key: the runtime derives both from the scope it asks for, as the platform's CLI
// also does (its `kv` commands): the store `ORG_<organisation>` for the organisation scope,
// `PROJECT_<project>` for workspace, project and user scopes, `EXECUTION_<project>` for the
// execution scope; every key starts with the scope's prefix:
//   organisation  [org]
//   workspace     [org, project, environment]
//   project       [org, project, environment(, activation)]
//   user          [org, project, environment, sha256hex(externalId)]
//   execution     [org, project, environment, execution(, activation)]
// The external id is hashed from its UTF-8 bytes, with WebCrypto (Node 20+ and browsers alike).

export type KVScopeName = "organisation" | "workspace" | "project" | "user" | "execution";

export interface KVScopeOptions {
  scope: KVScopeName;
  organisationId: string;
  /** Every scope but `organisation`. */
  projectId?: string | undefined;
  /** The environment's name (`production`); every scope but `organisation`. */
  environment?: string | undefined;
  /** `user`: the end user's external id (sent hashed, never as it is). */
  externalId?: string | undefined;
  /** `execution`: the execution's id. */
  executionId?: string | undefined;
  /** `project` and `execution`: narrows the scope to one activation. */
  activationId?: string | undefined;
}

export interface KVAddress {
  /** The store's name (`PROJECT_01JR...`); its id is looked up by this name. */
  store: string;
  /** The parts every key of the scope starts with. */
  prefix: string[];
}

export const SCOPES: readonly KVScopeName[] = ["organisation", "workspace", "project", "user", "execution"];

/** The lowercase hex SHA-256 of the text's UTF-8 bytes: how the runtime names an end user in keys. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A part the scope needs; an empty one would widen every prefix match, so it is refused too. */
function need(options: KVScopeOptions, field: keyof KVScopeOptions): string {
  const value = options[field];
  if (typeof value !== "string" || value === "") throw new TypeError(`the ${options.scope} scope needs ${field}`);
  return value;
}

/** The store and key prefix of a scope, exactly as the runtime derives them. */
export async function kvAddress(options: KVScopeOptions): Promise<KVAddress> {
  if (!SCOPES.includes(options.scope)) throw new TypeError(`scope must be one of ${SCOPES.join(", ")}`);
  const org = need(options, "organisationId");
  if (options.scope === "organisation") return { store: `ORG_${org}`, prefix: [org] };
  const project = need(options, "projectId");
  const base = [org, project, need(options, "environment")];
  const activation = options.activationId ? [options.activationId] : [];
  switch (options.scope) {
    case "workspace":
      return { store: `PROJECT_${project}`, prefix: base };
    case "project":
      return { store: `PROJECT_${project}`, prefix: [...base, ...activation] };
    case "user":
      return { store: `PROJECT_${project}`, prefix: [...base, await sha256Hex(need(options, "externalId"))] };
    case "execution":
      return { store: `EXECUTION_${project}`, prefix: [...base, need(options, "executionId"), ...activation] };
  }
}
