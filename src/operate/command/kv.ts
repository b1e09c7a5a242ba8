// versori-client kv get|set|list|count: a workflow's KV data by scope, with keys relative to the
// scope and values as the workflow reads them (the runtime's JSON encoding undone).
import { kvScope } from "../kv-scope.js";
import type { KVScopeName } from "../kv-address.js";
import { command, platformFrom, printJson, required } from "./context.js";
import { EXIT, UsageError } from "./io.js";

export const KV_HELP = `Usage: versori-client kv <get|set|list|count> [key] [value] --scope <scope> [options]

Reads and writes the KV data workflows keep, at the store and key prefix the runtime derives
from the scope; keys are relative to the scope (parts separated by /).

  kv get <key>            the value (exit 1 when there is none)
  kv set <key> <value>    writes the value: JSON when it parses as JSON, a string otherwise
  kv list [--prefix <k>]  every entry of the scope (or under the prefix): key, tab, value
  kv count [--prefix <k>] how many entries

Scope options:
  --scope <scope>         organisation | workspace | project | user | execution (required)
  --project <id>          the project (every scope but organisation)
  --environment <name>    the environment (every scope but organisation)
  --external-id <id>      the end user (user scope)
  --execution-id <id>     the execution (execution scope)
  --activation-id <id>    one activation (project and execution scopes)
  --json                  JSON on stdout
  -h, --help              this help

Environment: VERSORI_API_KEY, VERSORI_ORGANISATION_ID (required), VERSORI_PLATFORM_URL.
Exit codes: 0 done, 1 failed (no such key or store, a refusal), 2 usage.
`;

// The names people type, as the platform's CLI accepts them.
const ALIASES: Record<string, KVScopeName> = {
  organisation: "organisation",
  organization: "organisation",
  org: "organisation",
  workspace: "workspace",
  ws: "workspace",
  project: "project",
  activation: "project",
  user: "user",
  execution: "execution",
  exec: "execution",
};

/** The flag that gives each part of a scope. */
const FLAGS: Record<string, string> = { projectId: "--project", environment: "--environment", externalId: "--external-id", executionId: "--execution-id" };

/** The CLI's `set` encoding: the text as JSON when it is JSON, otherwise the text itself. */
const valueOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export const kv = command({
  name: "kv",
  help: KV_HELP,
  flags: {
    scope: { type: "string" },
    project: { type: "string" },
    environment: { type: "string" },
    "external-id": { type: "string" },
    "execution-id": { type: "string" },
    "activation-id": { type: "string" },
    prefix: { type: "string" },
  },
  async run({ values, positionals }, io) {
    const [action, key, value, ...rest] = positionals;
    const arity: Record<string, number> = { get: 1, set: 2, list: 0, count: 0 };
    if (action === undefined || !(action in arity)) throw new UsageError(`kv needs one of get, set, list, count${action ? `, not "${action}"` : ""}`, "kv");
    if (rest.length || [key, value].filter((x) => x !== undefined).length !== arity[action]) {
      throw new UsageError(`kv ${action} takes ${["no key", "a key", "a key and a value"][arity[action]!]}`, "kv");
    }
    const scopeName = ALIASES[required(values.scope, "scope", "kv").toLowerCase()];
    if (!scopeName) throw new UsageError(`--scope must be organisation, workspace, project, user or execution, not "${values.scope}"`, "kv");
    const { client, organisationId } = platformFrom(io, "kv");
    let scope;
    try {
      scope = await kvScope(client, {
        scope: scopeName,
        organisationId,
        projectId: values.project,
        environment: values.environment,
        externalId: values["external-id"],
        executionId: values["execution-id"],
        activationId: values["activation-id"],
      });
    } catch (error) {
      // A part the scope needs is missing: the flag's name, as the user typed it.
      if (error instanceof TypeError) throw new UsageError(error.message.replace(/needs (\w+)$/, (_, field: string) => `needs ${FLAGS[field] ?? field}`), "kv");
      throw error;
    }
    const signal = io.signal;
    const prefix = values.prefix;

    switch (action) {
      case "get": {
        const found = await scope.get(key!, { signal });
        if (found === undefined) {
          io.stderr.write(`versori-client: no entry at ${key} in ${scope.store}\n`);
          return EXIT.failed;
        }
        if (values.json) printJson(io, found);
        else io.stdout.write(`${typeof found === "string" ? found : JSON.stringify(found, null, 2)}\n`);
        return EXIT.ok;
      }
      case "set": {
        const written = await scope.set(key!, valueOf(value!), { signal });
        if (values.json) printJson(io, written);
        else io.stdout.write(written.committed ? `set ${key}\n` : `not written: ${key} (a condition stopped it)\n`);
        return EXIT.ok;
      }
      case "list": {
        const entries = [];
        for await (const entry of scope.list({ prefix, signal })) {
          if (values.json) entries.push(entry);
          else io.stdout.write(`${entry.key.join("/")}\t${JSON.stringify(entry.value)}\n`);
        }
        if (values.json) printJson(io, entries);
        return EXIT.ok;
      }
      default: {
        const count = await scope.count({ prefix, signal });
        io.stdout.write(values.json ? `${JSON.stringify({ count })}\n` : `${count}\n`);
        return EXIT.ok;
      }
    }
  },
});
