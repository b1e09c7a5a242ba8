// Connections and connection templates. A template belongs to a project and, when it names one,
// to one environment; a connection has its template's system (ListConnections' `system_id`), and
// one made for an end user (`externalId`) is theirs, which ListConnections' `end_user_id` finds by
// the user's id or external id. Both keep these links beside what the contract answers.
import { notFound } from "./errors.js";
import { answer, build, generic, listPage } from "./generic.js";
import type { Json } from "./schema.js";
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
  if (endUserId !== undefined) connection.endUserId = endUserId;
  ctx.state.collection(ctx.keyOf(call, CONNECTIONS)).set(String(connection.id), connection);
  return connection;
}

export const connections: Resource = {
  api: "platform",
  rules: {
    CreateConnectionTemplate(call, ctx) {
      const body = call.body as Json;
      const template = build(call, ctx, TEMPLATES, { name: body.name, dynamic: body.dynamic ?? false });
      Object.assign(template, { connectionTemplateId: template.id, systemId: body.systemId, ...(body.environmentId ? { environmentId: body.environmentId } : {}) });
      ctx.state.collection(ctx.keyOf(call, TEMPLATES)).set(String(template.id), template);
      return answer(call, template);
    },
    ListProjectConnectionTemplates(call, ctx) {
      const env = call.query.env_id as string | undefined;
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
