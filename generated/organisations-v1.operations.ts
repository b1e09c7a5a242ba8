// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.
import { operation, table } from "../src/core/descriptor.js";

// One descriptor per operation of the spec, named after its operationId: operation(operationId,
// method, path, extras). `path` alternates literal text and the camelCase name of a path
// parameter, joined with "|" (split again at load). Extras: `form` turns an upload's body
// into a form (multipart/form-data), `empty` marks answers without a body, `page` the array of
// a cursor page, `cursor` where its cursor goes and where the answer holds the next one (when
// not `after` and `next`), `joined` the query arrays sent comma-joined in one value (explode:
// false), `reserved` path values that would make another operation's path, `secret` a success
// body that must never appear in an error. Each call is pure: a bundle keeps only those it uses.

export const GetActiveOrganisation = /* @__PURE__ */ operation("GetActiveOrganisation", "GET", "/active-organisation");
export const GetOrganisations = /* @__PURE__ */ operation("GetOrganisations", "GET", "/organisations");
export const CreateOrganisation = /* @__PURE__ */ operation("CreateOrganisation", "POST", "/organisations");
export const GetOrganisation = /* @__PURE__ */ operation("GetOrganisation", "GET", "/organisations/|organisationId");
export const SetActiveOrganisation = /* @__PURE__ */ operation("SetActiveOrganisation", "PUT", "/organisations/|organisationId|/active");
export const GetMembers = /* @__PURE__ */ operation("GetMembers", "GET", "/organisations/|organisationId|/members");
export const GetMember = /* @__PURE__ */ operation("GetMember", "GET", "/organisations/|organisationId|/members/|memberId");
export const DeleteMember = /* @__PURE__ */ operation("DeleteMember", "DELETE", "/organisations/|organisationId|/members/|memberId", {"empty":true});
export const GetServiceAccounts = /* @__PURE__ */ operation("GetServiceAccounts", "GET", "/organisations/|organisationId|/service-accounts", {"secret":true});
export const CreateServiceAccount = /* @__PURE__ */ operation("CreateServiceAccount", "POST", "/organisations/|organisationId|/service-accounts", {"secret":true});
export const GetServiceAccount = /* @__PURE__ */ operation("GetServiceAccount", "GET", "/organisations/|organisationId|/service-accounts/|serviceAccountId", {"secret":true});
export const DeleteServiceAccount = /* @__PURE__ */ operation("DeleteServiceAccount", "DELETE", "/organisations/|organisationId|/service-accounts/|serviceAccountId", {"empty":true});
export const GetGroups = /* @__PURE__ */ operation("GetGroups", "GET", "/organisations/|organisationId|/groups");
export const CreateGroup = /* @__PURE__ */ operation("CreateGroup", "POST", "/organisations/|organisationId|/groups");
export const GetGroup = /* @__PURE__ */ operation("GetGroup", "GET", "/organisations/|organisationId|/groups/|groupId");
export const DeleteGroup = /* @__PURE__ */ operation("DeleteGroup", "DELETE", "/organisations/|organisationId|/groups/|groupId", {"empty":true});
export const GetInvitations = /* @__PURE__ */ operation("GetInvitations", "GET", "/organisations/|organisationId|/invitations");
export const InviteMember = /* @__PURE__ */ operation("InviteMember", "POST", "/organisations/|organisationId|/invitations");
export const DeleteInvitation = /* @__PURE__ */ operation("DeleteInvitation", "DELETE", "/organisations/|organisationId|/invitations/|invitationId", {"empty":true});
export const AcceptInvitation = /* @__PURE__ */ operation("AcceptInvitation", "PUT", "/organisations/|organisationId|/invitations/|invitationId|/accept", {"empty":true});
export const ResendInvitation = /* @__PURE__ */ operation("ResendInvitation", "PUT", "/organisations/|organisationId|/invitations/|invitationId|/resend");
export const GetBilling = /* @__PURE__ */ operation("GetBilling", "GET", "/organisations/|organisationId|/billing");
export const UpdateBillingDetails = /* @__PURE__ */ operation("UpdateBillingDetails", "PUT", "/organisations/|organisationId|/billing", {"empty":true});
export const GetInvoices = /* @__PURE__ */ operation("GetInvoices", "GET", "/organisations/|organisationId|/billing/invoices");
export const UpdateSubscription = /* @__PURE__ */ operation("UpdateSubscription", "PUT", "/organisations/|organisationId|/billing/update-subscription", {"empty":true});
export const CreateCheckoutSession = /* @__PURE__ */ operation("CreateCheckoutSession", "POST", "/organisations/|organisationId|/billing/checkout-session");
export const GetPublicKey = /* @__PURE__ */ operation("GetPublicKey", "GET", "/keys/|id");
export const ListSigningKeys = /* @__PURE__ */ operation("ListSigningKeys", "GET", "/organisations/|organisationId|/keys");
export const CreateSigningKey = /* @__PURE__ */ operation("CreateSigningKey", "POST", "/organisations/|organisationId|/keys", {"secret":true});
export const DeleteSigningKey = /* @__PURE__ */ operation("DeleteSigningKey", "DELETE", "/organisations/|organisationId|/keys/|keyId", {"empty":true});
export const GetSlugAvailability = /* @__PURE__ */ operation("GetSlugAvailability", "GET", "/slug/|slug|/availability");
export const BillingWebhooks = /* @__PURE__ */ operation("BillingWebhooks", "POST", "/billing-webhooks");

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
