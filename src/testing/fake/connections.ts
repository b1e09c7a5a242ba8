// Connections and connection templates. A template belongs to a project and, when it names one,
// to one environment; a connection has its template's system (ListConnections' `system_id`), and
// one made for an end user (`externalId`) is theirs, which ListConnections' `end_user_id` finds by
// the user's id or external id. Both keep these links beside what the contract answers.
// LinkConnectionToEnvironment makes a connection the one a template uses (`linkedConnectionId` on
// the template), UnlinkConnectionFromEnvironment undoes it (404 when that connection is not the
// linked one), and ListEnvironmentConnections lists the static connections (of no end user) linked
// to the templates of an environment (`env_id`; every environment of the project when absent).
// A credential holding an OAuth 2.0 code completes the flow it names (oauth2.ts) as it is saved.
import { notFound, notFoundIn } from "./errors.js";
import { answer, build, generic, listPage } from "./generic.js";
import { redeemOAuth2Code } from "./oauth2.js";
import { isObject, type Json } from "./schema.js";
import { sortedEntries } from "./store.js";
import type { Call, Context, Resource } from "./types.js";

export const TEMPLATES = "/o/{organisation_id}/projects/{project_id}/connection-templates";
export const CONNECTIONS = "/o/{organisation_id}/connections";
const USERS = "/o/{organisation_id}/users";

/** The connection templates of an environment: its project's, without those of its other environments. */
export function templatesOf(ctx: Context, call: Call, projectId: string, environmentId: string): Json[] {
  const key = ctx.keyOf(call, TEMPLATES, { ...call.params, project_id: projectId });
  return ctx.state.items(key).filter((t) => t.environmentId === undefined || t.environmentId === environmentId);
}

/** A new connection of the organisation, an end user's when `endUserId` is given. */
export function createConnection(call: Call, ctx: Context, create: Json, templateId: unknown, endUserId?: string): Json {
  const template = [...ctx.state.collections].find(([key, items]) => key.endsWith("/connection-templates") && items.has(String(templateId)))?.[1].get(String(templateId));
  const connection = build({ ...call, body: create }, ctx, CONNECTIONS, { connectionTemplateId: templateId, ...(template?.systemId ? { systemId: template.systemId } : {}) });
  ((connection.credentials as Json[] | undefined) ?? []).forEach((c, i) => isObject(c.credential) && redeemOAuth2Code(ctx, c.credential, `credentials[${i}].credential.data.oauth2Code`));
  if (endUserId !== undefined) connection.endUserId = endUserId;
  ctx.state.collection(ctx.keyOf(call, CONNECTIONS)).set(String(connection.id), connection);
  return connection;
}

const PROJECTS = "/o/{organisation_id}/projects";

/** The connection template of an id (its key or `connectionTemplateId`), in whichever project of the organisation holds it; 404 when none does. */
function templateById(call: Call, ctx: Context, id: string): Json {
  for (const project of ctx.state.items(ctx.keyOf(call, PROJECTS))) {
    const templates = ctx.state.collections.get(ctx.keyOf(call, TEMPLATES, { ...call.params, project_id: String(project.id) }));
    const template = templates?.get(id) ?? [...(templates?.values() ?? [])].find((t) => t.connectionTemplateId === id);
    if (template) return template;
  }
  throw notFoundIn(TEMPLATES, id);
}

export const connections: Resource = {
  api: "platform",
  // A template is named by its own id, `connectionTemplateId`; a seeded one may be kept under its `id` (its system's).
  aliases: { [TEMPLATES]: "connectionTemplateId" },
  rules: {
    LinkConnectionToEnvironment(call, ctx) {
      templateById(call, ctx, String((call.body as Json).connectionTemplateId)).linkedConnectionId = call.params.connection_id;
      return answer(call, undefined);
    },
    UnlinkConnectionFromEnvironment(call, ctx) {
      const template = templateById(call, ctx, String((call.body as Json).connectionTemplateId));
      if (template.linkedConnectionId !== call.params.connection_id) throw notFound(`link of connection ${call.params.connection_id} to template ${String(template.connectionTemplateId)}`);
      delete template.linkedConnectionId;
      return answer(call, undefined);
    },
    ListEnvironmentConnections(call, ctx) {
      const env = call.query.env_id as string | undefined;
      const project = ctx.find(call.api, PROJECTS, ctx.keyOf(call, PROJECTS), call.params.project_id!)?.[1];
      if (env !== undefined && !(project?.environments as Json[] | undefined)?.some((e) => e.id === env)) throw notFound(`environment ${env} of project ${call.params.project_id}`);
      const all = ctx.state.items(ctx.keyOf(call, TEMPLATES));
      const linked = new Set(all.filter((t) => env === undefined || t.environmentId === undefined || t.environmentId === env).map((t) => t.linkedConnectionId));
      const connections = sortedEntries(ctx.state.collections.get(ctx.keyOf(call, CONNECTIONS)));
      return listPage(call, connections.filter(([id, c]) => linked.has(id) && c.endUserId === undefined));
    },
    CreateConnectionTemplate(call, ctx) {
      const body = call.body as Json;
      const template = build(call, ctx, TEMPLATES, { name: body.name, dynamic: body.dynamic ?? false });
      // The contract's ConnectionTemplate: `id` is its system's, `connectionTemplateId` its own (the key it is kept under).
      const own = String(template.id);
      Object.assign(template, { id: body.systemId, connectionTemplateId: own, systemId: body.systemId, ...(body.environmentId ? { environmentId: body.environmentId } : {}) });
      ctx.state.collection(ctx.keyOf(call, TEMPLATES)).set(own, template);
      return answer(call, template);
    },
    ListProjectConnectionTemplates(call, ctx) {
      const env = call.query.env_id as string | undefined;
      const project = ctx.find(call.api, PROJECTS, ctx.keyOf(call, PROJECTS), call.params.project_id!)?.[1];
      if (env !== undefined && !(project?.environments as Json[] | undefined)?.some((e) => e.id === env)) throw notFound(`environment ${env} of project ${call.params.project_id}`);
      const all = sortedEntries(ctx.state.collections.get(ctx.keyOf(call, TEMPLATES)));
      return listPage(call, env === undefined ? all : all.filter(([, t]) => t.environmentId === undefined || t.environmentId === env));
    },
    // Only the end user's own connections (the organisation's have none), named by id or external id.
    ListConnections(call, ctx) {
      const asked = call.query.end_user_id as string | undefined;
      if (asked === undefined) return generic(call, ctx);
      const userId = ctx.find(call.api, USERS, ctx.keyOf(call, USERS), asked)?.[0];
      const system = call.query.system_id as string | undefined;
      const all = sortedEntries(ctx.state.collections.get(ctx.keyOf(call, CONNECTIONS)));
      return listPage(call, all.filter(([, c]) => userId !== undefined && c.endUserId === userId && (system === undefined || c.systemId === system)));
    },
    CreateConnection(call, ctx) {
      const body = call.body as Json;
      let endUserId: string | undefined;
      if (typeof body.externalId === "string") {
        const user = ctx.find(call.api, USERS, ctx.keyOf(call, USERS), body.externalId);
        if (!user) throw notFound(`end user ${body.externalId}`);
        endUserId = user[0];
      }
      return answer(call, createConnection(call, ctx, body.connection as Json, body.connectionTemplateId, endUserId));
    },
  },
};
