// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/active-organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's active organisation
         * @description Returns the organisation the calling user is currently working in, the one SetActiveOrganisation
         *     chose last.
         */
        get: operations["GetActiveOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's organisations
         * @description Returns the organisations the calling user is a member of, as a page. Without `filter`, the
         *     caller's active organisation is the first item of the first page; with it, only organisations
         *     whose name or slug contains the text (in any case) are listed.
         */
        get: operations["GetOrganisations"];
        put?: never;
        /**
         * Create an organisation
         * @description Creates an organisation owned by the calling user. There is no limit on how many a user
         *     creates, but each has a billing profile of its own, and some features need a paid plan.
         */
        post: operations["CreateOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * Get an organisation
         * @description Returns one organisation with its billing profile.
         */
        get: operations["GetOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Make an organisation the caller's active one
         * @description Makes this organisation the one the calling user is working in, and returns it.
         */
        put: operations["SetActiveOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List an organisation's members
         * @description Returns the organisation's members, people and service accounts alike, as a page;
         *     `identity_type` narrows the list to one kind.
         */
        get: operations["GetMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/members/{member_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the member (a UUID; one per user and organisation).
                 * @example 3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d
                 */
                member_id: components["parameters"]["member_id"];
            };
            cookie?: never;
        };
        /**
         * Get a member
         * @description Returns one member of the organisation with the roles granted to them.
         */
        get: operations["GetMember"];
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes the member from the organisation. Their user account stays; it just no longer belongs
         *     to this organisation.
         */
        delete: operations["DeleteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List service accounts
         * @description Returns the organisation's service accounts as a page. Their answers are marked secret like
         *     CreateServiceAccount's, should a client secret be part of them.
         */
        get: operations["GetServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description Creates a service account, an identity for automation such as CI, with a client ID and a
         *     client secret generated by the platform. The answer holds the secret (marked by
         *     `x-versori-secret: true`: generated clients keep it out of every error); store it at once.
         */
        post: operations["CreateServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/service-accounts/{service_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the service account.
                 * @example 01HR9A1B3C5D7E9F1G3H5J7K9M
                 */
                service_account_id: components["parameters"]["service_account_id"];
            };
            cookie?: never;
        };
        /**
         * Get a service account
         * @description Returns one service account with the roles granted to it.
         */
        get: operations["GetServiceAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a service account
         * @description Deletes the service account; its client ID and secret stop working.
         */
        delete: operations["DeleteServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List groups
         * @description Returns the organisation's groups as a page.
         */
        get: operations["GetGroups"];
        put?: never;
        /**
         * Create a group
         * @description Creates a group of members, granted the given roles across the organisation.
         */
        post: operations["CreateGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the group.
                 * @example 01HR9B2C4D6E8F0G2H4J6K8M0N
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        /**
         * Get a group
         * @description Returns one group with its size and the roles granted to it.
         */
        get: operations["GetGroup"];
        put?: never;
        post?: never;
        /**
         * Delete a group
         * @description Deletes the group. Its members stay in the organisation but lose what the group granted them.
         */
        delete: operations["DeleteGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List pending invitations
         * @description Returns the organisation's invitations as a page. Accepted invitations are deleted, so these
         *     are the ones still open (or expired).
         */
        get: operations["GetInvitations"];
        put?: never;
        /**
         * Invite someone to the organisation
         * @description Emails an invitation to join the organisation (or to take over its ownership) to the address
         *     given. It can be accepted for 7 days; after that it has to be resent or deleted, and the
         *     platform deletes expired invitations itself after 60 days.
         */
        post: operations["InviteMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations/{invitation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an invitation
         * @description Deletes the invitation, so that its link no longer works.
         */
        delete: operations["DeleteInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations/{invitation_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Accept an invitation
         * @description Accepts the invitation for the calling user, whose email address must be the one invited.
         */
        put: operations["AcceptInvitation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/invitations/{invitation_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Send an invitation again
         * @description Sends the invitation email again, for example when it expired or never arrived. Each resend
         *     moves `expiresAt` to 7 days from now.
         */
        put: operations["ResendInvitation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * Get the billing profile
         * @description Returns the organisation's billing profile: its customer at the billing provider, its recent
         *     subscriptions, the current billing period and its quotas of boards.
         */
        get: operations["GetBilling"];
        /**
         * Change billing details
         * @description Changes the billing email address (where invoices go; it takes no seat in the plan) and the
         *     identifiers that link the organisation to its customer and subscription at the billing
         *     provider.
         */
        put: operations["UpdateBillingDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/billing/invoices": {
        parameters: {
            query?: {
                /**
                 * @description The first day of the invoices to list; a month before `to` when left out.
                 * @example 2026-01-01
                 */
                from?: components["parameters"]["from"];
                /**
                 * @description The last day of the invoices to list; today when left out.
                 * @example 2026-03-31
                 */
                to?: components["parameters"]["to"];
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List invoices
         * @description Returns the organisation's invoices between `from` and `to`. `to` defaults to today and `from` to
         *     a month before it; with neither, the answer is the upcoming invoice.
         */
        get: operations["GetInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/billing/update-subscription": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change the subscription's board quota
         * @description Changes how many boards of one type the organisation's subscription allows it to publish, for
         *     example to raise the quota; the billing profile follows.
         */
        put: operations["UpdateSubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/billing/checkout-session": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a checkout
         * @description Starts a checkout session at the billing provider (Stripe), where the user completes the
         *     payment, and returns its id. The user comes back to `successURL` or `cancelURL`.
         */
        post: operations["CreateCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the signing key, as a token names it in `iss` (`https://versori.com/sk/<id>`).
                 * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
                 */
                id: components["parameters"]["public_key_id"];
            };
            cookie?: never;
        };
        /**
         * Get the public half of a signing key
         * @description Returns a signing key's public key, by the key's id alone, for anyone who has to check the
         *     tokens the key signs: a token names its key in `iss` (`https://versori.com/sk/<id>`), and this
         *     answer's `publicKey` (SPKI PEM) verifies its RS256 signature. No credentials are needed.
         */
        get: operations["GetPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List signing keys
         * @description Returns every signing key of the organisation with its public key, in one answer (the list is
         *     not paged). Private keys are never part of it: the platform does not keep them.
         */
        get: operations["ListSigningKeys"];
        put?: never;
        /**
         * Create a signing key
         * @description Generates a new RSA key pair for the organisation. The platform stores the public key and
         *     returns the private key (PKCS#8 PEM) in this answer only; it cannot be fetched again, so keep
         *     it in a secret store straight away. If it is lost, delete the key and create another.
         *
         *     The answer holds a secret, which `x-versori-secret: true` marks: generated clients keep the
         *     body of this operation out of error messages, logs and serialized errors.
         */
        post: operations["CreateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{organisation_id}/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the signing key.
                 * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
                 */
                key_id: components["parameters"]["key_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a signing key
         * @description Deletes the signing key. From then on the platform refuses every JWT that was signed with it,
         *     including tokens that have not yet expired.
         */
        delete: operations["DeleteSigningKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slug/{slug}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The slug to check.
                 * @example acme-eu
                 */
                slug: components["parameters"]["slug"];
            };
            cookie?: never;
        };
        /**
         * Check whether a slug is free
         * @description Says whether a slug can be used for a new organisation and, when it cannot, why. The platform
         *     answers slowly on purpose, so that slugs cannot be enumerated quickly.
         */
        get: operations["GetSlugAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive billing events
         * @description Platform plumbing: the billing provider (Stripe) posts its events here, and the platform updates
         *     the organisations' billing profiles from them. API users never call it.
         */
        post: operations["BillingWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A ULID, 26 characters of Crockford base32.
         * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
         */
        Ulid: string;
        /** @description One field of the request that failed validation. */
        ErrorField: {
            /** @description Path to the field, with dots and array indexes, such as `roles[0]`. */
            field: string;
            /** @description What is wrong with this field. */
            message: string;
        };
        /** @description The body of every error answer of the platform. */
        Error: {
            /** @description A stable, machine-readable error code. */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
            /** @description The fields that failed validation, when the error is about the request body. */
            fields?: components["schemas"]["ErrorField"][];
            /** @description Extra detail for humans, such as a hint to resolve the error. */
            details?: string;
            /** @description What caused the error, when the platform says. */
            cause?: string;
        };
        /** @description Paging details shared by the list answers. */
        PageInfo: {
            /** @description How many items match the request across all pages. */
            totalCount?: number;
            /** @description A cursor for the following page; the contract defines no parameter to send it back. */
            next?: string;
            /** @description A cursor for the preceding page; the contract defines no parameter to send it back. */
            prev?: string;
        };
        /** @description An organisation, the owner of every resource on the platform. */
        Organisation: {
            /** @description The ULID of the organisation. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation's unique, human-readable identifier. */
            slug: string;
            /** @description The organisation's name as people see it. */
            displayName: string;
            /** @description The identifier of the user who owns the organisation. */
            owner: string;
            billing: components["schemas"]["Billing"];
            /**
             * @description The client ID of the organisation's system service account, which the platform creates with
             *     the organisation for its own services to act for it. It cannot be deleted.
             */
            systemServiceAccountClientID: string;
            /** @description The subscription plan the organisation is on. */
            plan?: string;
        };
        /** @description A page of organisations. */
        OrganisationsPage: components["schemas"]["PageInfo"] & {
            /** @description The organisations on this page. */
            organisations?: components["schemas"]["Organisation"][];
        };
        /** @description A new organisation. */
        OrganisationCreate: {
            /**
             * @description A unique, lower-case, human-readable identifier: a letter, then letters, digits and hyphens.
             *     GetSlugAvailability says whether one is free.
             */
            slug: string;
            /** @description The organisation's name as people see it. */
            displayName: string;
        };
        /** @description Whether a slug is free for a new organisation. */
        SlugAvailability: {
            /** @description Whether the slug can be used. */
            ok: boolean;
            /** @description Why it cannot, in words for people; empty when it can. */
            messages: string[];
        };
        /** @description One permission, fixed by the platform, that grants a kind of access. */
        Permission: {
            /**
             * @description The permission's name, such as `switchboard.publish`.
             * @enum {string}
             */
            id?: "organisation.read" | "organisation.edit" | "organisation.delete" | "organisation.members.read" | "organisation.members.invite" | "organisation.members.edit" | "organisation.members.delete" | "organisation.manage_billing" | "organisation.manage_subscription" | "switchboard.create" | "switchboard.read" | "switchboard.edit" | "switchboard.publish" | "switchboard.delete" | "connection.create" | "connection.read" | "connection.edit" | "connection.delete" | "hub.create" | "hub.read" | "hub.edit" | "hub.delete" | "hub.integration.create" | "hub.integration.read" | "hub.integration.edit" | "hub.integration.publish" | "hub.integration.delete" | "hub.user.create" | "hub.user.read" | "hub.user.edit" | "hub.user.delete";
            /** @description What the permission allows, in words for people. */
            description?: string;
        };
        /**
         * @description The kinds of resource a role can be bound to.
         * @enum {string}
         */
        ResourceType: "organisation" | "switchboard" | "connection" | "hub";
        /** @description A set of permissions granted to members or groups. Roles are fixed by the platform for now. */
        Role: {
            /** @description The ULID of the role. */
            id?: components["schemas"]["Ulid"];
            /** @description The role's name, unique within the organisation. */
            name?: string;
            /** @description What the role grants. */
            permissions?: components["schemas"]["Permission"][];
            /**
             * @description The kinds of resource the role can be bound to. A role bound to the organisation applies to
             *     everything the organisation owns; one bound to a single board applies to that board only.
             */
            scopes?: components["schemas"]["ResourceType"][];
        };
        /** @description A short reference to a resource of the platform. */
        ResourceReference: {
            resourceType?: components["schemas"]["ResourceType"];
            /** @description The resource's identifier. */
            resourceId?: string;
            /** @description The resource's name. */
            name?: string;
        };
        /** @description A role, and the resource it is granted on. */
        RoleBinding: {
            role?: components["schemas"]["Role"];
            resource?: components["schemas"]["ResourceReference"];
        };
        /** @description A person or service account that belongs to an organisation. */
        Member: {
            /**
             * Format: uuid
             * @description The member's identifier; a user in several organisations is a different member in each.
             */
            id: string;
            /**
             * @description Whether the member is a person (`user`) or a service account.
             * @enum {string}
             */
            identityType: "user" | "service_account";
            /** @description The identifier of the user or service account. */
            identityId: string;
            /** @description The user's or service account's name; the email address when there is none. */
            name: string;
            /**
             * @description The member's email address; for a service account, its name followed by
             *     `@sa.<organisation slug>.versori.com`.
             */
            email: string;
            /**
             * Format: uri
             * @description The address of the member's picture.
             */
            picture: string;
            /** @description The roles granted to the member. */
            roleBindings: components["schemas"]["RoleBinding"][];
        };
        /** @description A page of members. */
        MembersPage: components["schemas"]["PageInfo"] & {
            /** @description The members on this page. */
            members?: components["schemas"]["Member"][];
        };
        /**
         * @description A service account's name: lower case, starting with a letter, then letters, digits, `-`, `_`
         *     and `.`. Unique within the organisation, and it cannot be changed.
         * @example ci-deployer
         */
        ServiceAccountName: string;
        /** @description An identity for automation, which obtains access tokens for Versori's APIs with its client ID and secret. */
        ServiceAccount: {
            /** @description The ULID of the service account. */
            id?: components["schemas"]["Ulid"];
            name?: components["schemas"]["ServiceAccountName"];
            /**
             * @description An address made from the name, `<name>@sa.<organisation slug>.versori.com`, that tells the
             *     account apart in the UI and in logs.
             */
            email?: string;
            /** @description The client ID the account authenticates with. */
            clientId?: string;
            /** @description The client secret the account authenticates with. A secret. */
            clientSecret?: string;
            /** @description The roles granted to the account. */
            roleBindings?: components["schemas"]["RoleBinding"][];
        };
        /** @description A page of service accounts. */
        ServiceAccountsPage: components["schemas"]["PageInfo"] & {
            /** @description The service accounts on this page. */
            serviceAccounts?: components["schemas"]["ServiceAccount"][];
        };
        /** @description A new service account. */
        ServiceAccountCreate: {
            name?: components["schemas"]["ServiceAccountName"];
            /** @description Names of the roles to grant it across the organisation. */
            roles?: string[];
            /** @description Identifiers of the groups to add it to. */
            groupIDs?: string[];
        };
        /** @description A set of members of an organisation that are granted roles together. */
        Group: {
            /** @description The ULID of the group. */
            id?: components["schemas"]["Ulid"];
            /** @description The group's name. */
            name?: string;
            /** @description How many people are in the group. */
            numMembers?: number;
            /** @description How many service accounts are in the group. */
            numServiceAccounts?: number;
            /** @description The roles granted to the group. */
            roleBindings?: components["schemas"]["RoleBinding"][];
        };
        /** @description A page of groups. */
        GroupsPage: components["schemas"]["PageInfo"] & {
            /** @description The groups on this page. */
            groups?: components["schemas"]["Group"][];
        };
        /** @description A new group. */
        GroupCreate: {
            /** @description The group's name. */
            name?: string;
            /** @description Identifiers of the members to put in it. */
            members?: string[];
            /** @description Names of the roles to grant it across the organisation. */
            roles?: string[];
        };
        /**
         * @description What an invitation is for.
         * @enum {string}
         */
        InviteType: "transfer_ownership" | "join_organisation";
        /**
         * @description An invitation to join an organisation, or to take over its ownership. Accepted invitations are
         *     deleted; open ones can be resent or deleted.
         */
        Invitation: {
            /** @description The ULID of the invitation. */
            id: components["schemas"]["Ulid"];
            /**
             * Format: email
             * @description The address invited.
             */
            email: string;
            /** @description The invited person's name, as far as the platform knows it. */
            name: string;
            /**
             * Format: uri
             * @description The address of the invited person's picture.
             */
            picture: string;
            /** @description Whether the invitation was accepted. */
            accepted: boolean;
            inviteType: components["schemas"]["InviteType"];
            /**
             * Format: date-time
             * @description When the invitation stops working unless it is resent.
             */
            expiresAt?: string;
            /**
             * Format: date-time
             * @description When the invitation was made.
             */
            createdAt?: string;
            /** @description Names of the roles the person gets across the organisation. */
            roles?: string[];
            /** @description Identifiers of the groups the person joins. */
            groupIDs?: string[];
        };
        /** @description A page of invitations. */
        InvitationsPage: components["schemas"]["PageInfo"] & {
            /** @description The invitations on this page. */
            invitations?: components["schemas"]["Invitation"][];
        };
        /** @description An invitation to send. */
        InvitationCreate: {
            /**
             * Format: email
             * @description The address to invite.
             */
            email: string;
            /**
             * Format: uri
             * @description The address the invitation email links to.
             */
            url: string;
            /**
             * Format: uri
             * @description The sign-in address the invitation email uses.
             */
            authUrl: string;
            inviteType: components["schemas"]["InviteType"];
            /** @description Names of the roles the person gets across the organisation. */
            roles?: string[];
        };
        /** @description An invitation to send again. */
        InvitationResend: {
            /**
             * Format: email
             * @description The address invited.
             */
            email: string;
            /**
             * Format: uri
             * @description The address the invitation email links to.
             */
            url: string;
            /**
             * Format: uri
             * @description The sign-in address the invitation email uses.
             */
            authUrl: string;
            inviteType: components["schemas"]["InviteType"];
        };
        /** @description A subscription of the organisation at the billing provider. */
        Subscription: {
            /** @description The subscription's identifier at the billing provider. */
            id?: string;
            /**
             * @description The subscription's state.
             * @enum {string}
             */
            status?: "active" | "unpaid" | "trialing" | "cancelled";
            /**
             * @description The billing provider's own subscription object, as it gave it (a Stripe subscription when
             *     `platformType` is `stripe`).
             */
            rawData?: {
                [key: string]: unknown;
            };
        };
        /** @description An organisation's billing profile. */
        Billing: {
            /** @description The platform's internal link between this profile and the billing provider. */
            platformId: string;
            /**
             * @description The billing provider, which also tells the shape of objects passed through from it such as
             *     `Subscription.rawData`. Only `stripe` so far.
             */
            platformType?: string;
            /** @description The organisation's customer identifier at the billing provider. */
            customerId: string;
            /** @description The identifier of the subscription being managed at the billing provider. */
            subscriptionId?: string;
            /** @description Where invoices are sent. It does not take a seat in the plan. */
            billingEmail: string;
            /** @description The organisation's first 10 subscriptions; `hasMoreSubscriptions` says whether there are more. */
            recentSubscriptions?: components["schemas"]["Subscription"][];
            /**
             * @description 1 when the organisation has an active subscription (in a free trial, or with payment details
             *     that are up to date), 0 otherwise.
             */
            isSubscriptionActive: number;
            /** @description Whether there are subscriptions beyond `recentSubscriptions`. */
            hasMoreSubscriptions?: boolean;
            /**
             * Format: date
             * @description The day the free trial ends (UTC), while the organisation is in one.
             */
            freeTrialEndDate?: string;
            /**
             * Format: date
             * @description The first day of the current billing period (UTC).
             */
            billingPeriodStart: string;
            /**
             * Format: date
             * @description The last day of the current billing period (UTC).
             */
            billingPeriodEnd: string;
            /** @description Whether the organisation is on a bespoke plan, billed outside the billing provider. */
            isBespoke?: boolean;
            /**
             * @description How many boards (hub boards not counted) the subscription allows. It also sets the free
             *     executions and users the organisation gets.
             */
            boardQuota?: number;
            /** @description How many hub boards the subscription allows; it also counts towards free executions and users. */
            hubBoardQuota?: number;
        };
        /** @description Billing details to change; fields left out stay as they are. */
        BillingDetailsUpdate: {
            /** @description Where invoices are sent. */
            billingEmail?: string;
            /** @description The customer identifier at the billing provider. */
            customerID?: string;
            /** @description The subscription identifier at the billing provider. */
            subscriptionID?: string;
            /** @description The platform's internal link to the billing provider. */
            platformID?: string;
        };
        /** @description A change of the subscription's board quota. */
        UpdateSubscriptionRequest: {
            /**
             * @description How many boards of `boardType` the organisation may publish. It also sets the free
             *     executions and users the organisation gets.
             */
            boardQuota?: number;
            /**
             * @description Which boards the quota is for.
             * @enum {string}
             */
            boardType?: "hub" | "regular";
        };
        /**
         * @description An amount of money as a whole part and a fractional part, such as 12 and 50 for £12.50, with
         *     its sign apart.
         */
        MonetaryValue: {
            /** @description Whether the amount is below zero. */
            isNegative: boolean;
            /**
             * @description The ISO 4217 currency code.
             * @enum {string}
             */
            currencyCode: "GBP" | "USD" | "EUR";
            /** @description The whole part (pounds, dollars, euros). */
            integral: number;
            /** @description The fractional part (pence, cents). */
            fractional: number;
        };
        /** @description One product of an invoice. */
        ProductBreakdown: {
            /** @description The product's name. */
            productName: string;
            /** @description How many were billed. */
            quantity: number;
            total: components["schemas"]["MonetaryValue"];
        };
        /** @description An invoice of the organisation. */
        Invoice: {
            /**
             * Format: date
             * @description The first day the invoice covers.
             */
            invoiceStartDate: string;
            /**
             * Format: date
             * @description The last day the invoice covers.
             */
            invoiceEndDate: string;
            totalAmount: components["schemas"]["MonetaryValue"];
            /**
             * Format: uri
             * @description Where the invoice can be seen.
             */
            invoiceURL: string;
            /** @description The invoice's products. */
            productBreakdowns?: components["schemas"]["ProductBreakdown"][];
            /** @description Usage counted in the period, by measure. */
            usageStatistics?: {
                [key: string]: number;
            };
            /** @description Extra facts about the invoice, by name. */
            metaData?: {
                [key: string]: string;
            };
        };
        /** @description Invoices of the organisation. */
        InvoiceList: components["schemas"]["Invoice"][];
        /** @description Where to send the user after a checkout at the billing provider. */
        CheckoutSessionCreate: {
            /**
             * Format: uri
             * @description Where the user lands after paying.
             */
            successURL?: string;
            /**
             * Format: uri
             * @description Where the user lands after giving up.
             */
            cancelURL?: string;
        };
        /** @description A checkout session started at the billing provider. */
        CheckoutSession: {
            /** @description The session's identifier at the billing provider, to redirect the user with. */
            sessionId?: string;
        };
        /** @description The answer to the billing provider. */
        BillingWebhookReceipt: {
            /** @description A short status text. */
            message?: string;
        };
        /** @description A signing key of the organisation, as the platform keeps it (public half only). */
        SigningKey: {
            /** @description Identifier of the key; tokens it signs carry `https://versori.com/sk/<id>` as their `iss`. */
            id: components["schemas"]["Ulid"];
            /** @description A label that tells the organisation's keys apart. */
            name: string;
            /** @description The public key, PEM-encoded (`-----BEGIN PUBLIC KEY-----`), that the platform verifies tokens with. */
            publicKey: string;
            /**
             * Format: date-time
             * @description When the key was created.
             */
            createdAt: string;
        };
        /** @description A newly created signing key together with its private key, which is returned this once only. */
        SigningKeyWithPrivateKey: components["schemas"]["SigningKey"] & {
            /**
             * @description The private key, PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`), to sign RS256 JWTs with. A
             *     secret: store it safely; the platform cannot show it again.
             */
            privateKey: string;
        };
        /** @description Every signing key of an organisation. */
        SigningKeyList: {
            /** @description The keys, public halves only. */
            keys: components["schemas"]["SigningKey"][];
        };
        /** @description What to give a new signing key. */
        SigningKeyCreate: {
            /** @description A label for the key, to tell it apart from the organisation's other keys. */
            name: string;
        };
    };
    responses: {
        /** @description The request is malformed or fails validation; `fields` lists the offending fields. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "bad_request",
                 *       "message": "The request body failed validation.",
                 *       "fields": [
                 *         {
                 *           "field": "name",
                 *           "message": "name must not be empty"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No credentials were sent, or they are invalid or expired. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "A valid API key or signing-key JWT is required."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials are valid but do not grant access to this resource. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "This API key may not manage organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD.",
                 *       "cause": "the key's role lacks organisation.edit"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The organisation or the resource does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD has no such resource."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller sent too many requests; wait for `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "message": "Too many requests; retry in 30 seconds."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The platform failed to handle the request. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal",
                 *       "message": "Something went wrong on our side; the request may be retried."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The identifier of the organisation.
         * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
         */
        organisation_id: string;
        /**
         * @description The ULID of the signing key.
         * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
         */
        key_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the signing key, as a token names it in `iss` (`https://versori.com/sk/<id>`).
         * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
         */
        public_key_id: components["schemas"]["Ulid"];
        /**
         * @description The identifier of the member (a UUID; one per user and organisation).
         * @example 3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d
         */
        member_id: string;
        /**
         * @description The identifier of the service account.
         * @example 01HR9A1B3C5D7E9F1G3H5J7K9M
         */
        service_account_id: string;
        /**
         * @description The identifier of the group.
         * @example 01HR9B2C4D6E8F0G2H4J6K8M0N
         */
        group_id: string;
        /**
         * @description The identifier of the invitation.
         * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
         */
        invitation_id: string;
        /**
         * @description The slug to check.
         * @example acme-eu
         */
        slug: string;
        /**
         * @description Only organisations whose name or slug contains this text, in any case.
         * @example acme
         */
        filter: string;
        /**
         * @description Only members of this kind of identity, `user` or `service_account`.
         * @example service_account
         */
        identity_type: string;
        /**
         * @description The first day of the invoices to list; a month before `to` when left out.
         * @example 2026-01-01
         */
        from: string;
        /**
         * @description The last day of the invoices to list; today when left out.
         * @example 2026-03-31
         */
        to: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before sending the request again.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description An identifier of this request, to quote when reporting a problem.
         * @example req_01HQ4C2V8J5N7P9R1T3W5Y7Z9B
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetActiveOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "slug": "acme",
                     *       "displayName": "Acme Ltd",
                     *       "owner": "01HQ2ZA1B3C5D7E9F1G3H5J7K9",
                     *       "billing": {
                     *         "platformId": "acme-billing-01",
                     *         "platformType": "stripe",
                     *         "customerId": "cus_Pq4e8T2mXk9R1a",
                     *         "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *         "billingEmail": "accounts@acme.example",
                     *         "recentSubscriptions": [
                     *           {
                     *             "id": "sub_1P2q3R4s5T6u7V8w",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "isSubscriptionActive": 1,
                     *         "hasMoreSubscriptions": false,
                     *         "billingPeriodStart": "2026-03-01",
                     *         "billingPeriodEnd": "2026-03-31",
                     *         "isBespoke": false,
                     *         "boardQuota": 5,
                     *         "hubBoardQuota": 2
                     *       },
                     *       "systemServiceAccountClientID": "sa-system-7f3c91d2a4b8",
                     *       "plan": "growth"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetOrganisations: {
        parameters: {
            query?: {
                /**
                 * @description Only organisations whose name or slug contains this text, in any case.
                 * @example acme
                 */
                filter?: components["parameters"]["filter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's organisations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "organisations": [
                     *         {
                     *           "id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "slug": "acme",
                     *           "displayName": "Acme Ltd",
                     *           "owner": "01HQ2ZA1B3C5D7E9F1G3H5J7K9",
                     *           "billing": {
                     *             "platformId": "acme-billing-01",
                     *             "platformType": "stripe",
                     *             "customerId": "cus_Pq4e8T2mXk9R1a",
                     *             "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *             "billingEmail": "accounts@acme.example",
                     *             "recentSubscriptions": [
                     *               {
                     *                 "id": "sub_1P2q3R4s5T6u7V8w",
                     *                 "status": "active"
                     *               }
                     *             ],
                     *             "isSubscriptionActive": 1,
                     *             "hasMoreSubscriptions": false,
                     *             "billingPeriodStart": "2026-03-01",
                     *             "billingPeriodEnd": "2026-03-31",
                     *             "isBespoke": false,
                     *             "boardQuota": 5,
                     *             "hubBoardQuota": 2
                     *           },
                     *           "systemServiceAccountClientID": "sa-system-7f3c91d2a4b8",
                     *           "plan": "growth"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OrganisationsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new organisation's slug and name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "slug": "acme",
                 *       "displayName": "Acme Ltd"
                 *     }
                 */
                "application/json": components["schemas"]["OrganisationCreate"];
            };
        };
        responses: {
            /** @description The organisation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "slug": "acme",
                     *       "displayName": "Acme Ltd",
                     *       "owner": "01HQ2ZA1B3C5D7E9F1G3H5J7K9",
                     *       "billing": {
                     *         "platformId": "acme-billing-01",
                     *         "platformType": "stripe",
                     *         "customerId": "cus_Pq4e8T2mXk9R1a",
                     *         "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *         "billingEmail": "accounts@acme.example",
                     *         "recentSubscriptions": [
                     *           {
                     *             "id": "sub_1P2q3R4s5T6u7V8w",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "isSubscriptionActive": 1,
                     *         "hasMoreSubscriptions": false,
                     *         "billingPeriodStart": "2026-03-01",
                     *         "billingPeriodEnd": "2026-03-31",
                     *         "isBespoke": false,
                     *         "boardQuota": 5,
                     *         "hubBoardQuota": 2
                     *       },
                     *       "systemServiceAccountClientID": "sa-system-7f3c91d2a4b8",
                     *       "plan": "growth"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "slug": "acme",
                     *       "displayName": "Acme Ltd",
                     *       "owner": "01HQ2ZA1B3C5D7E9F1G3H5J7K9",
                     *       "billing": {
                     *         "platformId": "acme-billing-01",
                     *         "platformType": "stripe",
                     *         "customerId": "cus_Pq4e8T2mXk9R1a",
                     *         "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *         "billingEmail": "accounts@acme.example",
                     *         "recentSubscriptions": [
                     *           {
                     *             "id": "sub_1P2q3R4s5T6u7V8w",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "isSubscriptionActive": 1,
                     *         "hasMoreSubscriptions": false,
                     *         "billingPeriodStart": "2026-03-01",
                     *         "billingPeriodEnd": "2026-03-31",
                     *         "isBespoke": false,
                     *         "boardQuota": 5,
                     *         "hubBoardQuota": 2
                     *       },
                     *       "systemServiceAccountClientID": "sa-system-7f3c91d2a4b8",
                     *       "plan": "growth"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    SetActiveOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation, now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "slug": "acme",
                     *       "displayName": "Acme Ltd",
                     *       "owner": "01HQ2ZA1B3C5D7E9F1G3H5J7K9",
                     *       "billing": {
                     *         "platformId": "acme-billing-01",
                     *         "platformType": "stripe",
                     *         "customerId": "cus_Pq4e8T2mXk9R1a",
                     *         "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *         "billingEmail": "accounts@acme.example",
                     *         "recentSubscriptions": [
                     *           {
                     *             "id": "sub_1P2q3R4s5T6u7V8w",
                     *             "status": "active"
                     *           }
                     *         ],
                     *         "isSubscriptionActive": 1,
                     *         "hasMoreSubscriptions": false,
                     *         "billingPeriodStart": "2026-03-01",
                     *         "billingPeriodEnd": "2026-03-31",
                     *         "isBespoke": false,
                     *         "boardQuota": 5,
                     *         "hubBoardQuota": 2
                     *       },
                     *       "systemServiceAccountClientID": "sa-system-7f3c91d2a4b8",
                     *       "plan": "growth"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetMembers: {
        parameters: {
            query?: {
                /**
                 * @description Only members of this kind of identity, `user` or `service_account`.
                 * @example service_account
                 */
                identity_type?: components["parameters"]["identity_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "members": [
                     *         {
                     *           "id": "3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d",
                     *           "identityType": "user",
                     *           "identityId": "usr_01HQ31C3D5E7F9G1H3J5K7M9N1",
                     *           "name": "Ada Lovelace",
                     *           "email": "ada@acme.example",
                     *           "picture": "https://cdn.acme.example/people/ada.png",
                     *           "roleBindings": [
                     *             {
                     *               "role": {
                     *                 "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *                 "name": "Developer",
                     *                 "permissions": [
                     *                   {
                     *                     "id": "connection.read",
                     *                     "description": "See connections and their connectors."
                     *                   },
                     *                   {
                     *                     "id": "switchboard.publish",
                     *                     "description": "Publish boards."
                     *                   }
                     *                 ],
                     *                 "scopes": [
                     *                   "organisation"
                     *                 ]
                     *               },
                     *               "resource": {
                     *                 "resourceType": "organisation",
                     *                 "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "name": "Acme Ltd"
                     *               }
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "9b2d4f61-7a3c-4e8b-a1d5-0c6e8f2a4b7d",
                     *           "identityType": "service_account",
                     *           "identityId": "01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *           "name": "ci-deployer",
                     *           "email": "ci-deployer@sa.acme.versori.com",
                     *           "picture": "https://cdn.versori.com/avatars/service-account.png",
                     *           "roleBindings": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MembersPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the member (a UUID; one per user and organisation).
                 * @example 3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d
                 */
                member_id: components["parameters"]["member_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d",
                     *       "identityType": "user",
                     *       "identityId": "usr_01HQ31C3D5E7F9G1H3J5K7M9N1",
                     *       "name": "Ada Lovelace",
                     *       "email": "ada@acme.example",
                     *       "picture": "https://cdn.acme.example/people/ada.png",
                     *       "roleBindings": [
                     *         {
                     *           "role": {
                     *             "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *             "name": "Developer",
                     *             "permissions": [
                     *               {
                     *                 "id": "connection.read",
                     *                 "description": "See connections and their connectors."
                     *               },
                     *               {
                     *                 "id": "switchboard.publish",
                     *                 "description": "Publish boards."
                     *               }
                     *             ],
                     *             "scopes": [
                     *               "organisation"
                     *             ]
                     *           },
                     *           "resource": {
                     *             "resourceType": "organisation",
                     *             "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "name": "Acme Ltd"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the member (a UUID; one per user and organisation).
                 * @example 3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d
                 */
                member_id: components["parameters"]["member_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetServiceAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's service accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "serviceAccounts": [
                     *         {
                     *           "id": "01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *           "name": "ci-deployer",
                     *           "email": "ci-deployer@sa.acme.versori.com",
                     *           "clientId": "sa_01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *           "roleBindings": [
                     *             {
                     *               "role": {
                     *                 "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *                 "name": "Developer",
                     *                 "permissions": [
                     *                   {
                     *                     "id": "connection.read",
                     *                     "description": "See connections and their connectors."
                     *                   },
                     *                   {
                     *                     "id": "switchboard.publish",
                     *                     "description": "Publish boards."
                     *                   }
                     *                 ],
                     *                 "scopes": [
                     *                   "organisation"
                     *                 ]
                     *               },
                     *               "resource": {
                     *                 "resourceType": "organisation",
                     *                 "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "name": "Acme Ltd"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccountsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The account's name and what it is granted. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ci-deployer",
                 *       "roles": [
                 *         "Developer"
                 *       ],
                 *       "groupIDs": [
                 *         "01HR9B2C4D6E8F0G2H4J6K8M0N"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceAccountCreate"];
            };
        };
        responses: {
            /** @description The service account, with its client secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *       "name": "ci-deployer",
                     *       "email": "ci-deployer@sa.acme.versori.com",
                     *       "clientId": "sa_01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *       "clientSecret": "EXAMPLE-ONLY-NOT-A-REAL-CLIENT-SECRET",
                     *       "roleBindings": [
                     *         {
                     *           "role": {
                     *             "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *             "name": "Developer",
                     *             "permissions": [
                     *               {
                     *                 "id": "connection.read",
                     *                 "description": "See connections and their connectors."
                     *               },
                     *               {
                     *                 "id": "switchboard.publish",
                     *                 "description": "Publish boards."
                     *               }
                     *             ],
                     *             "scopes": [
                     *               "organisation"
                     *             ]
                     *           },
                     *           "resource": {
                     *             "resourceType": "organisation",
                     *             "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "name": "Acme Ltd"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the service account.
                 * @example 01HR9A1B3C5D7E9F1G3H5J7K9M
                 */
                service_account_id: components["parameters"]["service_account_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *       "name": "ci-deployer",
                     *       "email": "ci-deployer@sa.acme.versori.com",
                     *       "clientId": "sa_01HR9A1B3C5D7E9F1G3H5J7K9M",
                     *       "roleBindings": [
                     *         {
                     *           "role": {
                     *             "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *             "name": "Developer",
                     *             "permissions": [
                     *               {
                     *                 "id": "connection.read",
                     *                 "description": "See connections and their connectors."
                     *               },
                     *               {
                     *                 "id": "switchboard.publish",
                     *                 "description": "Publish boards."
                     *               }
                     *             ],
                     *             "scopes": [
                     *               "organisation"
                     *             ]
                     *           },
                     *           "resource": {
                     *             "resourceType": "organisation",
                     *             "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "name": "Acme Ltd"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteServiceAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the service account.
                 * @example 01HR9A1B3C5D7E9F1G3H5J7K9M
                 */
                service_account_id: components["parameters"]["service_account_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service account was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "groups": [
                     *         {
                     *           "id": "01HR9B2C4D6E8F0G2H4J6K8M0N",
                     *           "name": "Integrations team",
                     *           "numMembers": 4,
                     *           "numServiceAccounts": 1,
                     *           "roleBindings": [
                     *             {
                     *               "role": {
                     *                 "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *                 "name": "Developer",
                     *                 "permissions": [
                     *                   {
                     *                     "id": "connection.read",
                     *                     "description": "See connections and their connectors."
                     *                   },
                     *                   {
                     *                     "id": "switchboard.publish",
                     *                     "description": "Publish boards."
                     *                   }
                     *                 ],
                     *                 "scopes": [
                     *                   "organisation"
                     *                 ]
                     *               },
                     *               "resource": {
                     *                 "resourceType": "organisation",
                     *                 "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "name": "Acme Ltd"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GroupsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The group's name, members and roles. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Integrations team",
                 *       "members": [
                 *         "3f0c6a52-8d1e-4b7a-9c2f-5e6d7a8b9c0d"
                 *       ],
                 *       "roles": [
                 *         "Developer"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GroupCreate"];
            };
        };
        responses: {
            /** @description The group was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9B2C4D6E8F0G2H4J6K8M0N",
                     *       "name": "Integrations team",
                     *       "numMembers": 4,
                     *       "numServiceAccounts": 1,
                     *       "roleBindings": [
                     *         {
                     *           "role": {
                     *             "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *             "name": "Developer",
                     *             "permissions": [
                     *               {
                     *                 "id": "connection.read",
                     *                 "description": "See connections and their connectors."
                     *               },
                     *               {
                     *                 "id": "switchboard.publish",
                     *                 "description": "Publish boards."
                     *               }
                     *             ],
                     *             "scopes": [
                     *               "organisation"
                     *             ]
                     *           },
                     *           "resource": {
                     *             "resourceType": "organisation",
                     *             "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "name": "Acme Ltd"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the group.
                 * @example 01HR9B2C4D6E8F0G2H4J6K8M0N
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9B2C4D6E8F0G2H4J6K8M0N",
                     *       "name": "Integrations team",
                     *       "numMembers": 4,
                     *       "numServiceAccounts": 1,
                     *       "roleBindings": [
                     *         {
                     *           "role": {
                     *             "id": "01HQ30B2C4D6E8F0G2H4J6K8M0",
                     *             "name": "Developer",
                     *             "permissions": [
                     *               {
                     *                 "id": "connection.read",
                     *                 "description": "See connections and their connectors."
                     *               },
                     *               {
                     *                 "id": "switchboard.publish",
                     *                 "description": "Publish boards."
                     *               }
                     *             ],
                     *             "scopes": [
                     *               "organisation"
                     *             ]
                     *           },
                     *           "resource": {
                     *             "resourceType": "organisation",
                     *             "resourceId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "name": "Acme Ltd"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Group"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the group.
                 * @example 01HR9B2C4D6E8F0G2H4J6K8M0N
                 */
                group_id: components["parameters"]["group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "invitations": [
                     *         {
                     *           "id": "01HR9C3D5E7F9G1H3J5K7M9N1P",
                     *           "email": "grace@acme.example",
                     *           "name": "grace@acme.example",
                     *           "picture": "https://cdn.versori.com/avatars/default.png",
                     *           "accepted": false,
                     *           "inviteType": "join_organisation",
                     *           "expiresAt": "2026-03-25T09:30:00Z",
                     *           "createdAt": "2026-03-18T09:30:00Z",
                     *           "roles": [
                     *             "Developer"
                     *           ],
                     *           "groupIDs": [
                     *             "01HR9B2C4D6E8F0G2H4J6K8M0N"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationsPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    InviteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description Who to invite, for what, and the links the email uses. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "grace@acme.example",
                 *       "url": "https://app.acme.example/invitations/accept",
                 *       "authUrl": "https://app.acme.example/login",
                 *       "inviteType": "join_organisation",
                 *       "roles": [
                 *         "Developer"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InvitationCreate"];
            };
        };
        responses: {
            /** @description The invitation was sent. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9C3D5E7F9G1H3J5K7M9N1P",
                     *       "email": "grace@acme.example",
                     *       "name": "grace@acme.example",
                     *       "picture": "https://cdn.versori.com/avatars/default.png",
                     *       "accepted": false,
                     *       "inviteType": "join_organisation",
                     *       "expiresAt": "2026-03-25T09:30:00Z",
                     *       "createdAt": "2026-03-18T09:30:00Z",
                     *       "roles": [
                     *         "Developer"
                     *       ],
                     *       "groupIDs": [
                     *         "01HR9B2C4D6E8F0G2H4J6K8M0N"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    AcceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation was accepted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ResendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The identifier of the invitation.
                 * @example 01HR9C3D5E7F9G1H3J5K7M9N1P
                 */
                invitation_id: components["parameters"]["invitation_id"];
            };
            cookie?: never;
        };
        /** @description Who to invite, for what, and the links the email uses. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "grace@acme.example",
                 *       "url": "https://app.acme.example/invitations/accept",
                 *       "authUrl": "https://app.acme.example/login",
                 *       "inviteType": "join_organisation"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationResend"];
            };
        };
        responses: {
            /** @description The invitation as resent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR9C3D5E7F9G1H3J5K7M9N1P",
                     *       "email": "grace@acme.example",
                     *       "name": "grace@acme.example",
                     *       "picture": "https://cdn.versori.com/avatars/default.png",
                     *       "accepted": false,
                     *       "inviteType": "join_organisation",
                     *       "expiresAt": "2026-03-28T14:05:00Z",
                     *       "createdAt": "2026-03-18T09:30:00Z",
                     *       "roles": [
                     *         "Developer"
                     *       ],
                     *       "groupIDs": [
                     *         "01HR9B2C4D6E8F0G2H4J6K8M0N"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetBilling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "platformId": "acme-billing-01",
                     *       "platformType": "stripe",
                     *       "customerId": "cus_Pq4e8T2mXk9R1a",
                     *       "subscriptionId": "sub_1P2q3R4s5T6u7V8w",
                     *       "billingEmail": "accounts@acme.example",
                     *       "recentSubscriptions": [
                     *         {
                     *           "id": "sub_1P2q3R4s5T6u7V8w",
                     *           "status": "active",
                     *           "rawData": {
                     *             "object": "subscription",
                     *             "cancel_at_period_end": false
                     *           }
                     *         }
                     *       ],
                     *       "isSubscriptionActive": 1,
                     *       "hasMoreSubscriptions": false,
                     *       "billingPeriodStart": "2026-03-01",
                     *       "billingPeriodEnd": "2026-03-31",
                     *       "isBespoke": false,
                     *       "boardQuota": 5,
                     *       "hubBoardQuota": 2
                     *     }
                     */
                    "application/json": components["schemas"]["Billing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateBillingDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The details to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "billingEmail": "finance@acme.example"
                 *     }
                 */
                "application/json": components["schemas"]["BillingDetailsUpdate"];
            };
        };
        responses: {
            /** @description The details were changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetInvoices: {
        parameters: {
            query?: {
                /**
                 * @description The first day of the invoices to list; a month before `to` when left out.
                 * @example 2026-01-01
                 */
                from?: components["parameters"]["from"];
                /**
                 * @description The last day of the invoices to list; today when left out.
                 * @example 2026-03-31
                 */
                to?: components["parameters"]["to"];
            };
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "invoiceStartDate": "2026-02-01",
                     *         "invoiceEndDate": "2026-02-28",
                     *         "totalAmount": {
                     *           "isNegative": false,
                     *           "currencyCode": "GBP",
                     *           "integral": 249,
                     *           "fractional": 50
                     *         },
                     *         "invoiceURL": "https://invoices.acme.example/in_1P2q3R4s5T6u",
                     *         "productBreakdowns": [
                     *           {
                     *             "productName": "Boards",
                     *             "quantity": 5,
                     *             "total": {
                     *               "isNegative": false,
                     *               "currencyCode": "GBP",
                     *               "integral": 249,
                     *               "fractional": 50
                     *             }
                     *           }
                     *         ],
                     *         "usageStatistics": {
                     *           "executions": 18234
                     *         },
                     *         "metaData": {
                     *           "purchaseOrder": "PO-1042"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The new quota and the type of board it is for. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "boardQuota": 8,
                 *       "boardType": "regular"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription was changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description Where the user lands after the checkout. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "successURL": "https://app.acme.example/billing/done",
                 *       "cancelURL": "https://app.acme.example/billing"
                 *     }
                 */
                "application/json": components["schemas"]["CheckoutSessionCreate"];
            };
        };
        responses: {
            /** @description The checkout session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": "cs_live_a1B2c3D4e5F6g7H8"
                     *     }
                     */
                    "application/json": components["schemas"]["CheckoutSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the signing key, as a token names it in `iss` (`https://versori.com/sk/<id>`).
                 * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
                 */
                id: components["parameters"]["public_key_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signing key, public half only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ6E3M8SX4N9V2Y7A0C5D1FG",
                     *       "name": "Storefront backend",
                     *       "publicKey": "-----BEGIN PUBLIC KEY-----\nEXAMPLE-PUBLIC-KEY-PLACEHOLDER-2\n-----END PUBLIC KEY-----\n",
                     *       "createdAt": "2026-03-18T16:42:31Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SigningKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All signing keys of the organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "id": "01HQ5D2K7RW3M8T1X6Z9B4C0EF",
                     *           "name": "Organisation Public Key 1",
                     *           "publicKey": "-----BEGIN PUBLIC KEY-----\nEXAMPLE-PUBLIC-KEY-PLACEHOLDER-1\n-----END PUBLIC KEY-----\n",
                     *           "createdAt": "2026-03-02T10:15:00Z"
                     *         },
                     *         {
                     *           "id": "01HQ6E3M8SX4N9V2Y7A0C5D1FG",
                     *           "name": "Storefront backend",
                     *           "publicKey": "-----BEGIN PUBLIC KEY-----\nEXAMPLE-PUBLIC-KEY-PLACEHOLDER-2\n-----END PUBLIC KEY-----\n",
                     *           "createdAt": "2026-03-18T16:42:31Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SigningKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /** @description The name of the new key. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Storefront backend"
                 *     }
                 */
                "application/json": components["schemas"]["SigningKeyCreate"];
            };
        };
        responses: {
            /** @description The new key, with its private key shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ6E3M8SX4N9V2Y7A0C5D1FG",
                     *       "name": "Storefront backend",
                     *       "publicKey": "-----BEGIN PUBLIC KEY-----\nEXAMPLE-PUBLIC-KEY-PLACEHOLDER-2\n-----END PUBLIC KEY-----\n",
                     *       "privateKey": "-----BEGIN PRIVATE KEY-----\nEXAMPLE-ONLY-NOT-A-REAL-PRIVATE-KEY\n-----END PRIVATE KEY-----\n",
                     *       "createdAt": "2026-03-18T16:42:31Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SigningKeyWithPrivateKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    DeleteSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the signing key.
                 * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
                 */
                key_id: components["parameters"]["key_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetSlugAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The slug to check.
                 * @example acme-eu
                 */
                slug: components["parameters"]["slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the slug is free. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "messages": [
                     *         "This slug is already taken."
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SlugAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    BillingWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event was received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "received"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingWebhookReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
