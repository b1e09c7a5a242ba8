// The caller's organisations (Organisations API). The active organisation is the fake's own until
// SetActiveOrganisation chooses another that exists (an unknown one is 404 by the engine's check
// of the path's ids); GetActiveOrganisation answers it as it is now. The fake has one caller, so
// one choice, kept until `reset`. GetSlugAvailability: a slug is taken when an organisation has
// it, and refused when it breaks the slug rule of OrganisationCreate; otherwise it is free.
import { notFound } from "./errors.js";
import { answer } from "./generic.js";
import type { Call, Context, Resource } from "./types.js";

const ORGANISATIONS = "/organisations";
/** Where the choice is kept: one item, the chosen organisation's id. */
const ACTIVE = "organisations:/active-organisation";
const SLUG = /^[a-z][a-z0-9-]*$/;

const organisations = (call: Call, ctx: Context) => ctx.state.collection(ctx.keyOf(call, ORGANISATIONS));

export const organisationRules: Resource = {
  api: "organisations",
  rules: {
    GetActiveOrganisation(call, ctx) {
      const id = String(ctx.state.collection(ACTIVE).get("active")?.id ?? ctx.organisationId);
      const organisation = organisations(call, ctx).get(id);
      if (!organisation) throw notFound(`organisation ${id}`);
      return answer(call, organisation);
    },
    SetActiveOrganisation(call, ctx) {
      const id = call.params.organisation_id!;
      ctx.state.collection(ACTIVE).set("active", { id });
      return answer(call, organisations(call, ctx).get(id));
    },
    GetSlugAvailability(call, ctx) {
      const slug = call.params.slug!;
      const taken = [...organisations(call, ctx).values()].some((o) => o.slug === slug);
      const messages = taken ? ["This slug is already taken."] : SLUG.test(slug) ? [] : ["A slug is a lower-case letter, then lower-case letters, digits and hyphens."];
      return answer(call, { ok: messages.length === 0, messages });
    },
  },
};
