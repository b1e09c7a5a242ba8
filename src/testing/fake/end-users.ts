// End users: found by their platform id or by the organisation's own id for them (`externalId`),
// and an external id is taken once: creating it again is the contract's 409.
import { conflict } from "./errors.js";
import { generic } from "./generic.js";
import type { Json } from "./schema.js";
import type { Resource } from "./types.js";

const USERS = "/o/{organisation_id}/users";

export const endUsers: Resource = {
  api: "platform",
  aliases: { [USERS]: "externalId" },
  rules: {
    CreateEndUser(call, ctx) {
      const body = call.body as Json;
      if (ctx.find(call.api, USERS, ctx.keyOf(call, USERS), String(body.externalId))) {
        throw conflict(`An end user with the external id ${String(body.externalId)} exists already.`);
      }
      // The display name is optional when creating; the end user then has an empty one.
      return generic({ ...call, body: { displayName: "", ...body } }, ctx);
    },
  },
};
