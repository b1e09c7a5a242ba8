// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `multipart` marks bodies that may
// be a form (file uploads), `empty` answers without a body, `page` the array of a cursor page,
// `cursor` where its cursor goes and where the answer holds the next one (when not `after` and
// `next`), `joined` the query arrays sent comma-joined in one value (explode: false), `reserved`
// path values that would make another operation's path, `secret` a success body that must
// never appear in an error.

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
export const organisationsV1Operations = {
  getActiveOrganisation: GetActiveOrganisation,
  getOrganisations: GetOrganisations,
  createOrganisation: CreateOrganisation,
  getOrganisation: GetOrganisation,
  setActiveOrganisation: SetActiveOrganisation,
  getMembers: GetMembers,
  getMember: GetMember,
  deleteMember: DeleteMember,
  getServiceAccounts: GetServiceAccounts,
  createServiceAccount: CreateServiceAccount,
  getServiceAccount: GetServiceAccount,
  deleteServiceAccount: DeleteServiceAccount,
  getGroups: GetGroups,
  createGroup: CreateGroup,
  getGroup: GetGroup,
  deleteGroup: DeleteGroup,
  getInvitations: GetInvitations,
  inviteMember: InviteMember,
  deleteInvitation: DeleteInvitation,
  acceptInvitation: AcceptInvitation,
  resendInvitation: ResendInvitation,
  getBilling: GetBilling,
  updateBillingDetails: UpdateBillingDetails,
  getInvoices: GetInvoices,
  updateSubscription: UpdateSubscription,
  createCheckoutSession: CreateCheckoutSession,
  getPublicKey: GetPublicKey,
  listSigningKeys: ListSigningKeys,
  createSigningKey: CreateSigningKey,
  deleteSigningKey: DeleteSigningKey,
  getSlugAvailability: GetSlugAvailability,
  billingWebhooks: BillingWebhooks,
} as const;
