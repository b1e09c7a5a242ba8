// Activations: ActivateUser switches an end user on in an environment. Every connection template
// of the environment needs a connection, a new one or an existing one, and the dynamic variables
// must match the project's variables schema; otherwise the contract's 400 names what is missing.
// GetActivationConnection answers the activation's connection for a template (`env_system_id`).
// SetStaticUserVariables merges the variables sent into those of the environment's static
// activation (kept beside the environment as `staticVariables`, outside the contract's schema),
// checked against the variables schema as a whole, and answers them all.
import { createConnection, CONNECTIONS, templatesOf } from "./connections.js";
import { badRequest, notFound } from "./errors.js";
import { answer, findOr404 } from "./generic.js";
import { environmentById } from "./projects.js";
import type { Json } from "./schema.js";
import type { Call, Resource } from "./types.js";

const ACTIVATIONS = "/o/{organisation_id}/environments/{environment_id}/activations";
const USERS = "/o/{organisation_id}/users";

/** Problems of variables against the project's variables schema, named under `prefix`. */
function checkVariables(call: Call, project: Json | undefined, variables: unknown, prefix = "dynamicVariables"): void {
  const schema = project?.dynamicVariablesSchema as Json | undefined;
  if (!schema || variables === undefined) return;
  const problems = call.api.validator.check(schema, variables, prefix);
  if (problems.length) throw badRequest("The dynamic variables do not match the project's variables schema.", problems);
}

type ConnectionChoice = { connectionTemplateId: string; connection?: Json; existingConnectionId?: string };

export const activations: Resource = {
  api: "platform",
  collections: [ACTIVATIONS],
  rules: {
    ActivateUser(call, ctx) {
      const body = call.body as { userId: string; environmentId: string; connections: ConnectionChoice[]; dynamicVariables?: Json };
      const user = ctx.find(call.api, USERS, ctx.keyOf(call, USERS), body.userId)?.[1];
      if (!user) throw notFound(`end user ${body.userId}`);
      const [project, env] = environmentById(call, ctx, body.environmentId) ?? [];
      if (!project || !env) throw notFound(`environment ${body.environmentId}`);
      checkVariables(call, project, body.dynamicVariables);
      const chosen = new Map(body.connections.map((c, i) => [c.connectionTemplateId, [c, i] as const]));
      const missing = templatesOf(ctx, call, String(project.id), body.environmentId).filter((t) => !chosen.has(String(t.connectionTemplateId)));
      if (missing.length) {
        throw badRequest("Every connection template of the environment needs a connection.", missing.map((t) => ({ field: "connections", message: `no connection for the template ${String(t.name)} (${String(t.connectionTemplateId)})` })));
      }
      const made = body.connections.map((choice, i) => {
        if (choice.existingConnectionId !== undefined) {
          const found = ctx.state.collections.get(ctx.keyOf(call, CONNECTIONS))?.get(choice.existingConnectionId);
          if (!found) throw badRequest(`Connection ${choice.existingConnectionId} does not exist.`, [{ field: `connections[${i}].existingConnectionId`, message: "names no connection" }]);
          return found;
        }
        if (!choice.connection) throw badRequest("A connection needs `connection` or `existingConnectionId`.", [{ field: `connections[${i}]`, message: "has neither connection nor existingConnectionId" }]);
        return createConnection(call, ctx, choice.connection, choice.connectionTemplateId, String(user.id));
      });
      const activation: Json = { id: ctx.newId(), user, environment: env, connections: made, ...(body.dynamicVariables ? { dynamicVariables: body.dynamicVariables } : {}) };
      ctx.state.collection(ctx.keyOf(call, ACTIVATIONS, { ...call.params, environment_id: body.environmentId })).set(String(activation.id), activation);
      return answer(call, activation);
    },
    GetActivationConnection(call, ctx) {
      // The path names no environment: the activation is looked for in every environment's.
      const prefix = ctx.keyOf(call, "/o/{organisation_id}/environments/");
      const activation = [...ctx.state.collections].find(([key, items]) => key.startsWith(prefix) && key.endsWith("/activations") && items.has(call.params.activation_id!))?.[1].get(call.params.activation_id!);
      if (!activation) throw notFound(`activation ${call.params.activation_id}`);
      const connection = (activation.connections as Json[]).find((c) => c.connectionTemplateId === call.params.env_system_id);
      if (!connection) throw notFound(`connection of activation ${call.params.activation_id} for template ${call.params.env_system_id}`);
      return answer(call, connection);
    },
    ListUserActivations(call, ctx) {
      const all = ctx.state.items(ctx.keyOf(call, ACTIVATIONS));
      return answer(call, all.filter((a) => (a.user as Json).externalId === call.params.external_user_id));
    },
    SetStaticUserVariables(call, ctx) {
      const [project, env] = environmentById(call, ctx, call.params.environment_id!) ?? [];
      if (!env) throw notFound(`environment ${call.params.environment_id}`);
      const variables = { ...(env.staticVariables as Json | undefined), ...(call.body as Json) };
      // The body is the variables themselves: problems are named by the variable alone.
      checkVariables(call, project, variables, "");
      env.staticVariables = variables;
      return answer(call, variables);
    },
    SetDynamicVariables(call, ctx) {
      const [, activation] = findOr404(call, ctx, ACTIVATIONS, call.params.activation_id);
      const variables = { ...(activation.dynamicVariables as Json | undefined), ...(call.body as Json) };
      checkVariables(call, environmentById(call, ctx, call.params.environment_id!)?.[0], variables);
      activation.dynamicVariables = variables;
      return answer(call, variables);
    },
    SetDynamicVariable(call, ctx) {
      const [, activation] = findOr404(call, ctx, ACTIVATIONS, call.params.activation_id);
      const variables = { ...(activation.dynamicVariables as Json | undefined), [call.params.variable_name!]: (call.body as Json).value };
      checkVariables(call, environmentById(call, ctx, call.params.environment_id!)?.[0], variables);
      activation.dynamicVariables = variables;
      return answer(call, variables);
    },
  },
};
