// Generated from openapi/embedded-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/o/{organisation_id}/hubs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List an organisation's hubs
         * @description Returns the hubs of the organisation. The answer has the shape of a page, but for now it
         *     holds every hub at once and takes no cursor; paging may be introduced later.
         */
        get: operations["ListHubs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set up a hub
         * @description Creates a hub for the organisation named in the body, built around the given primary
         *     connector. `authSchemeConfig` says how end users authenticate to that connector; the embedded
         *     UI follows it, while API callers may still connect with another configuration.
         */
        post: operations["CreateHub"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hubs/{hub_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /**
         * Get a hub
         * @description Returns one hub with a summary of its primary connector.
         */
        get: operations["GetHub"];
        put?: never;
        post?: never;
        /**
         * Delete a hub
         * @description Deletes the hub. For now this is a soft delete, and the platform reserves the right to
         *     change that without notice: the hub's integrations, activations and end users are kept and
         *     can still be fetched by their ids, and integrations already deployed keep running.
         */
        delete: operations["DeleteHub"];
        options?: never;
        head?: never;
        /**
         * Rename a hub or make it the default
         * @description Changes the hub's name, or whether it is the organisation's default hub. Fields left out
         *     stay as they are; the primary connector cannot be changed here.
         */
        patch: operations["UpdateHubDetails"];
        trace?: never;
    };
    "/hubs/{hub_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /**
         * List a hub's end users
         * @description Returns one page of the hub's end users, optionally narrowed by `search`, which is matched
         *     against each user's ULID, external identifier and display name.
         */
        get: operations["ListEndUsers"];
        put?: never;
        /**
         * Register an end user in a hub
         * @description Adds an end user to the hub. `externalId` must be unique within the hub and cannot be changed
         *     later, so choose something stable, ideally the user's identifier in the hub's primary
         *     connector, rather than something like an email address.
         *
         *     An end user needs a connection to the primary connector before activating any integration.
         *     It can be sent here as `primaryConnection`, created later with CreateEndUserConnection, or
         *     supplied with the first ActivateIntegration call.
         */
        post: operations["CreateEndUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hubs/{hub_id}/users/{user_id}": {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * Get an end user
         * @description Returns one end user of the hub, including their connection to the primary connector.
         */
        get: operations["GetEndUser"];
        put?: never;
        post?: never;
        /**
         * Remove an end user from a hub
         * @description Deletes the end user (by external identifier unless `identifier_type` says `internal`),
         *     together with every connection and activation they have in the hub.
         */
        delete: operations["DeleteEndUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hubs/{hub_id}/users/{user_id}/connections": {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * List an end user's connections
         * @description Returns one page of the end user's connections, optionally only those made for the hub
         *     connectors listed in `hub_connector_id`.
         */
        get: operations["ListEndUserConnections"];
        put?: never;
        /**
         * Create a connection for an end user
         * @description Stores a new connection for the end user to one of the hub's connectors, identified by
         *     `connectorId`.
         *
         *     Most end users connect while activating an integration in the embedded UI. This endpoint is
         *     for the cases where credentials reach you some other way, for example from another API, and
         *     must be stored without the user going through the UI.
         */
        post: operations["CreateEndUserConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hubs/{hub_id}/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /**
         * List a hub's integrations
         * @description Returns the hub's integrations, unpublished ones included, optionally narrowed by `search`
         *     (matched against the name). Because unpublished integrations are listed, this is for the
         *     organisation's own tools, not for the embedded UI shown to end users.
         *
         *     The answer carries a `total` but no cursors, so a single request returns all there is to
         *     see.
         */
        get: operations["ListIntegrations"];
        put?: never;
        /**
         * Add an integration to a hub
         * @description Creates an integration in the hub. A first connection template can be created with it
         *     through `connectionTemplate`; more are added with CreateHubConnectionTemplate.
         */
        post: operations["CreateIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /**
         * Get an integration
         * @description Returns one integration of a hub as the organisation manages it, deployed or not, with
         *     the JSON Schema of its dynamic variables.
         */
        get: operations["GetIntegration"];
        put?: never;
        post?: never;
        /**
         * Remove an integration
         * @description Deletes the integration. An integration that is currently deployed cannot be deleted; the
         *     request then fails and nothing changes.
         */
        delete: operations["DeleteIntegration"];
        options?: never;
        head?: never;
        /**
         * Change an integration's details
         * @description Changes the integration's name, image, description or the JSON Schema of its dynamic
         *     variables. Fields left out stay as they are.
         */
        patch: operations["UpdateIntegration"];
        trace?: never;
    };
    "/integrations/{integration_id}/connection-templates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /**
         * List an integration's connection templates
         * @description Returns one page of the integration's connection templates, unpublished ones included. Like
         *     ListIntegrations, this is for the organisation's own tools rather than for end users.
         */
        get: operations["ListIntegrationConnectionTemplates"];
        put?: never;
        /**
         * Add a connection template to an integration
         * @description Adds a connection template (also called a hub connector) to the integration. It wraps a
         *     connector of the Connect API with what embedding needs on top:
         *
         *     - a role within the integration, so that one connector can appear twice (for instance as
         *       the source and the target account of the same system);
         *     - the authentication configuration end users are asked to follow when they activate the
         *       integration.
         */
        post: operations["CreateHubConnectionTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record which connection templates an integration uses
         * @description Internal: sets which of the hub's connection templates the integration actually uses. The
         *     platform's own integration runtime calls this; API users have no reason to.
         */
        put: operations["UpdateIntegrationMetadata"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}/users/{user_id}/variables": {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * Read an end user's dynamic variables for an integration
         * @description Internal: returns the values of the integration's dynamic variables for one end user. The
         *     platform's runtime reads them; API users read an activation instead.
         */
        get: operations["GetDynamicVariables"];
        /**
         * Replace an end user's dynamic variables for an integration
         * @description Internal: replaces the values of the integration's dynamic variables for one end user.
         *     API users change them with UpdateDynamicVariables on the activation.
         */
        put: operations["UpdateDynamicVariablesInternal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connection-templates/{connection_template_id}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of a connection template (hub connector) of the hub.
                 * @example 01HR5J8A0B2C3D4E5F6G7H8J9K
                 */
                connection_template_id: components["parameters"]["connection_template_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * Get an end user's connection for a connection template
         * @description Returns the connection the end user made for one connection template, with its credentials
         *     (secret values redacted) and variables. The platform's action runtime uses it to find the
         *     credentials to act with on the user's behalf.
         */
        get: operations["GetEndUserConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{hub_id}/users/{user_id}/integrations": {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * List the integrations an end user can see
         * @description Returns the integrations offered to the end user, each with whether it is deployed and
         *     whether this user has activated it. This is what an embedded integration hub lists. Use
         *     `deployed` to show only deployed, or only undeployed, integrations.
         */
        get: operations["ListEndUserIntegrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{hub_id}/users/{user_id}/integrations/{integration_id}": {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /**
         * Get an integration as an end user sees it
         * @description Returns one integration with everything an embedded UI needs to walk the end user through
         *     activating it, including the connection templates they will be asked to connect.
         */
        get: operations["GetEmbeddedIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{hub_id}/connector/{connector_id}/oauth2/initialise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HR2C4D6E8F0G1H2J3K4M5N6P
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an end user's OAuth 2.0 connection
         * @description Builds the URL of the OAuth 2.0 provider's authorisation endpoint to send the end user to.
         *     OAuth 2.0 connections to a connector can only be made through URLs built here, because the
         *     platform issues the `state` value and checks it when the provider redirects back.
         *
         *     Besides the extra query parameters given in `additionalParams`, the URL carries these,
         *     set by the platform (see the OpenID Connect Core authentication request for their meaning):
         *
         *     - `client_id`: from the body; it must be the client ID stored in the referenced credential,
         *       or handling the redirect fails.
         *     - `redirect_uri`: the platform's address that receives the user after authorisation.
         *     - `response_type`: always `code`.
         *     - `scope`: built from `scopes` (see that property).
         *     - `state`: an unguessable value the platform checks on the redirect.
         *     - `prompt`: see the `prompt` property.
         */
        post: operations["InitialiseOAuth2EmbeddedConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{hub_id}/users/{user_id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /**
         * List an end user's activations
         * @description Returns one page of the end user's activations, optionally only those of one integration.
         */
        get: operations["ListEndUserActivations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate an integration for an end user
         * @description Switches an integration on for an end user, the last step of activation: the connections it
         *     needs are put in place and the integration is configured with the given variables so it can
         *     run.
         *
         *     Each entry of `connections` binds one connection template, either to a connection the user
         *     already has (`connectionId`) or to a new connection described in full. If, once these are
         *     resolved, a template the integration needs is still without a connection, the request fails.
         */
        post: operations["ActivateIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activations/{activation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the activation.
                 * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        /**
         * Get an activation
         * @description Returns one activation with its end user and a summary of its integration.
         */
        get: operations["GetActivation"];
        put?: never;
        post?: never;
        /**
         * Remove an activation
         * @description Deletes the activation, switching the integration off for that end user.
         */
        delete: operations["DeleteActivation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activations/{activation_id}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the activation.
                 * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change an activation's dynamic variables
         * @description Replaces the values of the dynamic variables the activation runs with, for example when
         *     the end user changes a setting of the integration after activating it.
         */
        put: operations["UpdateDynamicVariables"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the API's health
         * @description Answers 200 when the Embedded API is up and able to serve requests.
         */
        get: operations["HealthCheck"];
        put?: never;
        post?: never;
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
         * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
         */
        Ulid: string;
        /** @description One field of the request that failed validation. */
        ErrorField: {
            /** @description Path to the field, with dots and array indexes, such as `connections[0].name`. */
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
        };
        /** @description Paging details shared by every list answer. */
        PageInfo: {
            /** @description How many items match the request across all pages. */
            totalCount: number;
            /** @description Cursor to pass as `after` to get the following page; absent on the last page. */
            next?: string;
            /** @description Cursor to pass as `before` to get the preceding page; absent on the first page. */
            prev?: string;
        };
        /** @description The answer of the health check. */
        HealthResponse: {
            /** @description A short status text. */
            message?: string;
        };
        /**
         * @description How serious a message is.
         * @enum {string}
         */
        MessageSeverity: "info" | "warning" | "error";
        /** @description A note for the user about the result of a request, such as a validation finding. */
        Message: {
            /** @description The message itself. */
            text: string;
            severity: components["schemas"]["MessageSeverity"];
            /** @description Further lines that explain the message, for example each validation problem found. */
            detail?: string[];
        };
        /**
         * @description The protocols a connector can use.
         * @enum {string}
         */
        ProtocolType: "http" | "bigquery";
        /** @description Fields shared by every kind of authentication configuration. */
        AuthSchemeConfigBase: {
            /**
             * @description Identifier of the configuration, chosen by the client. It only needs to be unique within the
             *     list that holds it.
             */
            id: components["schemas"]["Ulid"];
            /** @description A label that tells apart configurations of the same `schemeType`. */
            description: string;
            /**
             * @description Feedback the platform produced when it checked this configuration, for showing to the user.
             *     Set by the platform; ignored when sent in a request.
             */
            readonly validationMessages?: components["schemas"]["Message"][];
        };
        /** @description The connector needs no authentication. Nothing is configured beyond the shared fields. */
        AuthSchemeConfigNone: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `none` for this kind.
             * @constant
             */
            schemeType: "none";
        };
        /**
         * @description Where in the request the API key is placed.
         * @enum {string}
         */
        AuthSchemeConfigAPIKeyIn: "query" | "header" | "cookie";
        /** @description The connector sends an API key with each request, in a header, query parameter or cookie. */
        AuthSchemeConfigAPIKey: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `api-key` for this kind.
             * @constant
             */
            schemeType: "api-key";
            /** @description Name of the header, query parameter or cookie that carries the key. */
            name: string;
            in: components["schemas"]["AuthSchemeConfigAPIKeyIn"];
        };
        /** @description The connector uses HTTP basic authentication. Nothing is configured beyond the shared fields. */
        AuthSchemeConfigBasicAuth: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `basic-auth` for this kind.
             * @constant
             */
            schemeType: "basic-auth";
        };
        /** @description One scope an OAuth 2.0 application may ask for. */
        OAuth2Scope: {
            /** @description The scope as the external system spells it. */
            name: string;
            /** @description A plain explanation of what the scope allows, suitable for a tooltip. */
            description?: string;
        };
        /**
         * @description Settings for the `authorization_code` grant. When `credentialId` and `organisationId` are both
         *     absent, the platform stores the client ID and secret in a new credential. When both are present,
         *     the existing credential and settings are merged with the fields sent (JSON Merge Patch; absent
         *     fields stay as they are). Sending only one of them is rejected with 400.
         */
        AuthSchemeConfigOAuth2GrantAuthorizationCode: {
            /**
             * @description Always `authorization_code` for this grant.
             * @constant
             */
            grantType: "authorization_code";
            /** @description The credential that holds the client ID and secret for this grant. */
            credentialId?: components["schemas"]["Ulid"];
            /**
             * @description The organisation that owns that credential. It may differ from the connector's organisation,
             *     for example when the connector came from Versori's public library.
             */
            organisationId?: components["schemas"]["Ulid"];
            /** @description The OAuth 2.0 client identifier. Not secret; it may be shown to users. */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. Accepted on writes; never shown to users. */
            clientSecret?: string;
        };
        /**
         * @description Settings for the `client_credentials` grant. There are none: the client ID and secret are supplied
         *     with each connection instead.
         */
        AuthSchemeConfigOAuth2GrantClientCredentials: {
            /**
             * @description Always `client_credentials` for this grant.
             * @constant
             */
            grantType: "client_credentials";
        };
        /**
         * @description Settings for the `password` (resource owner) grant. When `credentialId` and `organisationId` are
         *     both absent, the platform stores the client ID and secret in a new credential. When both are
         *     present, the existing credential and settings are merged with the fields sent (JSON Merge Patch).
         *     Sending only one of them is rejected with 400.
         */
        AuthSchemeConfigOAuth2GrantPassword: {
            /**
             * @description Always `password` for this grant.
             * @constant
             */
            grantType: "password";
            /** @description The credential that holds the client ID and secret for this grant. */
            credentialId?: components["schemas"]["Ulid"];
            /**
             * @description The organisation that owns that credential. It may differ from the connector's organisation,
             *     for example when the connector came from Versori's public library.
             */
            organisationId?: components["schemas"]["Ulid"];
            /** @description The OAuth 2.0 client identifier. Not secret; it may be shown to users. */
            clientId?: string;
            /** @description The OAuth 2.0 client secret. May be sent to change it; never shown to users. */
            clientSecret?: string;
        };
        /**
         * @description The OAuth 2.0 grant the connector uses. Each kind fixes `grantType` to its own value, which
         *     tells them apart.
         */
        AuthSchemeConfigOAuth2Grant: components["schemas"]["AuthSchemeConfigOAuth2GrantAuthorizationCode"] | components["schemas"]["AuthSchemeConfigOAuth2GrantClientCredentials"] | components["schemas"]["AuthSchemeConfigOAuth2GrantPassword"];
        /**
         * @description The connector authenticates with OAuth 2.0. This holds the provider's endpoints, the scopes on
         *     offer and the grant to use; for grants that need a client ID and secret on the connector itself,
         *     those are part of `grant`.
         */
        AuthSchemeConfigOAuth2: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `oauth2` for this kind.
             * @constant
             */
            schemeType: "oauth2";
            /**
             * Format: uri
             * @description Where users are sent to approve access for the application.
             */
            authorizeUrl: string;
            /**
             * Format: uri
             * @description Where the platform obtains access tokens.
             */
            tokenUrl: string;
            /** @description Every scope the application supports; users choose from these when they connect. */
            scopes: components["schemas"]["OAuth2Scope"][];
            /** @description Scopes requested unless the user picks others, for connectors that need a fixed set. */
            defaultScopes: string[];
            /**
             * @description Extra URL-encoded query parameters appended to `authorizeUrl` when the user is redirected. The
             *     UI uses this as the default; a call to InitialiseOAuth2EmbeddedConnection may pass other values.
             */
            additionalAuthorizeParams?: string;
            /**
             * @description Extra parameters, encoded as `application/x-www-form-urlencoded`, added to the body of requests
             *     to `tokenUrl`.
             */
            additionalTokenParams?: string;
            /** @description Whether requests to `tokenUrl` use mutual TLS with a client certificate. */
            mtlsEnabled?: boolean;
            /**
             * @description The credential holding the client certificate and key for mutual TLS. May be left out when
             *     creating a connection: if `mtlsEnabled` is true, the platform links a certificate
             *     configuration of the connector on its own.
             */
            mtlsCredentialId?: string;
            grant: components["schemas"]["AuthSchemeConfigOAuth2Grant"];
        };
        /**
         * @description Where in the request the HMAC signature is placed.
         * @enum {string}
         */
        AuthSchemeConfigHMACIn: "query" | "header" | "cookie";
        /**
         * @description The connector uses an HMAC signature. It can sign outgoing request bodies, but is mostly used to
         *     check that incoming webhook calls to a trigger really come from the external system.
         */
        AuthSchemeConfigHMAC: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `hmac` for this kind.
             * @constant
             */
            schemeType: "hmac";
            /** @description Name of the header, query parameter or cookie that carries the signature. */
            name: string;
            in: components["schemas"]["AuthSchemeConfigHMACIn"];
            /**
             * @description The hash function used to compute the signature.
             * @enum {string}
             */
            algorithm: "sha1" | "sha256" | "sha512";
            /**
             * @description The parts of the HTTP request that are hashed, in the order they are fed to the hash. Some
             *     systems sign only the body, others include the URL as well.
             */
            digestInputs: ("body" | "url")[];
        };
        /**
         * @description The connector authenticates with a TLS client certificate. Nothing is configured beyond the shared
         *     fields.
         */
        AuthSchemeConfigCertificate: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `certificate` for this kind.
             * @constant
             */
            schemeType: "certificate";
        };
        /**
         * @description How a connector authenticates with its external system. Each kind fixes `schemeType` to its own
         *     value, which tells them apart. It describes the method only; the secret values live in the
         *     credentials of each connection, which follow this configuration.
         */
        AuthSchemeConfig: components["schemas"]["AuthSchemeConfigNone"] | components["schemas"]["AuthSchemeConfigAPIKey"] | components["schemas"]["AuthSchemeConfigBasicAuth"] | components["schemas"]["AuthSchemeConfigOAuth2"] | components["schemas"]["AuthSchemeConfigHMAC"] | components["schemas"]["AuthSchemeConfigCertificate"];
        /** @description A named value that configures a connector, for example a region or an account number. */
        ConnectionVariable: {
            /** @description The variable's name. */
            name: string;
            /** @description The variable's value. */
            value: string;
        };
        /**
         * @description The kind of a credential, which decides the shape of its `data`:
         *
         *     - `none`: nothing is needed to authenticate.
         *     - `string`: a single text secret such as an API key or password.
         *     - `binary`: a file or other binary secret such as a private key or certificate.
         *     - `basic-auth`: a username and password for HTTP basic authentication.
         *     - `oauth2-client`: an OAuth 2.0 client ID and secret.
         *     - `oauth2-code`: a one-time authorisation code that the platform swaps for an `oauth2-token`.
         *     - `oauth2-password`: a resource owner's username and password, optionally with client details.
         *     - `oauth2-token`: OAuth 2.0 tokens obtained for a user.
         *     - `custom-function`: a custom function that the platform calls to authenticate.
         *     - `certificate`: a PEM certificate, key and CA for TLS client authentication.
         *     - `jwt-bearer`: the settings used to generate a signed JWT bearer token.
         * @enum {string}
         */
        CredentialType: "none" | "string" | "binary" | "basic-auth" | "oauth2-client" | "oauth2-code" | "oauth2-password" | "oauth2-token" | "custom-function" | "certificate" | "jwt-bearer";
        /** @description The main facts about a connector, whatever its protocol. */
        ConnectorSummaryBase: {
            /** @description The ID of the connector. */
            id: components["schemas"]["Ulid"];
            /** @description The ID of the organisation that owns the connector. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The connector's name, chosen by its owner. */
            name: string;
            protocol: components["schemas"]["ProtocolType"];
            /**
             * Format: date-time
             * @description When the connector was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the connector or anything inside it last changed.
             */
            updatedAt: string;
        };
        /** @description A connection that uses a credential, with a summary of the connector it belongs to. */
        CredentialUsageConnection: {
            /**
             * @description The ID of the connection. It is mostly used internally; public endpoints usually identify a
             *     connection by its name together with the connector ID.
             */
            id: components["schemas"]["Ulid"];
            /** @description The connection's name. */
            name: string;
            connector: components["schemas"]["ConnectorSummaryBase"];
            /**
             * Format: date-time
             * @description When the connection was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the connection last changed.
             */
            updatedAt: string;
        };
        /**
         * @description One place a credential is used. Today only connections are tracked; other kinds of user may
         *     be added later as further properties.
         */
        CredentialUsage: {
            connection: components["schemas"]["CredentialUsageConnection"];
        };
        /**
         * @description Where a credential is used. Only some endpoints fill this in: when it is absent the usages
         *     were not looked up, while an empty list means the credential is not used anywhere.
         */
        CredentialUsages: components["schemas"]["CredentialUsage"][];
        /**
         * @description Data of a `none` credential: always an empty object. It exists so every credential type has a
         *     `data` value.
         */
        CredentialDataNone: Record<string, never>;
        /** @description Data of a `string` credential, typically an API key. The value is redacted in answers. */
        CredentialDataString: {
            /** @description The secret as UTF-8 text. Redacted when read back. */
            value: string;
        };
        /**
         * @description Data of a `binary` credential, for secrets that are not plain text, such as key files. The value
         *     is redacted in answers.
         */
        CredentialDataBinary: {
            /**
             * @description The secret encoded as base64. It may decode to text or to arbitrary bytes. Redacted when read
             *     back.
             */
            valueBase64: string;
        };
        /** @description Data of a `basic-auth` credential. The password is redacted in answers. */
        CredentialDataBasicAuth: {
            /** @description The user name sent to the external system. */
            username: string;
            /** @description The password sent to the external system. Redacted when read back. */
            password: string;
        };
        /**
         * @description Data of an `oauth2-client` credential: an OAuth 2.0 client, used to refresh tokens or to obtain
         *     them with the `client_credentials` or `authorization_code` grant. The secret is redacted in
         *     answers.
         */
        CredentialDataOAuth2Client: {
            /** @description The OAuth 2.0 client identifier. */
            clientId: string;
            /** @description The OAuth 2.0 client secret. Redacted when read back. */
            clientSecret: string;
            /**
             * @description Where users are sent to approve access. An empty string when the client is only used for the
             *     `client_credentials` grant.
             */
            authorizeUrl: string | "";
            /**
             * Format: uri
             * @description Where access tokens are obtained.
             */
            tokenUrl: string;
            /**
             * @description Scopes to request for a `client_credentials` token. Not needed for `authorization_code`, whose
             *     scopes are kept on the `oauth2-token` credential.
             */
            scopes?: string[];
            /**
             * @description Extra URL-encoded parameters added to the `application/x-www-form-urlencoded` body of requests
             *     to `tokenUrl`.
             */
            additionalParams?: string;
            /**
             * @description Whether requests to the provider use mutual TLS. If true, `mTLSCredentialId` must be set, or a
             *     certificate credential must be created alongside it, in which case the platform fills in
             *     `mTLSCredentialId` on save.
             */
            mTLSEnabled?: boolean;
            /** @description The certificate credential used for requests to `tokenUrl`, when mutual TLS is on. */
            mTLSCredentialId?: string;
        };
        /**
         * @description Data of an `oauth2-token` credential, mainly the refresh token a user granted. Tokens are redacted
         *     in answers; only `scopes` is readable, so a client can tell whether the user must authorise again
         *     to use actions that need more scopes.
         */
        CredentialDataOAuth2Token: {
            /** @description The scopes the user agreed to. */
            scopes: string[];
            /** @description The current access token. Redacted when read back. */
            accessToken?: string;
            /**
             * @description The kind of access token; `Bearer` when left out.
             * @default Bearer
             */
            tokenType?: string;
            /**
             * Format: date-time
             * @description When the access token expires. Without it, the access token is used until the external
             *     system answers 401 and is then refreshed; with it, refreshing happens in time.
             */
            expiresAt?: string;
            /**
             * @description The token used to get new access tokens. Required: a token that never expires needs no
             *     OAuth 2.0 and is better stored as an API key. Redacted when read back.
             */
            refreshToken: string;
        };
        /**
         * @description Data of an `oauth2-code` credential: the result of the `authorization_code` redirect, sent when
         *     creating an OAuth 2.0 connection. The platform swaps it for tokens, so reading the credential
         *     back gives an `oauth2-token` with `CredentialDataOAuth2Token` data.
         */
        CredentialDataOAuth2Code: {
            /** @description The authorisation code to swap for tokens. */
            code: string;
            /** @description The `state` value carried through the authorisation redirect. */
            state: string;
        };
        /**
         * @description Data of an `oauth2-password` credential: a resource owner's login for an OAuth 2.0 application.
         *     The password is redacted in answers.
         */
        CredentialDataOAuth2Password: {
            /** @description The resource owner's user name. */
            username: string;
            /** @description The resource owner's password. Redacted when read back. */
            password: string;
        };
        /** @description Data of a `certificate` credential, for TLS client authentication. */
        CredentialDataCertificate: {
            /** @description The client certificate presented to the external system, PEM encoded. */
            certificate: string;
            /** @description The private key that belongs to the certificate, PEM encoded. */
            key: string;
            /** @description The certificate authority used to verify the external system's certificate, PEM encoded. */
            ca: string;
        };
        /**
         * @description A secret, or set of secrets, the platform uses to authenticate with an external system. Its
         *     `type` says which shape `data` has. Secret values inside `data` are redacted in answers.
         */
        Credential: {
            /** @description The ID of the credential. */
            id: components["schemas"]["Ulid"];
            /** @description The ID of the organisation that owns the credential. */
            organisationId: components["schemas"]["Ulid"];
            type: components["schemas"]["CredentialType"];
            /** @description The credential's name. */
            name: string;
            usages?: components["schemas"]["CredentialUsages"];
            /**
             * @description Problems found when the credential was checked. Absent means it has not been checked, so
             *     its validity is unknown; an empty list means it was checked and is valid.
             */
            errors?: string[];
            /**
             * @description The credential's contents; which shape applies follows from `type`. Some shapes are
             *     identical (basic-auth and oauth2-password both hold a username and password), so `type`
             *     rather than the shape tells them apart.
             */
            data: components["schemas"]["CredentialDataNone"] | components["schemas"]["CredentialDataString"] | components["schemas"]["CredentialDataBinary"] | components["schemas"]["CredentialDataBasicAuth"] | components["schemas"]["CredentialDataOAuth2Client"] | components["schemas"]["CredentialDataOAuth2Token"] | components["schemas"]["CredentialDataOAuth2Code"] | components["schemas"]["CredentialDataOAuth2Password"] | components["schemas"]["CredentialDataCertificate"];
            /**
             * Format: date-time
             * @description When the platform will delete the credential automatically. Deletion events carry the
             *     reason `expired`, so other systems can react, for example by unpublishing what relies on it
             *     and notifying its owner.
             */
            expiresAt?: string;
        };
        /** @description A credential paired with the authentication configuration that says how to apply it. */
        ConnectionCredential: {
            /** @description The ID of this pairing within the connection. */
            id: components["schemas"]["Ulid"];
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            credential: components["schemas"]["Credential"];
        };
        /**
         * @description The credentials a connection uses for actions and for triggers. When a list holds several
         *     credentials they are all applied, in list order, so a system that needs both a session token
         *     and an API key can be served.
         */
        ConnectionCredentials: {
            /** @description Credentials applied to requests the platform sends through actions. */
            action?: components["schemas"]["ConnectionCredential"][];
            /** @description Credentials used to check requests the external system sends to triggers. */
            trigger?: components["schemas"]["ConnectionCredential"][];
        };
        /**
         * @description One instance of the external system a connector can reach, such as one end user's account,
         *     with its own credentials and variables.
         */
        Connection: {
            /**
             * @description The ID of the connection. It is mostly used internally; public endpoints usually identify a
             *     connection by its name together with the connector ID.
             */
            id: components["schemas"]["Ulid"];
            /** @description The connection's name, unique within its connector. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentials"];
            /** @description Variables that tailor the connector for this connection. */
            variables: components["schemas"]["ConnectionVariable"][];
            /**
             * Format: date-time
             * @description When the connection was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the connection last changed.
             */
            updatedAt: string;
        };
        /** @description The main facts about a connection, without its credentials and variables. */
        ConnectionSummary: {
            /** @description The ULID of the connection. */
            id: components["schemas"]["Ulid"];
            /** @description The name of the connection. */
            name: string;
            /**
             * Format: date-time
             * @description When the connection was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the connection was last changed.
             */
            updatedAt: string;
        };
        /** @description A credential to create, with its secret values. */
        CredentialCreate: {
            /** @description The name of the credential. */
            name: string;
            type: components["schemas"]["CredentialType"];
            /**
             * @description The secret values; their shape follows from `type`. Two shapes are identical (basic-auth and
             *     oauth2-password both hold a username and password), so `type` is what tells them apart.
             */
            data: components["schemas"]["CredentialDataNone"] | components["schemas"]["CredentialDataString"] | components["schemas"]["CredentialDataBinary"] | components["schemas"]["CredentialDataBasicAuth"] | components["schemas"]["CredentialDataOAuth2Client"] | components["schemas"]["CredentialDataOAuth2Code"] | components["schemas"]["CredentialDataOAuth2Token"] | components["schemas"]["CredentialDataOAuth2Password"] | components["schemas"]["CredentialDataCertificate"];
        };
        /** @description A new credential together with the authentication configuration that says how the connection uses it. */
        ConnectionCredentialCreate: {
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            credential: components["schemas"]["CredentialCreate"];
        };
        /**
         * @description The credentials of a new connection, for actions and for triggers. When several are given for
         *     one side they are all applied to each request, in the given order, for systems that need for
         *     instance both a session token and an API key.
         */
        ConnectionCredentialsCreate: {
            /** @description Credentials applied to requests made by actions, in order. */
            action?: components["schemas"]["ConnectionCredentialCreate"][];
            /** @description Credentials used to check requests received by triggers, in order. */
            trigger?: components["schemas"]["ConnectionCredentialCreate"][];
        };
        /** @description A connection to create for a connector. */
        ConnectionCreate: {
            /** @description The name of the connection, unique within the connector. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentialsCreate"];
            /** @description The connection's variables. */
            variables: components["schemas"]["ConnectionVariable"][];
        };
        /** @description A connection to store for an end user, and the connector it is for. */
        EndUserConnectionCreate: {
            /** @description The ULID of the connector the connection is for. */
            connectorId: components["schemas"]["Ulid"];
            connection: components["schemas"]["ConnectionCreate"];
        };
        /** @description What is needed to build the authorisation URL of an OAuth 2.0 connection. */
        InitialiseOAuth2ConnectionRequest: {
            /** @description The stored OAuth 2.0 client credential whose secret is used when the code is exchanged for tokens. */
            credential: {
                /** @description The ULID of the client credential; its secret is loaded when the authorisation code is exchanged. */
                id: components["schemas"]["Ulid"];
                /** @description The ULID of the organisation owning the credential; only that organisation's connections may use it. */
                organisationId: components["schemas"]["Ulid"];
            };
            /**
             * Format: uri
             * @description The provider's authorisation endpoint, where the user approves access.
             */
            authorizeUrl: string;
            /** @description The OAuth 2.0 client ID that identifies the application to the provider. */
            clientId: string;
            /**
             * @description The scopes to ask for. The platform adds `offline_access` as well unless
             *     `disableOfflineAccess` is true.
             */
            scopes?: string[];
            /**
             * @description Set to true to stop the platform adding the `offline_access` scope, for providers that do
             *     not support it or expect a scope of their own instead.
             */
            disableOfflineAccess?: boolean;
            /**
             * @description How the provider should prompt the user, usually `none`, `login`, `consent` or
             *     `select_account`; other values, and several joined with `+` (such as
             *     `consent+select_account`), are passed through. When omitted the platform uses `login`,
             *     except when `additionalParams` contains `approval_prompt`, in which case no prompt is sent.
             */
            prompt?: string;
            /**
             * @description A URL-encoded query string appended to the authorisation URL. Its parameters must not repeat
             *     any parameter the platform sets itself, or the request is rejected.
             * @example access_type=offline&include_granted_scopes=true
             */
            additionalParams?: string;
        };
        /** @description Where to send the user to start the OAuth 2.0 authorisation code flow. */
        InitialiseOAuth2ConnectionResponse: {
            /** @description The provider's authorisation URL, complete with all query parameters. */
            url: string;
        };
        /** @description One variable handed to an integration when it is activated. */
        ActivationVariable: {
            /** @description The variable's name. */
            name: string;
            /** @description The variable's value, which may be any JSON value. */
            value: unknown;
        };
        /** @description The variables that configure an integration for one end user when it is activated. */
        ActivationVariables: components["schemas"]["ActivationVariable"][];
        /**
         * @description A summary of a connector as a hub presents it: its name and image, how end users authenticate
         *     to it, and the variables they connect with.
         */
        ConnectorInfo: {
            /** @description The ULID of the connector. */
            connectorId: components["schemas"]["Ulid"];
            /** @description The name of the connector. */
            name: string;
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            /**
             * Format: uri
             * @description An image or icon for the connector, shown on tiles in the embedded UI.
             */
            imageUrl: string;
            /** @description The variables end users connect with, such as the address of their own instance. */
            variables: components["schemas"]["ConnectionVariable"][];
        };
        /** @description A hub to create. */
        HubCreate: {
            /** @description The ULID of the organisation the hub belongs to. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The hub's name. */
            name: string;
            /** @description The ULID of the connector the hub is built around. */
            primaryConnectorId: components["schemas"]["Ulid"];
            /**
             * @description How end users are expected to authenticate to the primary connector. The embedded UI follows
             *     it; calls to the API may still connect with any configuration of the connector.
             */
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
        };
        /** @description A hub, the place where an organisation offers integrations to its end users. */
        Hub: {
            /** @description The ULID of the hub. */
            id: components["schemas"]["Ulid"];
            /** @description The hub's name. */
            name: string;
            /** @description The connector the hub is built around. */
            primaryConnector: components["schemas"]["ConnectorInfo"];
            /** @description Whether this is the organisation's default hub; an organisation has at most one. */
            isDefault: boolean;
        };
        /**
         * @description Changes to a hub's details. Only the fields sent change; the primary connector cannot be
         *     changed this way.
         */
        HubUpdate: {
            /** @description The hub's new name. */
            name?: string;
            /** @description `true` makes this the organisation's default hub (an organisation has at most one). */
            isDefault?: boolean;
        };
        /** @description The hubs of an organisation, in the shape of a page. */
        HubsPage: components["schemas"]["PageInfo"] & {
            /** @description The hubs. */
            hubs: components["schemas"]["Hub"][];
        };
        /** @description An end user to create. */
        EndUserCreate: {
            /**
             * @description The organisation's identifier for the user, ideally their identifier in the hub's primary
             *     connector. Unique within the hub and unchangeable once set.
             */
            externalId: string;
            /** @description A name to show for the user. */
            displayName?: string;
            /** @description The user's connection to the hub's primary connector. */
            primaryConnection: components["schemas"]["ConnectionCreate"];
        };
        /** @description One of the organisation's customers, registered in a hub. */
        EndUser: {
            /** @description The platform's ULID for the user. Most calls use `externalId` instead. */
            id: components["schemas"]["Ulid"];
            /**
             * @description The organisation's identifier for the user, usually their identifier in the hub's primary
             *     connector. Unique within the hub.
             */
            externalId: string;
            /** @description A name to show for the user; empty when none was given. */
            displayName: string;
            /** @description The ULID of the hub the user belongs to. */
            hubId: components["schemas"]["Ulid"];
            /** @description The user's connection to the hub's primary connector. */
            primaryConnection: components["schemas"]["Connection"];
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the user last changed.
             */
            updatedAt: string;
        };
        /** @description The main facts about an end user, without their connection. */
        EndUserSummary: {
            /** @description The platform's ULID for the user. Most calls use `externalId` instead. */
            id: components["schemas"]["Ulid"];
            /** @description The organisation's identifier for the user, unique within the hub. */
            externalId: string;
            /** @description A name to show for the user; empty when none was given. */
            displayName: string;
            /** @description The ULID of the hub the user belongs to. */
            hubId: components["schemas"]["Ulid"];
            /**
             * Format: date-time
             * @description When the user was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the user last changed.
             */
            updatedAt: string;
        };
        /** @description One page of end users. */
        EndUserPage: components["schemas"]["PageInfo"] & {
            /** @description The end users on this page. */
            users: components["schemas"]["EndUserSummary"][];
        };
        /** @description One page of an end user's connections. */
        EndUserConnectionsPage: components["schemas"]["PageInfo"] & {
            /** @description The connections on this page. */
            connections?: components["schemas"]["ConnectionSummary"][];
        };
        /** @description A connection template to create. */
        HubConnectionTemplateCreate: {
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
            /** @description The ULID of the connector the template wraps. */
            connectorId: components["schemas"]["Ulid"];
        };
        /**
         * @description A connection template (hub connector): a connector of the Connect API wrapped with what an
         *     integration needs to embed it. The organisation does not connect to it; each end user does,
         *     when activating the integration from the embedded hub.
         */
        HubConnectionTemplate: {
            /** @description The ULID of the connection template. */
            id: components["schemas"]["Ulid"];
            /** @description The ULID of the wrapped connector. */
            connectorId: components["schemas"]["Ulid"];
            /**
             * Format: uri
             * @description An image or icon for the connector, shown on the integration's tile in the embedded UI.
             */
            imageUrl: string;
            /** @description The name of the wrapped connector. */
            name: string;
            /** @description Whether the hub's integrations use this template. */
            isUsed: boolean;
            /** @description Whether this template is the hub's primary connection. */
            isPrimary: boolean;
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
        };
        /** @description One page of connection templates. */
        HubConnectionTemplatePage: components["schemas"]["PageInfo"] & {
            /** @description The connection templates on this page. */
            connectionTemplates: components["schemas"]["HubConnectionTemplate"][];
        };
        /** @description Which connection templates an integration uses. */
        IntegrationMetadata: {
            /** @description The ULIDs of the connection templates in use. */
            usedConnectionTemplates?: components["schemas"]["Ulid"][];
        };
        /** @description An integration to create in a hub. */
        IntegrationCreate: {
            connectionTemplate?: components["schemas"]["HubConnectionTemplateCreate"];
            /**
             * @description A few sentences on what the integration does.
             * @example Every paid order becomes a Xero invoice.
             */
            description?: string;
            /**
             * @description One line saying what the integration does.
             * @example Send storefront orders to Xero.
             */
            summary?: string;
            /** @description The integration's name. */
            name: string;
            /**
             * @description A JSON Schema for the dynamic variables of the integration: what each end user supplies
             *     when activating it (see DynamicVariables).
             */
            variablesSchema?: components["schemas"]["VariablesSchema"];
            /** @description The ULID of the organisation that owns the hub. */
            organisationId: components["schemas"]["Ulid"];
        };
        /** @description An integration of a hub that end users can activate. */
        Integration: {
            /** @description The ULID of the integration. */
            id: components["schemas"]["Ulid"];
            /** @description A short name, usually that of the connector the integration connects to. */
            name: string;
            /**
             * Format: uri
             * @description An image or icon for the integration, shown on its tile in the embedded UI.
             */
            imageUrl?: string;
            /**
             * Format: uri
             * @description A PNG screenshot of the integration, for an overview of all of a hub's integrations.
             */
            screenshotUrl?: string;
            /** @description A longer text about the integration that the embedded UI may show end users. */
            description?: string;
            /**
             * @description A JSON Schema for the dynamic variables of the integration: what each end user supplies
             *     when activating it (see DynamicVariables).
             */
            variablesSchema?: components["schemas"]["VariablesSchema"];
            /** @description The ULID of the board that implements the integration (see the Switchboard API). */
            boardId: components["schemas"]["Ulid"];
        };
        /** @description Changes to an integration's details; only the fields sent change. */
        UpdateIntegration: {
            /** @description The integration's new name. */
            name?: string;
            /**
             * Format: uri
             * @description A new image or icon for the integration's tile in the embedded UI.
             */
            imageUrl?: string;
            /** @description A new longer text about the integration for end users. */
            description?: string;
            /**
             * @description A JSON Schema for the dynamic variables of the integration: what each end user supplies
             *     when activating it (see DynamicVariables).
             */
            variablesSchema?: components["schemas"]["VariablesSchema"];
        };
        /**
         * @description A JSON Schema document (an object) describing an integration's dynamic variables: their
         *     names, types and which are required. The platform keeps it as it was given.
         * @example {
         *       "type": "object",
         *       "properties": {
         *         "invoiceAccountCode": {
         *           "type": "string"
         *         },
         *         "sendCreditNotes": {
         *           "type": "boolean"
         *         }
         *       },
         *       "required": [
         *         "invoiceAccountCode"
         *       ]
         *     }
         */
        VariablesSchema: {
            [key: string]: unknown;
        };
        /**
         * @description The values of an integration's dynamic variables for one end user, by variable name. Their
         *     names and types are those of the integration's `variablesSchema`; the values are supplied
         *     when the integration is activated and can be changed later.
         * @example {
         *       "invoiceAccountCode": "200",
         *       "sendCreditNotes": true
         *     }
         */
        DynamicVariables: {
            [key: string]: unknown;
        };
        /** @description An activation's dynamic variables, as sent to and answered by UpdateDynamicVariables. */
        ActivationDynamicVariables: {
            dynamicVariables?: components["schemas"]["DynamicVariables"];
        };
        /** @description A hub's integrations with their total; it carries no cursors. */
        ListIntegrations: {
            /** @description How many integrations the hub has. */
            total: number;
            /** @description The integrations. */
            integrations: components["schemas"]["Integration"][];
        };
        /**
         * @description An integration as listed for an end user. It lacks what activation needs; fetch that with
         *     GetEmbeddedIntegration.
         */
        EmbeddedIntegrationSummary: {
            id: components["schemas"]["Ulid"];
            /** @description A short name, usually that of the connector the integration connects to. */
            name: string;
            /**
             * Format: uri
             * @description An image or icon for the integration, shown on its tile in the embedded UI.
             */
            imageUrl: string;
            /** @description A longer text about the integration for the end user. */
            description: string;
            /**
             * @description A JSON Schema for the dynamic variables of the integration: what each end user supplies
             *     when activating it (see DynamicVariables).
             */
            variablesSchema?: components["schemas"]["VariablesSchema"];
            /** @description Whether the integration is deployed; one that is not cannot be activated. */
            isDeployed: boolean;
            /** @description Whether this end user has activated the integration. */
            isActivated: boolean;
        };
        /**
         * @description An integration as offered to one end user, with what an embedded UI needs to let them
         *     activate it.
         */
        EmbeddedIntegration: {
            /** @description The ULID of the integration. */
            id: components["schemas"]["Ulid"];
            /** @description A short name, usually that of the connector the integration connects to. */
            name: string;
            /**
             * Format: uri
             * @description An image or icon for the integration, shown on its tile in the embedded UI.
             */
            imageUrl: string;
            /** @description A longer text about the integration for the end user. */
            description: string;
            /**
             * @description A JSON Schema for the dynamic variables of the integration: what each end user supplies
             *     when activating it (see DynamicVariables).
             */
            variablesSchema?: components["schemas"]["VariablesSchema"];
            /** @description Whether the integration is deployed; one that is not cannot be activated. */
            isDeployed: boolean;
            /** @description Whether this end user has activated the integration. */
            isActivated: boolean;
            /** @description The connectors the end user connects to when activating the integration. */
            connectionTemplates: components["schemas"]["HubConnectionTemplate"][];
        };
        /** @description The integrations offered to one end user, in the shape of a page. */
        EmbeddedIntegrationPage: components["schemas"]["PageInfo"] & {
            /** @description The integrations. */
            integrations: components["schemas"]["EmbeddedIntegrationSummary"][];
            /** @description How many of the integrations this end user has connected, for a badge in the UI. */
            totalConnected?: number;
        };
        /** @description An integration switched on for one end user. */
        Activation: {
            /** @description The ULID of the activation. */
            id: components["schemas"]["Ulid"];
            user: components["schemas"]["EndUser"];
            /** @description The ULID of the hub. */
            hubId: components["schemas"]["Ulid"];
            integration: components["schemas"]["EmbeddedIntegrationSummary"];
        };
        /**
         * @description An activation as listed for its end user: the user is known to the caller, so it is left
         *     out.
         */
        EndUserActivation: {
            /** @description The ULID of the activation. */
            id: components["schemas"]["Ulid"];
            /** @description The ULID of the hub. */
            hubId: components["schemas"]["Ulid"];
            integration: components["schemas"]["EmbeddedIntegrationSummary"];
        };
        /** @description One page of an end user's activations. */
        EndUserActivationPage: components["schemas"]["PageInfo"] & {
            /** @description The activations on this page. */
            activations: components["schemas"]["EndUserActivation"][];
        };
        /** @description Binds a connection template to a connection the end user already has. */
        ActivationConnectionCreateExisting: {
            /** @description The ULID of the connection template being bound. */
            templateId: components["schemas"]["Ulid"];
            /** @description The ULID of the existing connection. */
            connectionId: components["schemas"]["Ulid"];
        };
        /** @description Binds a connection template to a new connection, created with the activation. */
        ActivationConnectionCreateNew: {
            /** @description The ULID of the connection template being bound. */
            templateId: components["schemas"]["Ulid"];
            /** @description The name of the new connection. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentialsCreate"];
            /** @description The new connection's variables. */
            variables: components["schemas"]["ConnectionVariable"][];
        };
        /**
         * @description The connection for one connection template of an activation: either an existing connection of
         *     the end user (`connectionId`) or a new one (`name`, `credentials` and `variables`).
         */
        ActivationConnectionCreate: components["schemas"]["ActivationConnectionCreateExisting"] | components["schemas"]["ActivationConnectionCreateNew"];
        /** @description An activation to create. */
        ActivationCreate: {
            /** @description The end user to activate the integration for, by their external identifier or ULID. */
            userId: string;
            /** @description The ULID of the integration to activate. */
            integrationId: components["schemas"]["Ulid"];
            /**
             * @description One entry per connection template, each pointing at an existing connection or describing a
             *     new one.
             */
            connections: components["schemas"]["ActivationConnectionCreate"][];
            dynamicVariables?: components["schemas"]["DynamicVariables"];
            /**
             * @deprecated
             * @description The older form of the variables, a list of name and value pairs. Superseded by
             *     `dynamicVariables`; kept because the platform's current contract still names it.
             */
            variables?: components["schemas"]["ActivationVariables"];
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
                 *           "field": "externalId",
                 *           "message": "externalId must not be empty"
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
                 *       "message": "This token may only act for end user cust-48213."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Hub 01HR1H5B3K7M9P2Q4S6T8V0W1X was not found."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state, such as a duplicate identifier or a resource still in use. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "conflict",
                 *       "message": "An end user with externalId cust-48213 already exists in this hub.",
                 *       "details": "Fetch the existing end user with GetEndUser instead."
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
         * @description The ULID of the organisation.
         * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
         */
        organisation_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the hub.
         * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
         */
        hub_id: components["schemas"]["Ulid"];
        /**
         * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
         *     ULID; `identifier_type` says which, where the operation accepts it.
         * @example cust-48213
         */
        user_id: string;
        /**
         * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
         *     identifier for them (`external`, the default).
         * @example external
         */
        identifier_type: "internal" | "external";
        /**
         * @description The ULID of the integration.
         * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
         */
        integration_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of a connection template (hub connector) of the hub.
         * @example 01HR5J8A0B2C3D4E5F6G7H8J9K
         */
        connection_template_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connector.
         * @example 01HR2C4D6E8F0G1H2J3K4M5N6P
         */
        connector_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the activation.
         * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
         */
        activation_id: components["schemas"]["Ulid"];
        /**
         * @description How many items one page holds at most.
         * @example 20
         */
        first: number;
        /**
         * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
         * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
         */
        before: string;
        /**
         * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
         * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
         */
        after: string;
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
         * @example req_01HR8N0P2Q4R6S8T0V2W4X6Y8Z
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListHubs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's hubs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "hubs": [
                     *         {
                     *           "id": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *           "name": "Acme Storefront integrations",
                     *           "isDefault": true,
                     *           "primaryConnector": {
                     *             "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *             "name": "Acme Storefront",
                     *             "authSchemeConfig": {
                     *               "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *               "description": "Storefront API key",
                     *               "validationMessages": [],
                     *               "schemeType": "api-key",
                     *               "name": "X-Api-Key",
                     *               "in": "header"
                     *             },
                     *             "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *             "variables": [
                     *               {
                     *                 "name": "storeRegion",
                     *                 "value": "eu-west"
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HubsPage"];
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
    CreateHub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The hub to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *       "name": "Acme Storefront integrations",
                 *       "primaryConnectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                 *       "authSchemeConfig": {
                 *         "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                 *         "description": "Storefront API key",
                 *         "schemeType": "api-key",
                 *         "name": "X-Api-Key",
                 *         "in": "header"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["HubCreate"];
            };
        };
        responses: {
            /** @description The hub was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "name": "Acme Storefront integrations",
                     *       "isDefault": true,
                     *       "primaryConnector": {
                     *         "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *         "name": "Acme Storefront",
                     *         "authSchemeConfig": {
                     *           "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *           "description": "Storefront API key",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Api-Key",
                     *           "in": "header"
                     *         },
                     *         "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *         "variables": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Hub"];
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
    GetHub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "name": "Acme Storefront integrations",
                     *       "isDefault": true,
                     *       "primaryConnector": {
                     *         "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *         "name": "Acme Storefront",
                     *         "authSchemeConfig": {
                     *           "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *           "description": "Storefront API key",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Api-Key",
                     *           "in": "header"
                     *         },
                     *         "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *         "variables": [
                     *           {
                     *             "name": "storeRegion",
                     *             "value": "eu-west"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Hub"];
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
    DeleteHub: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub was deleted. */
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
    UpdateHubDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /** @description The details to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Storefront integrations",
                 *       "isDefault": true
                 *     }
                 */
                "application/json": components["schemas"]["HubUpdate"];
            };
        };
        responses: {
            /** @description The hub as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "name": "Storefront integrations",
                     *       "isDefault": true,
                     *       "primaryConnector": {
                     *         "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *         "name": "Acme Storefront",
                     *         "authSchemeConfig": {
                     *           "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *           "description": "Storefront API key",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Api-Key",
                     *           "in": "header"
                     *         },
                     *         "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *         "variables": [
                     *           {
                     *             "name": "storeRegion",
                     *             "value": "eu-west"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Hub"];
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
    ListEndUsers: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description Only end users whose ULID, `externalId` or `displayName` matches this text.
                 * @example northwind
                 */
                search?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of end users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "users": [
                     *         {
                     *           "id": "01HR3E5F7G9H1J2K3M4N5P6Q7R",
                     *           "externalId": "cust-48213",
                     *           "displayName": "Northwind Traders",
                     *           "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *           "createdAt": "2026-03-10T09:15:00Z",
                     *           "updatedAt": "2026-03-10T09:15:00Z"
                     *         },
                     *         {
                     *           "id": "01HR3E6A8B0C2D4E6F8G0H2J4K",
                     *           "externalId": "cust-50117",
                     *           "displayName": "",
                     *           "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *           "createdAt": "2026-03-12T16:02:41Z",
                     *           "updatedAt": "2026-03-12T16:02:41Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndUserPage"];
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
    CreateEndUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /** @description The end user to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "externalId": "cust-48213",
                 *       "displayName": "Northwind Traders",
                 *       "primaryConnection": {
                 *         "name": "northwind-storefront",
                 *         "credentials": {
                 *           "action": [
                 *             {
                 *               "authSchemeConfig": {
                 *                 "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                 *                 "description": "Storefront API key",
                 *                 "schemeType": "api-key",
                 *                 "name": "X-Api-Key",
                 *                 "in": "header"
                 *               },
                 *               "credential": {
                 *                 "name": "Northwind storefront API key",
                 *                 "type": "string",
                 *                 "data": {
                 *                   "value": "sk_live_4f9a2c7e1b8d"
                 *                 }
                 *               }
                 *             }
                 *           ]
                 *         },
                 *         "variables": [
                 *           {
                 *             "name": "storeRegion",
                 *             "value": "eu-west"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EndUserCreate"];
            };
        };
        responses: {
            /** @description The end user was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR3E5F7G9H1J2K3M4N5P6Q7R",
                     *       "externalId": "cust-48213",
                     *       "displayName": "Northwind Traders",
                     *       "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "primaryConnection": {
                     *         "id": "01HR6K8M0N2P3Q4R5S6T7V8W9X",
                     *         "name": "northwind-storefront",
                     *         "credentials": {
                     *           "action": [
                     *             {
                     *               "id": "01HR6K9A1B3C4D5E6F7G8H9J0K",
                     *               "authSchemeConfig": {
                     *                 "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *                 "description": "Storefront API key",
                     *                 "validationMessages": [],
                     *                 "schemeType": "api-key",
                     *                 "name": "X-Api-Key",
                     *                 "in": "header"
                     *               },
                     *               "credential": {
                     *                 "id": "01HR6KA2C4D5E6F7G8H9J0K1M2",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Northwind storefront API key",
                     *                 "errors": [],
                     *                 "data": {
                     *                   "value": "********"
                     *                 }
                     *               }
                     *             }
                     *           ]
                     *         },
                     *         "variables": [
                     *           {
                     *             "name": "storeRegion",
                     *             "value": "eu-west"
                     *           }
                     *         ],
                     *         "createdAt": "2026-03-10T09:15:00Z",
                     *         "updatedAt": "2026-03-10T09:15:00Z"
                     *       },
                     *       "createdAt": "2026-03-10T09:15:00Z",
                     *       "updatedAt": "2026-03-10T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetEndUser: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR3E5F7G9H1J2K3M4N5P6Q7R",
                     *       "externalId": "cust-48213",
                     *       "displayName": "Northwind Traders",
                     *       "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "primaryConnection": {
                     *         "id": "01HR6K8M0N2P3Q4R5S6T7V8W9X",
                     *         "name": "northwind-storefront",
                     *         "credentials": {
                     *           "action": [
                     *             {
                     *               "id": "01HR6K9A1B3C4D5E6F7G8H9J0K",
                     *               "authSchemeConfig": {
                     *                 "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *                 "description": "Storefront API key",
                     *                 "validationMessages": [],
                     *                 "schemeType": "api-key",
                     *                 "name": "X-Api-Key",
                     *                 "in": "header"
                     *               },
                     *               "credential": {
                     *                 "id": "01HR6KA2C4D5E6F7G8H9J0K1M2",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                 "type": "string",
                     *                 "name": "Northwind storefront API key",
                     *                 "errors": [],
                     *                 "data": {
                     *                   "value": "********"
                     *                 }
                     *               }
                     *             }
                     *           ]
                     *         },
                     *         "variables": [
                     *           {
                     *             "name": "storeRegion",
                     *             "value": "eu-west"
                     *           }
                     *         ],
                     *         "createdAt": "2026-03-10T09:15:00Z",
                     *         "updatedAt": "2026-03-10T09:15:00Z"
                     *       },
                     *       "createdAt": "2026-03-10T09:15:00Z",
                     *       "updatedAt": "2026-03-11T08:30:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EndUser"];
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
    DeleteEndUser: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user, their connections and their activations were deleted. */
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
    ListEndUserConnections: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description Only connections for these hub connectors (connection templates), sent comma-separated in
                 *     one value: `?hub_connector_id=a,b`.
                 * @example [
                 *       "01HR5J8A0B2C3D4E5F6G7H8J9K"
                 *     ]
                 */
                hub_connector_id?: string[];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connection summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "connections": [
                     *         {
                     *           "id": "01HR6K8M0N2P3Q4R5S6T7V8W9X",
                     *           "name": "northwind-storefront",
                     *           "createdAt": "2026-03-10T09:15:00Z",
                     *           "updatedAt": "2026-03-10T09:15:00Z"
                     *         },
                     *         {
                     *           "id": "01HR6M0B2C4D5E6F7G8H9J0K1M",
                     *           "name": "northwind-xero",
                     *           "createdAt": "2026-03-14T10:22:07Z",
                     *           "updatedAt": "2026-03-14T10:22:07Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndUserConnectionsPage"];
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
    CreateEndUserConnection: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** @description The connector and the connection to create for it. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                 *       "connection": {
                 *         "name": "northwind-xero",
                 *         "credentials": {
                 *           "action": [
                 *             {
                 *               "authSchemeConfig": {
                 *                 "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                 *                 "description": "Xero OAuth 2.0 app",
                 *                 "schemeType": "oauth2",
                 *                 "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                 *                 "tokenUrl": "https://identity.xero.com/connect/token",
                 *                 "scopes": [
                 *                   {
                 *                     "name": "accounting.transactions",
                 *                     "description": "Read and write invoices, bills and payments."
                 *                   }
                 *                 ],
                 *                 "defaultScopes": [
                 *                   "accounting.transactions"
                 *                 ],
                 *                 "grant": {
                 *                   "grantType": "authorization_code",
                 *                   "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                 *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *                 }
                 *               },
                 *               "credential": {
                 *                 "name": "Northwind Xero authorisation",
                 *                 "type": "oauth2-code",
                 *                 "data": {
                 *                   "code": "7f3c91d2a4b8e6f0",
                 *                   "state": "01HR6M0B2C4D5E6F7G8H9J0K1M"
                 *                 }
                 *               }
                 *             }
                 *           ]
                 *         },
                 *         "variables": [
                 *           {
                 *             "name": "tenantId",
                 *             "value": "5c1d8e2f-0a3b-4c6d-9e7f-1a2b3c4d5e6f"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EndUserConnectionCreate"];
            };
        };
        responses: {
            /** @description The connection was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR6M0B2C4D5E6F7G8H9J0K1M",
                     *       "name": "northwind-xero",
                     *       "credentials": {
                     *         "action": [
                     *           {
                     *             "id": "01HR6M1C3D5E7F9G1H3J5K7M9N",
                     *             "authSchemeConfig": {
                     *               "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                     *               "description": "Xero OAuth 2.0 app",
                     *               "validationMessages": [],
                     *               "schemeType": "oauth2",
                     *               "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                     *               "tokenUrl": "https://identity.xero.com/connect/token",
                     *               "scopes": [
                     *                 {
                     *                   "name": "accounting.transactions",
                     *                   "description": "Read and write invoices, bills and payments."
                     *                 }
                     *               ],
                     *               "defaultScopes": [
                     *                 "accounting.transactions"
                     *               ],
                     *               "grant": {
                     *                 "grantType": "authorization_code",
                     *                 "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                     *               }
                     *             },
                     *             "credential": {
                     *               "id": "01HR6M2D4E6F8G0H2J4K6M8N0P",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *               "type": "oauth2-token",
                     *               "name": "Northwind Xero authorisation",
                     *               "errors": [],
                     *               "data": {
                     *                 "scopes": [
                     *                   "accounting.transactions"
                     *                 ],
                     *                 "refreshToken": "********"
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "tenantId",
                     *           "value": "5c1d8e2f-0a3b-4c6d-9e7f-1a2b3c4d5e6f"
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-14T10:22:07Z",
                     *       "updatedAt": "2026-03-14T10:22:07Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
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
    ListIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description Only integrations whose name matches this text.
                 * @example xero
                 */
                search?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub's integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 2,
                     *       "integrations": [
                     *         {
                     *           "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *           "name": "Xero",
                     *           "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *           "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *           "boardId": "01HR4G7A9B1C2D3E4F5G6H7J8K"
                     *         },
                     *         {
                     *           "id": "01HR4H0C2D4E6F8G0H2J4K6M8N",
                     *           "name": "Mailchimp",
                     *           "boardId": "01HR4H1D3E5F7G9H1J3K5M7N9P"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ListIntegrations"];
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
    CreateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
            };
            cookie?: never;
        };
        /** @description The integration to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *       "name": "Xero",
                 *       "summary": "Send storefront orders to Xero as invoices.",
                 *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                 *       "connectionTemplate": {
                 *         "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                 *         "authSchemeConfig": {
                 *           "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                 *           "description": "Xero OAuth 2.0 app",
                 *           "schemeType": "oauth2",
                 *           "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                 *           "tokenUrl": "https://identity.xero.com/connect/token",
                 *           "scopes": [
                 *             {
                 *               "name": "accounting.transactions",
                 *               "description": "Read and write invoices, bills and payments."
                 *             }
                 *           ],
                 *           "defaultScopes": [
                 *             "accounting.transactions"
                 *           ],
                 *           "grant": {
                 *             "grantType": "authorization_code",
                 *             "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                 *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationCreate"];
            };
        };
        responses: {
            /** @description The integration was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *       "name": "Xero",
                     *       "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *       "boardId": "01HR4G7A9B1C2D3E4F5G6H7J8K"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
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
    GetIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *       "name": "Xero",
                     *       "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *       "screenshotUrl": "https://cdn.acme.example/hub/xero-overview.png",
                     *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *       "variablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "invoiceAccountCode": {
                     *             "type": "string"
                     *           },
                     *           "sendCreditNotes": {
                     *             "type": "boolean"
                     *           }
                     *         },
                     *         "required": [
                     *           "invoiceAccountCode"
                     *         ]
                     *       },
                     *       "boardId": "01HR4G7A9B1C2D3E4F5G6H7J8K"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
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
    DeleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration was deleted. */
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
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    UpdateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /** @description The details to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                 *       "variablesSchema": {
                 *         "type": "object",
                 *         "properties": {
                 *           "invoiceAccountCode": {
                 *             "type": "string"
                 *           },
                 *           "sendCreditNotes": {
                 *             "type": "boolean"
                 *           }
                 *         },
                 *         "required": [
                 *           "invoiceAccountCode"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateIntegration"];
            };
        };
        responses: {
            /** @description The integration as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *       "name": "Xero",
                     *       "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *       "screenshotUrl": "https://cdn.acme.example/hub/xero-overview.png",
                     *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *       "variablesSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "invoiceAccountCode": {
                     *             "type": "string"
                     *           },
                     *           "sendCreditNotes": {
                     *             "type": "boolean"
                     *           }
                     *         },
                     *         "required": [
                     *           "invoiceAccountCode"
                     *         ]
                     *       },
                     *       "boardId": "01HR4G7A9B1C2D3E4F5G6H7J8K"
                     *     }
                     */
                    "application/json": components["schemas"]["Integration"];
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
    ListIntegrationConnectionTemplates: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connection templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "connectionTemplates": [
                     *         {
                     *           "id": "01HR5J7K9M1N2P3Q4R5S6T7V8W",
                     *           "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *           "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *           "name": "Acme Storefront",
                     *           "isUsed": true,
                     *           "isPrimary": true,
                     *           "authSchemeConfig": {
                     *             "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *             "description": "Storefront API key",
                     *             "validationMessages": [],
                     *             "schemeType": "api-key",
                     *             "name": "X-Api-Key",
                     *             "in": "header"
                     *           }
                     *         },
                     *         {
                     *           "id": "01HR5J8A0B2C3D4E5F6G7H8J9K",
                     *           "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                     *           "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *           "name": "Xero",
                     *           "isUsed": true,
                     *           "isPrimary": false,
                     *           "authSchemeConfig": {
                     *             "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                     *             "description": "Xero OAuth 2.0 app",
                     *             "validationMessages": [],
                     *             "schemeType": "oauth2",
                     *             "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                     *             "tokenUrl": "https://identity.xero.com/connect/token",
                     *             "scopes": [
                     *               {
                     *                 "name": "accounting.transactions",
                     *                 "description": "Read and write invoices, bills and payments."
                     *               }
                     *             ],
                     *             "defaultScopes": [
                     *               "accounting.transactions"
                     *             ],
                     *             "grant": {
                     *               "grantType": "authorization_code",
                     *               "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HubConnectionTemplatePage"];
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
    CreateHubConnectionTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /** @description The connector to wrap and how end users authenticate to it. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                 *       "authSchemeConfig": {
                 *         "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                 *         "description": "Xero OAuth 2.0 app",
                 *         "schemeType": "oauth2",
                 *         "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                 *         "tokenUrl": "https://identity.xero.com/connect/token",
                 *         "scopes": [
                 *           {
                 *             "name": "accounting.transactions",
                 *             "description": "Read and write invoices, bills and payments."
                 *           }
                 *         ],
                 *         "defaultScopes": [
                 *           "accounting.transactions"
                 *         ],
                 *         "grant": {
                 *           "grantType": "authorization_code",
                 *           "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                 *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["HubConnectionTemplateCreate"];
            };
        };
        responses: {
            /** @description The connection template as created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR5J8A0B2C3D4E5F6G7H8J9K",
                     *       "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                     *       "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *       "name": "Xero",
                     *       "isUsed": false,
                     *       "isPrimary": false,
                     *       "authSchemeConfig": {
                     *         "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                     *         "description": "Xero OAuth 2.0 app",
                     *         "validationMessages": [],
                     *         "schemeType": "oauth2",
                     *         "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                     *         "tokenUrl": "https://identity.xero.com/connect/token",
                     *         "scopes": [
                     *           {
                     *             "name": "accounting.transactions",
                     *             "description": "Read and write invoices, bills and payments."
                     *           }
                     *         ],
                     *         "defaultScopes": [
                     *           "accounting.transactions"
                     *         ],
                     *         "grant": {
                     *           "grantType": "authorization_code",
                     *           "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["HubConnectionTemplate"];
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
    UpdateIntegrationMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        /** @description The connection templates in use. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "usedConnectionTemplates": [
                 *         "01HR5J7K9M1N2P3Q4R5S6T7V8W",
                 *         "01HR5J8A0B2C3D4E5F6G7H8J9K"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationMetadata"];
            };
        };
        responses: {
            /** @description The metadata was stored. */
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
    GetDynamicVariables: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user's values, by variable name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invoiceAccountCode": "200",
                     *       "sendCreditNotes": true
                     *     }
                     */
                    "application/json": components["schemas"]["DynamicVariables"];
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
    UpdateDynamicVariablesInternal: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** @description The new values, by variable name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "invoiceAccountCode": "400",
                 *       "sendCreditNotes": false
                 *     }
                 */
                "application/json": components["schemas"]["DynamicVariables"];
            };
        };
        responses: {
            /** @description The values were stored. */
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
    GetEndUserConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of a connection template (hub connector) of the hub.
                 * @example 01HR5J8A0B2C3D4E5F6G7H8J9K
                 */
                connection_template_id: components["parameters"]["connection_template_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The end user's connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR6M0B2C4D5E6F7G8H9J0K1M",
                     *       "name": "northwind-xero",
                     *       "credentials": {
                     *         "action": [
                     *           {
                     *             "id": "01HR6M1C3D5E7F9G1H3J5K7M9N",
                     *             "authSchemeConfig": {
                     *               "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                     *               "description": "Xero OAuth 2.0 app",
                     *               "validationMessages": [],
                     *               "schemeType": "oauth2",
                     *               "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                     *               "tokenUrl": "https://identity.xero.com/connect/token",
                     *               "scopes": [
                     *                 {
                     *                   "name": "accounting.transactions",
                     *                   "description": "Read and write invoices, bills and payments."
                     *                 }
                     *               ],
                     *               "defaultScopes": [
                     *                 "accounting.transactions"
                     *               ],
                     *               "grant": {
                     *                 "grantType": "authorization_code",
                     *                 "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                     *                 "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                     *               }
                     *             },
                     *             "credential": {
                     *               "id": "01HR6M2D4E6F8G0H2J4K6M8N0P",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *               "type": "oauth2-token",
                     *               "name": "Northwind Xero authorisation",
                     *               "errors": [],
                     *               "data": {
                     *                 "scopes": [
                     *                   "accounting.transactions"
                     *                 ],
                     *                 "accessToken": "********",
                     *                 "refreshToken": "********"
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "tenantId",
                     *           "value": "5c1d8e2f-0a3b-4c6d-9e7f-1a2b3c4d5e6f"
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-14T10:22:07Z",
                     *       "updatedAt": "2026-03-15T07:48:30Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
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
    ListEndUserIntegrations: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
                /**
                 * @description `true` for deployed integrations only, `false` for undeployed ones only; leave it out to
                 *     get both.
                 * @example true
                 */
                deployed?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integrations offered to the end user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "totalConnected": 1,
                     *       "integrations": [
                     *         {
                     *           "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *           "name": "Xero",
                     *           "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *           "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *           "isDeployed": true,
                     *           "isActivated": true
                     *         },
                     *         {
                     *           "id": "01HR4H0C2D4E6F8G0H2J4K6M8N",
                     *           "name": "Mailchimp",
                     *           "imageUrl": "https://cdn.versori.com/connectors/mailchimp.svg",
                     *           "description": "Adds new customers to a Mailchimp audience.",
                     *           "isDeployed": true,
                     *           "isActivated": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EmbeddedIntegrationPage"];
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
    GetEmbeddedIntegration: {
        parameters: {
            query?: {
                /**
                 * @description Whether `user_id` is the platform's ULID for the end user (`internal`) or the organisation's
                 *     identifier for them (`external`, the default).
                 * @example external
                 */
                identifier_type?: components["parameters"]["identifier_type"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
                /**
                 * @description The ULID of the integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id: components["parameters"]["integration_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration, from the end user's point of view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *       "name": "Xero",
                     *       "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *       "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *       "isDeployed": true,
                     *       "isActivated": false,
                     *       "connectionTemplates": [
                     *         {
                     *           "id": "01HR5J7K9M1N2P3Q4R5S6T7V8W",
                     *           "connectorId": "01HR0A2B4C6D8E0F1G2H3J4K5M",
                     *           "imageUrl": "https://cdn.acme.example/brand/storefront.svg",
                     *           "name": "Acme Storefront",
                     *           "isUsed": true,
                     *           "isPrimary": true,
                     *           "authSchemeConfig": {
                     *             "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *             "description": "Storefront API key",
                     *             "validationMessages": [],
                     *             "schemeType": "api-key",
                     *             "name": "X-Api-Key",
                     *             "in": "header"
                     *           }
                     *         },
                     *         {
                     *           "id": "01HR5J8A0B2C3D4E5F6G7H8J9K",
                     *           "connectorId": "01HR2C4D6E8F0G1H2J3K4M5N6P",
                     *           "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *           "name": "Xero",
                     *           "isUsed": true,
                     *           "isPrimary": false,
                     *           "authSchemeConfig": {
                     *             "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                     *             "description": "Xero OAuth 2.0 app",
                     *             "validationMessages": [],
                     *             "schemeType": "oauth2",
                     *             "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                     *             "tokenUrl": "https://identity.xero.com/connect/token",
                     *             "scopes": [
                     *               {
                     *                 "name": "accounting.transactions",
                     *                 "description": "Read and write invoices, bills and payments."
                     *               }
                     *             ],
                     *             "defaultScopes": [
                     *               "accounting.transactions"
                     *             ],
                     *             "grant": {
                     *               "grantType": "authorization_code",
                     *               "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EmbeddedIntegration"];
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
    InitialiseOAuth2EmbeddedConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HR2C4D6E8F0G1H2J3K4M5N6P
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /** @description The OAuth 2.0 client and the scopes to ask the end user for. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credential": {
                 *         "id": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                 *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *       },
                 *       "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                 *       "clientId": "8F2A1C9B4D7E4F0A9C3B5D6E7F8A9B0C",
                 *       "scopes": [
                 *         "accounting.transactions"
                 *       ],
                 *       "prompt": "consent"
                 *     }
                 */
                "application/json": components["schemas"]["InitialiseOAuth2ConnectionRequest"];
            };
        };
        responses: {
            /** @description The URL to send the end user to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://login.xero.com/identity/connect/authorize?client_id=8F2A1C9B4D7E4F0A9C3B5D6E7F8A9B0C&redirect_uri=https%3A%2F%2Fplatform.versori.com%2Foauth2%2Fcallback&response_type=code&scope=accounting.transactions%20offline_access&state=c2b7e19f04a64d3e&prompt=consent"
                     *     }
                     */
                    "application/json": components["schemas"]["InitialiseOAuth2ConnectionResponse"];
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
    ListEndUserActivations: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HR3E5F7G9H1J2K3M4N5P6Q7R
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only activations of this integration.
                 * @example 01HR4G6H8J0K1M2N3P4Q5R6S7T
                 */
                integration_id?: components["schemas"]["Ulid"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the hub.
                 * @example 01HR1H5B3K7M9P2Q4S6T8V0W1X
                 */
                hub_id: components["parameters"]["hub_id"];
                /**
                 * @description The end user, by the organisation's identifier for them (`externalId`) or by the platform's
                 *     ULID; `identifier_type` says which, where the operation accepts it.
                 * @example cust-48213
                 */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of activations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 1,
                     *       "activations": [
                     *         {
                     *           "id": "01HR7M9N1P3Q4R5S6T7V8W9X0Y",
                     *           "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *           "integration": {
                     *             "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *             "name": "Xero",
                     *             "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *             "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *             "isDeployed": true,
                     *             "isActivated": true
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EndUserActivationPage"];
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
    ActivateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who activates which integration, with which connections and variables. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "cust-48213",
                 *       "integrationId": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                 *       "connections": [
                 *         {
                 *           "templateId": "01HR5J7K9M1N2P3Q4R5S6T7V8W",
                 *           "connectionId": "01HR6K8M0N2P3Q4R5S6T7V8W9X"
                 *         },
                 *         {
                 *           "templateId": "01HR5J8A0B2C3D4E5F6G7H8J9K",
                 *           "name": "northwind-xero",
                 *           "credentials": {
                 *             "action": [
                 *               {
                 *                 "authSchemeConfig": {
                 *                   "id": "01HR2C5E7G9J1K3M5N7P9Q1R3S",
                 *                   "description": "Xero OAuth 2.0 app",
                 *                   "schemeType": "oauth2",
                 *                   "authorizeUrl": "https://login.xero.com/identity/connect/authorize",
                 *                   "tokenUrl": "https://identity.xero.com/connect/token",
                 *                   "scopes": [
                 *                     {
                 *                       "name": "accounting.transactions",
                 *                       "description": "Read and write invoices, bills and payments."
                 *                     }
                 *                   ],
                 *                   "defaultScopes": [
                 *                     "accounting.transactions"
                 *                   ],
                 *                   "grant": {
                 *                     "grantType": "authorization_code",
                 *                     "credentialId": "01HR2C6F8H0J2K4M6N8P0Q2R4S",
                 *                     "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *                   }
                 *                 },
                 *                 "credential": {
                 *                   "name": "Northwind Xero authorisation",
                 *                   "type": "oauth2-code",
                 *                   "data": {
                 *                     "code": "7f3c91d2a4b8e6f0",
                 *                     "state": "01HR6M0B2C4D5E6F7G8H9J0K1M"
                 *                   }
                 *                 }
                 *               }
                 *             ]
                 *           },
                 *           "variables": [
                 *             {
                 *               "name": "tenantId",
                 *               "value": "5c1d8e2f-0a3b-4c6d-9e7f-1a2b3c4d5e6f"
                 *             }
                 *           ]
                 *         }
                 *       ],
                 *       "dynamicVariables": {
                 *         "invoiceAccountCode": "200",
                 *         "sendCreditNotes": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ActivationCreate"];
            };
        };
        responses: {
            /** @description The activation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR7M9N1P3Q4R5S6T7V8W9X0Y",
                     *       "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "user": {
                     *         "id": "01HR3E5F7G9H1J2K3M4N5P6Q7R",
                     *         "externalId": "cust-48213",
                     *         "displayName": "Northwind Traders",
                     *         "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *         "primaryConnection": {
                     *           "id": "01HR6K8M0N2P3Q4R5S6T7V8W9X",
                     *           "name": "northwind-storefront",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HR6K9A1B3C4D5E6F7G8H9J0K",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *                   "description": "Storefront API key",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Api-Key",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HR6KA2C4D5E6F7G8H9J0K1M2",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Northwind storefront API key",
                     *                   "errors": [],
                     *                   "data": {
                     *                     "value": "********"
                     *                   }
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "variables": [
                     *             {
                     *               "name": "storeRegion",
                     *               "value": "eu-west"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-10T09:15:00Z",
                     *           "updatedAt": "2026-03-10T09:15:00Z"
                     *         },
                     *         "createdAt": "2026-03-10T09:15:00Z",
                     *         "updatedAt": "2026-03-11T08:30:12Z"
                     *       },
                     *       "integration": {
                     *         "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *         "name": "Xero",
                     *         "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *         "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *         "isDeployed": true,
                     *         "isActivated": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Activation"];
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
    GetActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the activation.
                 * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HR7M9N1P3Q4R5S6T7V8W9X0Y",
                     *       "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *       "user": {
                     *         "id": "01HR3E5F7G9H1J2K3M4N5P6Q7R",
                     *         "externalId": "cust-48213",
                     *         "displayName": "Northwind Traders",
                     *         "hubId": "01HR1H5B3K7M9P2Q4S6T8V0W1X",
                     *         "primaryConnection": {
                     *           "id": "01HR6K8M0N2P3Q4R5S6T7V8W9X",
                     *           "name": "northwind-storefront",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HR6K9A1B3C4D5E6F7G8H9J0K",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *                   "description": "Storefront API key",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Api-Key",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HR6KA2C4D5E6F7G8H9J0K1M2",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Northwind storefront API key",
                     *                   "errors": [],
                     *                   "data": {
                     *                     "value": "********"
                     *                   }
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "variables": [
                     *             {
                     *               "name": "storeRegion",
                     *               "value": "eu-west"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-10T09:15:00Z",
                     *           "updatedAt": "2026-03-10T09:15:00Z"
                     *         },
                     *         "createdAt": "2026-03-10T09:15:00Z",
                     *         "updatedAt": "2026-03-11T08:30:12Z"
                     *       },
                     *       "integration": {
                     *         "id": "01HR4G6H8J0K1M2N3P4Q5R6S7T",
                     *         "name": "Xero",
                     *         "imageUrl": "https://cdn.versori.com/connectors/xero.svg",
                     *         "description": "Every paid order becomes a Xero invoice, and refunds become credit notes.",
                     *         "isDeployed": true,
                     *         "isActivated": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Activation"];
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
    DeleteActivation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the activation.
                 * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activation was deleted. */
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
    UpdateDynamicVariables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the activation.
                 * @example 01HR7M9N1P3Q4R5S6T7V8W9X0Y
                 */
                activation_id: components["parameters"]["activation_id"];
            };
            cookie?: never;
        };
        /** @description The new values, by variable name. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dynamicVariables": {
                 *         "invoiceAccountCode": "400",
                 *         "sendCreditNotes": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ActivationDynamicVariables"];
            };
        };
        responses: {
            /** @description The values the activation now runs with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dynamicVariables": {
                     *         "invoiceAccountCode": "400",
                     *         "sendCreditNotes": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ActivationDynamicVariables"];
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
    HealthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthResponse"];
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
