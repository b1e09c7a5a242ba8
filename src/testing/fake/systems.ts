// Systems. DeleteSystem refuses (409) a system that a project's connection template uses (the
// contract's conflict; ListProjectConnectionTemplates shows which), else deletes it with its actions and triggers.
// Auth scheme configs: the ways a system accepts credentials, kept in the system's own
// `authSchemeConfigs` (GetSystem and ListSystems show them; the contract has no read of one).
// UpsertAuthSchemeConfig replaces the config with the path's id or adds it; the id in the body
// (in the member `type` names: `apiKey` for `api-key`) must be the path's, else 400 naming it.
// What the contract calls platform-set or never shown (`validationMessages`, an OAuth 2.0 grant's
// `clientSecret`) is not kept. DeleteAuthSchemeConfig removes it; an id the system lacks is 404.
import { TEMPLATES } from "./connections.js";
import { badRequest, conflict, notFound } from "./errors.js";
import { answer, findOr404 } from "./generic.js";
import { isObject, type Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const SYSTEMS = "/o/{organisation_id}/systems";
const PROJECTS = "/o/{organisation_id}/projects";
/** The member of a config that holds its settings (and id): `api-key` -> `apiKey`. */
const memberOf = (type: unknown) => String(type).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** A config's id: its member's, or, for a kind the contract gives no member (`secret`), the path's it was stored under. */
const idOf = (config: Json) => ((config[memberOf(config.type)] as Json | undefined)?.id ?? config.pathId) as string | undefined;

/** The config as the platform keeps it: without what it sets itself or never shows. */
function kept(config: Json, id: string): Json {
  const out = structuredClone(config);
  const settings = out[memberOf(out.type)];
  if (isObject(settings)) {
    delete settings.validationMessages;
    const grant = settings.grant;
    if (isObject(grant)) for (const g of Object.values(grant)) if (isObject(g)) delete g.clientSecret;
  }
  // Kept beside the config, outside the contract's AuthSchemeConfig (answers cut to it leave it out).
  out.pathId = id;
  return out;
}

/** The system of the call and its configs (an array even when it had none). */
function systemOf(call: Call, ctx: Context): { system: Json; configs: Json[] } {
  const [, system] = findOr404(call, ctx, SYSTEMS, call.params.system_id);
  const configs = Array.isArray(system.authSchemeConfigs) ? (system.authSchemeConfigs as Json[]) : [];
  system.authSchemeConfigs = configs;
  return { system, configs };
}

export const systems: Resource = {
  api: "platform",
  rules: {
    DeleteSystem(call, ctx) {
      const [key] = findOr404(call, ctx, SYSTEMS);
      for (const project of ctx.state.items(ctx.keyOf(call, PROJECTS))) {
        const templates = ctx.state.items(ctx.keyOf(call, TEMPLATES, { ...call.params, project_id: String(project.id) }));
        const using = templates.find((t) => t.systemId === key);
        if (using) throw conflict(`System ${key} is used by connection template ${String(using.connectionTemplateId)} of project ${String(project.id)}.`);
      }
      ctx.state.remove(ctx.keyOf(call, SYSTEMS), key);
      return answer(call, undefined);
    },
    UpsertAuthSchemeConfig(call, ctx) {
      const id = call.params.auth_scheme_config_id!;
      const body = call.body as Json;
      const member = memberOf(body.type);
      if (member in call.api.schemas.properties(call.op.body!.schema) && idOf(body) !== id) {
        throw badRequest(`The configuration's ${member}.id must be the path's ${id}.`, [{ field: `${member}.id`, message: `must be ${id}, the id in the path` }]);
      }
      const { system, configs } = systemOf(call, ctx);
      const config = kept(body, id);
      const at = configs.findIndex((c) => idOf(c) === id);
      if (at >= 0) configs[at] = config;
      else configs.push(config);
      if ("updatedAt" in system) system.updatedAt = ctx.now();
      return answer(call, config);
    },
    DeleteAuthSchemeConfig(call, ctx) {
      const { system, configs } = systemOf(call, ctx);
      const at = configs.findIndex((c) => idOf(c) === call.params.auth_scheme_config_id);
      if (at < 0) throw notFound(`auth scheme config ${call.params.auth_scheme_config_id} of system ${call.params.system_id}`);
      configs.splice(at, 1);
      if ("updatedAt" in system) system.updatedAt = ctx.now();
      return answer(call, undefined);
    },
  },
};
