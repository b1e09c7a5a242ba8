// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { table } from "../src/core/descriptor.js";

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `form` turns an upload's body into
// a form (multipart/form-data), `empty` marks answers without a body, `page` the array of a
// cursor page, `cursor` where its cursor goes and where the answer holds the next one (when not
// `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error.

export const GetActiveOrganisation = {"operationId":"GetActiveOrganisation","method":"GET","path":["/active-organisation"]} as const;
export const GetOrganisations = {"operationId":"GetOrganisations","method":"GET","path":["/organisations"]} as const;
export const CreateOrganisation = {"operationId":"CreateOrganisation","method":"POST","path":["/organisations"]} as const;
export const GetOrganisation = {"operationId":"GetOrganisation","method":"GET","path":["/organisations/","organisationId"]} as const;
export const SetActiveOrganisation = {"operationId":"SetActiveOrganisation","method":"PUT","path":["/organisations/","organisationId","/active"]} as const;
export const GetMembers = {"operationId":"GetMembers","method":"GET","path":["/organisations/","organisationId","/members"]} as const;
export const GetMember = {"operationId":"GetMember","method":"GET","path":["/organisations/","organisationId","/members/","memberId"]} as const;
export const DeleteMember = {"operationId":"DeleteMember","method":"DELETE","path":["/organisations/","organisationId","/members/","memberId"],"empty":true} as const;
export const GetServiceAccounts = {"operationId":"GetServiceAccounts","method":"GET","path":["/organisations/","organisationId","/service-accounts"],"secret":true} as const;
export const CreateServiceAccount = {"operationId":"CreateServiceAccount","method":"POST","path":["/organisations/","organisationId","/service-accounts"],"secret":true} as const;
export const GetServiceAccount = {"operationId":"GetServiceAccount","method":"GET","path":["/organisations/","organisationId","/service-accounts/","serviceAccountId"],"secret":true} as const;
export const DeleteServiceAccount = {"operationId":"DeleteServiceAccount","method":"DELETE","path":["/organisations/","organisationId","/service-accounts/","serviceAccountId"],"empty":true} as const;
export const GetGroups = {"operationId":"GetGroups","method":"GET","path":["/organisations/","organisationId","/groups"]} as const;
export const CreateGroup = {"operationId":"CreateGroup","method":"POST","path":["/organisations/","organisationId","/groups"]} as const;
export const GetGroup = {"operationId":"GetGroup","method":"GET","path":["/organisations/","organisationId","/groups/","groupId"]} as const;
export const DeleteGroup = {"operationId":"DeleteGroup","method":"DELETE","path":["/organisations/","organisationId","/groups/","groupId"],"empty":true} as const;
export const GetInvitations = {"operationId":"GetInvitations","method":"GET","path":["/organisations/","organisationId","/invitations"]} as const;
export const InviteMember = {"operationId":"InviteMember","method":"POST","path":["/organisations/","organisationId","/invitations"]} as const;
export const DeleteInvitation = {"operationId":"DeleteInvitation","method":"DELETE","path":["/organisations/","organisationId","/invitations/","invitationId"],"empty":true} as const;
export const AcceptInvitation = {"operationId":"AcceptInvitation","method":"PUT","path":["/organisations/","organisationId","/invitations/","invitationId","/accept"],"empty":true} as const;
export const ResendInvitation = {"operationId":"ResendInvitation","method":"PUT","path":["/organisations/","organisationId","/invitations/","invitationId","/resend"]} as const;
export const GetBilling = {"operationId":"GetBilling","method":"GET","path":["/organisations/","organisationId","/billing"]} as const;
export const UpdateBillingDetails = {"operationId":"UpdateBillingDetails","method":"PUT","path":["/organisations/","organisationId","/billing"],"empty":true} as const;
export const GetInvoices = {"operationId":"GetInvoices","method":"GET","path":["/organisations/","organisationId","/billing/invoices"]} as const;
export const UpdateSubscription = {"operationId":"UpdateSubscription","method":"PUT","path":["/organisations/","organisationId","/billing/update-subscription"],"empty":true} as const;
export const CreateCheckoutSession = {"operationId":"CreateCheckoutSession","method":"POST","path":["/organisations/","organisationId","/billing/checkout-session"]} as const;
export const GetPublicKey = {"operationId":"GetPublicKey","method":"GET","path":["/keys/","id"]} as const;
export const ListSigningKeys = {"operationId":"ListSigningKeys","method":"GET","path":["/organisations/","organisationId","/keys"]} as const;
export const CreateSigningKey = {"operationId":"CreateSigningKey","method":"POST","path":["/organisations/","organisationId","/keys"],"secret":true} as const;
export const DeleteSigningKey = {"operationId":"DeleteSigningKey","method":"DELETE","path":["/organisations/","organisationId","/keys/","keyId"],"empty":true} as const;
export const GetSlugAvailability = {"operationId":"GetSlugAvailability","method":"GET","path":["/slug/","slug","/availability"]} as const;
export const BillingWebhooks = {"operationId":"BillingWebhooks","method":"POST","path":["/billing-webhooks"]} as const;

/** Every operation of organisations-v1, keyed by method name (operationId, first letter lowercased). */
export const organisationsV1Operations = /* @__PURE__ */ table<[
  typeof GetActiveOrganisation,
  typeof GetOrganisations,
  typeof CreateOrganisation,
  typeof GetOrganisation,
  typeof SetActiveOrganisation,
  typeof GetMembers,
  typeof GetMember,
  typeof DeleteMember,
  typeof GetServiceAccounts,
  typeof CreateServiceAccount,
  typeof GetServiceAccount,
  typeof DeleteServiceAccount,
  typeof GetGroups,
  typeof CreateGroup,
  typeof GetGroup,
  typeof DeleteGroup,
  typeof GetInvitations,
  typeof InviteMember,
  typeof DeleteInvitation,
  typeof AcceptInvitation,
  typeof ResendInvitation,
  typeof GetBilling,
  typeof UpdateBillingDetails,
  typeof GetInvoices,
  typeof UpdateSubscription,
  typeof CreateCheckoutSession,
  typeof GetPublicKey,
  typeof ListSigningKeys,
  typeof CreateSigningKey,
  typeof DeleteSigningKey,
  typeof GetSlugAvailability,
  typeof BillingWebhooks,
]>(
  ["GetActiveOrganisation", "GET", "/active-organisation"],
  ["GetOrganisations", "GET", "/organisations"],
  ["CreateOrganisation", "POST", "/organisations"],
  ["GetOrganisation", "GET", "/organisations/|organisationId"],
  ["SetActiveOrganisation", "PUT", "/organisations/|organisationId|/active"],
  ["GetMembers", "GET", "/organisations/|organisationId|/members"],
  ["GetMember", "GET", "/organisations/|organisationId|/members/|memberId"],
  ["DeleteMember", "DELETE", "/organisations/|organisationId|/members/|memberId", {"empty":true}],
  ["GetServiceAccounts", "GET", "/organisations/|organisationId|/service-accounts", {"secret":true}],
  ["CreateServiceAccount", "POST", "/organisations/|organisationId|/service-accounts", {"secret":true}],
  ["GetServiceAccount", "GET", "/organisations/|organisationId|/service-accounts/|serviceAccountId", {"secret":true}],
  ["DeleteServiceAccount", "DELETE", "/organisations/|organisationId|/service-accounts/|serviceAccountId", {"empty":true}],
  ["GetGroups", "GET", "/organisations/|organisationId|/groups"],
  ["CreateGroup", "POST", "/organisations/|organisationId|/groups"],
  ["GetGroup", "GET", "/organisations/|organisationId|/groups/|groupId"],
  ["DeleteGroup", "DELETE", "/organisations/|organisationId|/groups/|groupId", {"empty":true}],
  ["GetInvitations", "GET", "/organisations/|organisationId|/invitations"],
  ["InviteMember", "POST", "/organisations/|organisationId|/invitations"],
  ["DeleteInvitation", "DELETE", "/organisations/|organisationId|/invitations/|invitationId", {"empty":true}],
  ["AcceptInvitation", "PUT", "/organisations/|organisationId|/invitations/|invitationId|/accept", {"empty":true}],
  ["ResendInvitation", "PUT", "/organisations/|organisationId|/invitations/|invitationId|/resend"],
  ["GetBilling", "GET", "/organisations/|organisationId|/billing"],
  ["UpdateBillingDetails", "PUT", "/organisations/|organisationId|/billing", {"empty":true}],
  ["GetInvoices", "GET", "/organisations/|organisationId|/billing/invoices"],
  ["UpdateSubscription", "PUT", "/organisations/|organisationId|/billing/update-subscription", {"empty":true}],
  ["CreateCheckoutSession", "POST", "/organisations/|organisationId|/billing/checkout-session"],
  ["GetPublicKey", "GET", "/keys/|id"],
  ["ListSigningKeys", "GET", "/organisations/|organisationId|/keys"],
  ["CreateSigningKey", "POST", "/organisations/|organisationId|/keys", {"secret":true}],
  ["DeleteSigningKey", "DELETE", "/organisations/|organisationId|/keys/|keyId", {"empty":true}],
  ["GetSlugAvailability", "GET", "/slug/|slug|/availability"],
  ["BillingWebhooks", "POST", "/billing-webhooks"],
);
