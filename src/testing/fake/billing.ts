// Billing (Organisations API): the billing profile is the organisation's own `billing` (from the
// contract's example of an organisation, as every organisation of the fake is made).
// GetBilling answers it; UpdateBillingDetails changes what it sends (the email and the provider's
// ids, `customerID` into `customerId` and so on) and keeps the rest, which GetOrganisation shows too.
// Invoices, subscriptions, checkout and the provider's webhooks stay the contract's examples: the
// fake has no billing provider.
import { answer, findOr404 } from "./generic.js";
import type { Json } from "./schema.js";
import type { Call, Context, Resource } from "./types.js";

const ORGANISATIONS = "/organisations";
/** The update's names and the profile's. */
const FIELDS: Record<string, string> = { billingEmail: "billingEmail", customerID: "customerId", subscriptionID: "subscriptionId", platformID: "platformId" };

const organisationOf = (call: Call, ctx: Context) => findOr404(call, ctx, ORGANISATIONS, call.params.organisation_id)[1];

export const billing: Resource = {
  api: "organisations",
  rules: {
    GetBilling: (call, ctx) => answer(call, organisationOf(call, ctx).billing),
    UpdateBillingDetails(call, ctx) {
      const organisation = organisationOf(call, ctx);
      const sent = Object.entries(call.body as Json).flatMap(([name, value]) => (FIELDS[name] ? [[FIELDS[name], value]] : []));
      organisation.billing = { ...(organisation.billing as Json | undefined), ...Object.fromEntries(sent) };
      return answer(call, undefined);
    },
  },
};
