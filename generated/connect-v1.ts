// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List categories
         * @description Returns every category a connector can be filed under. Use these values with
         *     UpdateConnectorCategories and with the `categories` filter when listing connectors.
         */
        get: operations["ListCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List public connectors
         * @description Returns one page of the connectors that have been made public, whichever organisation owns
         *     them. The most recently updated connector comes first. Results can be narrowed by tags,
         *     categories, protocol and name.
         */
        get: operations["ListPublicConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List the organisation's connectors
         * @description Returns one page of the connectors owned by the organisation, most recently updated first.
         *     Results can be narrowed by tags, categories, protocol and name.
         */
        get: operations["ListConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /**
         * Get a connector
         * @description Returns the connector with the given ID, including its authentication configurations,
         *     connections and versions. Answers 404 when the organisation has no such connector.
         */
        get: operations["GetConnector"];
        /**
         * Update a connector
         * @description Replaces the connector's editable fields with the ones in the body and stamps `updatedAt`
         *     with the current time. This is a full replacement, not a patch: a field left out of the body
         *     is cleared, unless clearing it would leave the connector invalid, in which case nothing is
         *     changed and the answer is 400.
         *
         *     The body's `protocol` picks the variant: `http` connectors must send `baseUrl`, `bigquery`
         *     connectors must send `datasetId`. Authentication configurations can only be reordered here
         *     (through `authSchemeConfigIds`); connections and versions have their own endpoints. When
         *     `connectionVariables` is sent it replaces the connector's defaults and is applied to every
         *     connection of the connector as well.
         */
        put: operations["UpdateConnector"];
        post?: never;
        /**
         * Delete a connector
         * @description Deletes the connector. When another product still depends on it the answer is 409 and
         *     nothing is deleted; set `force` to delete it anyway. Forcing is meant for exceptional cases
         *     only, as whatever relied on the connector may then break.
         */
        delete: operations["DeleteConnector"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a connector's tags
         * @description Sets the connector's tags to exactly those in the body; tags not in the body are removed.
         */
        put: operations["UpdateConnectorTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a connector's categories
         * @description Sets the connector's categories to exactly those in the body; categories not in the body are
         *     removed.
         */
        put: operations["UpdateConnectorCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/auth-scheme-configs/{auth_scheme_config_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The identifier of the authentication configuration. The client picks it (a ULID is
                 *     recommended); it only has to be unique among the configurations of this connector.
                 * @example 01HQ4E7N3B5R9T2W6Y8A0C4F1K
                 */
                auth_scheme_config_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace an authentication configuration
         * @description Adds an authentication configuration to the connector, or replaces the one that already has this
         *     identifier. The identifier is chosen by the client and must not be used by another configuration
         *     of the same connector. Any `validationMessages` in the body are ignored; the platform fills them in
         *     when it validates the configuration. The answer is the whole connector after the change.
         */
        put: operations["UpsertAuthSchemeConfig"];
        post?: never;
        /**
         * Delete an authentication configuration
         * @description Removes an authentication configuration from the connector. Connections set up through it are kept,
         *     but credentials that need refreshing (OAuth 2.0 tokens, custom functions) can no longer be renewed
         *     and stop working once they expire. The answer is the whole connector after the change.
         */
        delete: operations["DeleteAuthSchemeConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/oauth2/initialise": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an OAuth 2.0 connection
         * @description Builds the URL of the provider's authorisation page that the user must be sent to when connecting
         *     an OAuth 2.0 connector. Only URLs built here are accepted on the way back, because the platform
         *     creates a `state` value and checks it when the provider redirects to the callback.
         *
         *     Besides the values in the body, the platform adds these query parameters to the URL itself:
         *     `client_id` (taken from the body and expected to match the client stored in the referenced
         *     credential), `redirect_uri` (the platform's callback), `response_type` (always `code`), `scope`
         *     (see `scopes`), `prompt` (see `prompt`) and `state`. Extra parameters can be appended through
         *     `additionalParams`. The parameters are those of an OpenID Connect authentication request
         *     (https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest).
         */
        post: operations["InitialiseOAuth2Connection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /**
         * List a connector's connections
         * @description Returns one page of summaries of the connector's connections, most recently updated first.
         *     Neither the order nor any filter can be chosen yet.
         */
        get: operations["ListConnectorConnections"];
        put?: never;
        /**
         * Create a connection
         * @description Adds a connection to the connector. The credentials given in the body are created together with
         *     the connection.
         */
        post: operations["CreateConnectorConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01HQ3B7K2MX5R8T1V4W6Y9ZA0C
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        /**
         * Get a connection
         * @description Returns one connection of the connector, with its credentials and variables.
         */
        get: operations["GetConnection"];
        /**
         * Update a connection
         * @description Renames the connection, replaces its variables, reorders its credentials or changes their
         *     authentication scheme configurations. The secret values of a credential are not changed here;
         *     use the credential's own update operation for that.
         */
        put: operations["UpdateConnection"];
        post?: never;
        /**
         * Delete a connection
         * @description Deletes the connection. A connection that another product still uses is kept and the answer is
         *     412, unless `force` is set.
         */
        delete: operations["DeleteConnection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /**
         * List connector versions
         * @description Returns one page of the connector's versions, most recently updated first. Neither the order nor
         *     any filter can be chosen yet.
         */
        get: operations["ListConnectorVersions"];
        put?: never;
        /**
         * Create a connector version
         * @description Creates a draft version of the connector (its `publishedAt` is `null`), either empty or as a copy
         *     of the actions, triggers and definitions of an existing version.
         */
        post: operations["CreateConnectorVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        /**
         * Get a connector version
         * @description Returns one version of the connector, looked up by name (or `latest` / `default`).
         */
        get: operations["GetConnectorVersion"];
        /**
         * Update a connector version
         * @description Replaces the editable fields of a draft version with those in the body. Sending a changed value
         *     for a read-only field is rejected with 400.
         */
        put: operations["UpdateConnectorVersion"];
        post?: never;
        /**
         * Delete a connector version
         * @description Deletes a version. Only drafts can be deleted unless `force` is set; forcing the deletion of a
         *     published version can break the products that subscribe to it, so keep it for exceptional cases.
         */
        delete: operations["DeleteConnectorVersion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/library/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a public connector version
         * @description Copies a version of a public connector from the library into the caller's organisation. The copy
         *     starts as a draft (`publishedAt` is `null`).
         */
        post: operations["ImportPublicConnectorVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a connector version
         * @description Validates the draft version and, if it is valid, publishes it. A published version can be used by
         *     other Versori products and can no longer be edited.
         */
        post: operations["PublishConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish a connector version
         * @description Turns a published version back into a draft. This is refused while any product subscribes to the
         *     version, such as a live integration. A version has to be unpublished before it can be deleted.
         */
        post: operations["UnpublishConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        /**
         * List actions
         * @description Returns one page of the actions defined in a connector version.
         */
        get: operations["GetActions"];
        put?: never;
        /**
         * Create an action
         * @description Adds an action to a draft connector version. The action's `type` must suit the connector's
         *     protocol; an HTTP action on a BigQuery connector, for example, is rejected with 400. Definitions
         *     for the request and response bodies are linked by id or by name and must already exist.
         */
        post: operations["CreateAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/actions/{action_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the action within the connector version.
                 * @example list-orders
                 */
                action_name: components["parameters"]["action_name"];
            };
            cookie?: never;
        };
        /**
         * Get an action
         * @description Returns one action of a connector version, looked up by its name.
         */
        get: operations["GetAction"];
        /**
         * Update an action
         * @description Replaces an action of a draft connector version with the body, which has the same shape the
         *     action is read in. Validation problems are reported in the answer's `errors`.
         */
        put: operations["UpdateAction"];
        post?: never;
        /**
         * Delete an action
         * @description Removes an action from a draft connector version.
         */
        delete: operations["DeleteAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        /**
         * List triggers
         * @description Returns one page of the triggers defined in a connector version.
         */
        get: operations["GetTriggers"];
        put?: never;
        /**
         * Create a trigger
         * @description Adds a trigger to a draft connector version. The trigger's `type` must suit the connector's
         *     protocol, otherwise the request is rejected with 400. Definitions for the incoming body and the
         *     answers are linked by id or by name and must already exist.
         */
        post: operations["CreateTrigger"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/triggers/{trigger_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the trigger within the connector version.
                 * @example order-created
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        /**
         * Get a trigger
         * @description Returns one trigger of a connector version, looked up by its name.
         */
        get: operations["GetTrigger"];
        /**
         * Update a trigger
         * @description Replaces a trigger of a draft connector version with the body, which has the same shape the
         *     trigger is read in. Validation problems are reported in the answer's `errors`.
         */
        put: operations["UpdateTrigger"];
        post?: never;
        /**
         * Delete a trigger
         * @description Removes a trigger from a draft connector version.
         */
        delete: operations["DeleteTrigger"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        /**
         * List definitions
         * @description Returns one page of the data definitions of a connector version.
         */
        get: operations["GetDefinitions"];
        put?: never;
        /**
         * Create definitions
         * @description Adds one or more definitions to a draft connector version in a single call. Creating them one
         *     at a time is simplest; this call exists for definitions that refer to each other, even in a
         *     cycle. Inside the request a definition points at another one of the same request with
         *     `{"$ref": "#/$defs/<name>"}`, and at an existing definition with its full schema URL.
         */
        post: operations["CreateDefinitions"];
        /**
         * Delete definitions
         * @description Deletes several definitions of a draft connector version at once, chosen by the body: by ids,
         *     by names, or all of them. A definition still referenced by another one is not deleted and the
         *     call answers 412, unless `force` is set.
         */
        delete: operations["DeleteDefinitions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connectors/{connector_id}/versions/{version}/definitions/{definition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the definition within the connector version.
                 * @example Order
                 */
                definition_name: components["parameters"]["definition_name"];
            };
            cookie?: never;
        };
        /**
         * Get a definition
         * @description Returns one definition of a connector version, looked up by its name. The schema itself is not
         *     included; fetch it from the definition's `url`.
         */
        get: operations["GetDefinition"];
        /**
         * Update a definition
         * @description Changes a definition of a draft connector version. Send `schema` to replace the schema
         *     document; leave it out to change only the other fields.
         */
        put: operations["UpdateDefinition"];
        post?: never;
        /**
         * Delete a definition
         * @description Deletes one definition of a draft connector version. If other definitions still refer to it the
         *     call answers 412, unless `force` is set.
         */
        delete: operations["DeleteDefinition"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        /**
         * List protocols
         * @description Returns the protocols the organisation can build connectors with. Ask support@versori.com if a
         *     protocol you need is missing.
         */
        get: operations["ListProtocols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/{protocol_slug}/auth-schemes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The short name of a protocol, as listed by ListProtocols.
                 * @example http
                 */
                protocol_slug: components["parameters"]["protocol_slug"];
            };
            cookie?: never;
        };
        /**
         * List authentication schemes
         * @description Returns the authentication schemes that connectors of the given protocol may use in this
         *     organisation. Ask support@versori.io if a scheme you need is missing.
         */
        get: operations["ListAuthSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/{protocol_slug}/upload-url": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The short name of a protocol, as listed by ListProtocols.
                 * @example http
                 */
                protocol_slug: components["parameters"]["protocol_slug"];
            };
            cookie?: never;
        };
        /**
         * Get a file upload URL
         * @description Returns a signed object-storage URL to which a file, such as an OpenAPI document, can be sent with
         *     a single PUT, plus the address the platform reads it back from. Pass that address to an import
         *     operation. The signed URL expires after five minutes and works only once. Skip this step when the
         *     file already sits at a URL the platform can fetch.
         */
        get: operations["GetProtocolUploadURL"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/http/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an HTTP connector
         * @description Creates a connector that talks to an external system over HTTP. It starts as a draft and must be
         *     published before other Versori products can use it.
         */
        post: operations["CreateHTTPConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/connector/{connector_id}/http/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a new version of an HTTP connector
         * @description Creates a new version of an existing HTTP connector from an API description (currently OpenAPI).
         *     Send the document either as a file in a `multipart/form-data` body, or as a URL in a JSON body
         *     (for example the `url` returned by GetProtocolUploadURL).
         */
        post: operations["ImportHTTPConnectorVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/http/import": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an HTTP connector
         * @description Creates an HTTP connector from an API description in another format (currently OpenAPI). Send the
         *     document either as a file in a `multipart/form-data` body, or as a URL in a JSON body. The
         *     connector starts as a draft and must be published before a live integration can use it.
         */
        post: operations["ImportHTTPConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/protocols/bigquery/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a BigQuery connector
         * @description Creates a connector that queries a Google BigQuery dataset. It starts as a draft and must be
         *     published before other Versori products can use it.
         */
        post: operations["CreateBigQueryConnector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/o/{organisation_id}/schemas/{connector_id}/{version}/{schema_filename}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The file name of the schema, which is the definition's name plus an extension.
                 * @example Order.json
                 */
                schema_filename: string;
            };
            cookie?: never;
        };
        /**
         * Get a raw schema
         * @description Returns the schema document of one definition of a connector version as it is stored, for example
         *     the JSON Schema behind a definition's `url`.
         */
        get: operations["GetRawSchema"];
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
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
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
        /**
         * @description A category a connector can be filed under, used to group and find connectors.
         * @enum {string}
         */
        Category: "Development & IT" | "ERP" | "Supply Chain & Logistics" | "Communication" | "Accounting" | "Hospitality" | "Productivity" | "HR" | "CRM" | "AI/LLMs" | "eCommerce" | "Business Operations";
        /** @description Paging details shared by every list answer. */
        PageInfo: {
            /** @description How many items match the request across all pages. */
            totalCount: number;
            /** @description Cursor to pass as `after` to get the following page; absent on the last page. */
            next?: string;
            /** @description Cursor to pass as `before` to get the preceding page; absent on the first page. */
            prev?: string;
        };
        /** @description Free-form labels on a connector, as a map from each tag key to its list of values. */
        Tags: {
            [key: string]: string[];
        };
        /**
         * @description The protocols a connector can use.
         * @enum {string}
         */
        ProtocolType: "http" | "bigquery";
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
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
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
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "api-key";
        };
        /** @description The connector uses HTTP basic authentication. Nothing is configured beyond the shared fields. */
        AuthSchemeConfigBasicAuth: components["schemas"]["AuthSchemeConfigBase"] & {
            /**
             * @description Always `basic-auth` for this kind.
             * @constant
             */
            schemeType: "basic-auth";
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
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
             * @description Always `authorization_code` for this grant. (enum property replaced by openapi-typescript)
             * @enum {string}
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
             * @description Always `client_credentials` for this grant. (enum property replaced by openapi-typescript)
             * @enum {string}
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
             * @description Always `password` for this grant. (enum property replaced by openapi-typescript)
             * @enum {string}
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
        /** @description The OAuth 2.0 grant the connector uses, told apart by `grantType`. */
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
             *     UI uses this as the default; a call to InitialiseOAuth2Connection may pass other values.
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
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "oauth2";
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
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "hmac";
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
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            schemeType: "certificate";
        };
        /**
         * @description How a connector authenticates with its external system, told apart by `schemeType`. It describes
         *     the method only; the secret values live in the credentials of each connection, which follow this
         *     configuration.
         */
        AuthSchemeConfig: components["schemas"]["AuthSchemeConfigNone"] | components["schemas"]["AuthSchemeConfigAPIKey"] | components["schemas"]["AuthSchemeConfigBasicAuth"] | components["schemas"]["AuthSchemeConfigOAuth2"] | components["schemas"]["AuthSchemeConfigHMAC"] | components["schemas"]["AuthSchemeConfigCertificate"];
        /** @description A named value that configures a connector, for example a shop domain or an account number. */
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
             *     certificate credential must be created alongside it through CreateConnection, in which case
             *     the platform fills in `mTLSCredentialId` on save.
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
            /** @description The token used to get new access tokens. Redacted when read back. */
            refreshToken?: string;
        };
        /**
         * @description Data of an `oauth2-code` credential: the result of the `authorization_code` redirect, sent when
         *     creating or updating an OAuth 2.0 connection. The platform swaps it for tokens, so reading the
         *     credential back gives an `oauth2-token` with `CredentialDataOAuth2Token` data.
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
         * @description One instance of the external system a connector can reach, such as a staging or production
         *     account, with its own credentials and variables.
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
        /** @description One version of a connector; a draft until `publishedAt` is set. */
        ConnectorVersion: {
            /**
             * @description The internal ID of the version. Outside the platform a version is usually addressed by its
             *     `name` together with the connector ID.
             */
            id: components["schemas"]["Ulid"];
            /**
             * @description The version label, such as `1.2.0`. Any scheme works (SemVer, CalVer, a counter), but a
             *     consistent one is advised. `latest` and `default` are reserved and cannot be used.
             */
            name: string;
            /** @description Notes on the version, for example what changed since the previous one. */
            description?: string;
            /** @description Whether this is the connector's most recently published version. */
            isLatest: boolean;
            /** @description Whether this is the connector's default version. */
            isDefault: boolean;
            /**
             * Format: date-time
             * @description When the version was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the version or anything inside it last changed.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the version was published; null while it is still a draft.
             */
            publishedAt: string | null;
            /** @description Notes about the version, such as validation findings. */
            messages?: components["schemas"]["Message"][];
        };
        /** @description The fields every connector has, whatever its protocol. */
        ConnectorBase: {
            /** @description The ID of the connector. */
            id: components["schemas"]["Ulid"];
            /** @description The ID of the organisation that owns the connector. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The connector's name, chosen by its owner. */
            name: string;
            /** @description Whether the connector is listed publicly for every organisation to see. */
            public: boolean;
            /** @description Link to the external system's API documentation, if any. */
            documentationURL?: string;
            /** @description Link to the connector's icon. */
            imageURL?: string;
            tags?: components["schemas"]["Tags"];
            protocol: components["schemas"]["ProtocolType"];
            /** @description The ways the connector can authenticate with the external system, in order. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            /** @description Default variables that every new connection of the connector starts with. */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
            /** @description Every connection of the connector. */
            connections: components["schemas"]["Connection"][];
            /** @description Every version of the connector. */
            versions: components["schemas"]["ConnectorVersion"][];
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
        /** @description A connector that talks to its external system over HTTP. */
        HTTPConnector: components["schemas"]["ConnectorBase"] & {
            /**
             * @description Always `http` for this kind of connector.
             * @constant
             */
            protocol: "http";
            /** @description The URL every HTTP action of the connector is relative to. */
            baseUrl: string;
            /** @description Whether the connector is listed publicly for every organisation to see. */
            public: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "http";
        };
        /** @description A connector that queries a Google BigQuery dataset. */
        BigQueryConnector: components["schemas"]["ConnectorBase"] & {
            /**
             * @description Always `bigquery` for this kind of connector.
             * @constant
             */
            protocol: "bigquery";
            /** @description The dataset to query, written as `<project_id>.<dataset_name>`. */
            datasetId: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "bigquery";
        };
        /**
         * @description A connector to an external system. The `protocol` field tells which variant it is and which
         *     extra fields it carries.
         */
        Connector: components["schemas"]["HTTPConnector"] | components["schemas"]["BigQueryConnector"];
        /** @description One page of connectors with its paging details. */
        ConnectorPage: components["schemas"]["PageInfo"] & {
            /** @description The connectors on this page. */
            connectors: components["schemas"]["Connector"][];
        };
        /**
         * @description The fields an update of any connector carries. Versions and connections are not changed
         *     through this body; they have their own endpoints.
         */
        ConnectorUpdateBase: {
            /** @description The ID of the connector being updated. */
            id: components["schemas"]["Ulid"];
            /** @description The ID of the organisation that owns the connector. */
            organisationId: components["schemas"]["Ulid"];
            /** @description The connector's name. */
            name: string;
            tags?: components["schemas"]["Tags"];
            protocol: components["schemas"]["ProtocolType"];
            /**
             * @description The IDs of the connector's authentication configurations in their new order. This only
             *     reorders them; to add, change or remove one, use the auth-scheme-configs endpoints of the
             *     connector. Leave it out to keep the current order.
             */
            authSchemeConfigIds?: components["schemas"]["Ulid"][];
            /** @description Whether the connector is listed publicly for every organisation to see. */
            public?: boolean;
            /** @description Link to the external system's API documentation, if any. */
            documentationURL?: string;
            /** @description Link to the connector's icon. */
            imageURL?: string;
        };
        /**
         * @description The new state of an HTTP connector. Connections are not touched; change them with
         *     UpdateConnection.
         */
        HTTPConnectorUpdate: components["schemas"]["ConnectorUpdateBase"] & {
            /**
             * @description Must be `http` for this kind of connector.
             * @constant
             */
            protocol: "http";
            /** @description The URL every HTTP action of the connector is relative to. */
            baseUrl: string;
            /**
             * @description When present, becomes the connector's list of default variables and is written to
             *     every existing connection of the connector too.
             */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "http";
        };
        /**
         * @description The new state of a BigQuery connector. Connections are not touched; change them with
         *     UpdateConnection.
         */
        BigQueryConnectorUpdate: components["schemas"]["ConnectorUpdateBase"] & {
            /**
             * @description Must be `bigquery` for this kind of connector.
             * @constant
             */
            protocol: "bigquery";
            /** @description The dataset to query, written as `<project_id>.<dataset_name>`. */
            datasetId: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            protocol: "bigquery";
        };
        /**
         * @description The body of UpdateConnector. The `protocol` field selects the variant and the fields that
         *     come with it.
         */
        ConnectorUpdate: components["schemas"]["HTTPConnectorUpdate"] | components["schemas"]["BigQueryConnectorUpdate"];
        /** @description What is needed to build the authorisation URL of an OAuth 2.0 connection. */
        InitialiseOAuth2ConnectionRequest: {
            /** @description The stored OAuth 2.0 client credential whose secret is used when the code is exchanged for tokens. */
            credential: {
                /** @description The ULID of the client credential; its secret is loaded when the authorisation code is exchanged. */
                id: components["schemas"]["Ulid"];
                /** @description The ULID of the organisation owning the credential; it must be the organisation making the request. */
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
        /** @description The main facts about a connection, without its credentials and variables. */
        ConnectionSummary: {
            /** @description The ULID of the connection; most public APIs identify a connection by its name and connector instead. */
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
        /** @description One page of connection summaries. */
        ConnectorConnectionPage: components["schemas"]["PageInfo"] & {
            /** @description The connections on this page. */
            items?: components["schemas"]["ConnectionSummary"][];
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
        /** @description A new credential together with the authentication scheme configuration that says how the connection uses it. */
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
        /** @description A connection to add to a connector. */
        ConnectionCreate: {
            /** @description The name of the connection, unique within the connector. */
            name: string;
            credentials: components["schemas"]["ConnectionCredentialsCreate"];
            /** @description The connection's variables. */
            variables: components["schemas"]["ConnectionVariable"][];
        };
        /**
         * @description A new authentication scheme configuration for an existing credential of the connection. The
         *     credential itself is not changed here. `authSchemeConfig.schemeType` cannot change; to switch
         *     scheme, add a new credential and remove the old one.
         */
        ConnectionCredentialUpdate: {
            /** @description The ULID of the connection credential to update. */
            id: components["schemas"]["Ulid"];
            authSchemeConfig: components["schemas"]["AuthSchemeConfig"];
        };
        /**
         * @description The connection's credentials for actions and for triggers. Only their order and their
         *     authentication scheme configurations can be changed.
         */
        ConnectionCredentialsUpdate: {
            /** @description Credentials applied to requests made by actions, in their new order. */
            action?: components["schemas"]["ConnectionCredentialUpdate"][];
            /** @description Credentials used to check requests received by triggers, in their new order. */
            trigger?: components["schemas"]["ConnectionCredentialUpdate"][];
        };
        /** @description Changes to an existing connection; a new name, new variables, and reordered or reconfigured credentials. */
        ConnectionUpdate: {
            /** @description The ULID of the connection being updated. */
            id: components["schemas"]["Ulid"];
            /** @description The new name of the connection. */
            name: string;
            credentials?: components["schemas"]["ConnectionCredentialsUpdate"];
            /**
             * @description When present, replaces all variables of the connection (an empty array removes them all).
             *     When omitted, the variables stay as they are.
             */
            variables?: components["schemas"]["ConnectionVariable"][];
        };
        /** @description One page of connector versions. */
        ConnectorVersionsPage: components["schemas"]["PageInfo"] & {
            /** @description The versions on this page. */
            items: components["schemas"]["ConnectorVersion"][];
        };
        /** @description A new draft version of a connector. */
        ConnectorVersionCreate: {
            /**
             * @description The version name, such as `1.3.0`. Any scheme works (SemVer, CalVer, a counter), but keep to
             *     one. `latest` and `default` are reserved.
             */
            name: string;
            /**
             * @description The name of an existing version to copy actions, triggers and definitions from. Without it
             *     the new version starts empty.
             */
            fromVersion?: string;
        };
        /** @description The result of publishing a version. */
        PublishConnectorResponse: {
            version: components["schemas"]["ConnectorVersion"];
        };
        /** @description The result of unpublishing a version. */
        UnpublishConnectorResponse: {
            version: components["schemas"]["ConnectorVersion"];
        };
        /** @description A problem found while validating an action. */
        ActionError: {
            /** @description Where in the action the problem is, as a JSON Pointer such as `/parameters/0/name`. */
            field: string;
            /** @description What is wrong, for people to read. */
            message: string;
            /**
             * @description How serious the problem is. An `error` must be fixed; a `warning` is advice that may be
             *     shown less prominently.
             * @enum {string}
             */
            severity: "error" | "warning";
        };
        /**
         * @description The kinds of action; each connector protocol supports its own kind.
         * @enum {string}
         */
        ActionTypeEnum: "http";
        /** @description Fields every action has, whatever its kind, both when created and when read. */
        ActionCommon: {
            /** @description The kind of action, which decides the other fields it has. */
            type: components["schemas"]["ActionTypeEnum"];
            /**
             * @description Identifies the action within the connector version, readable by both people and programs,
             *     such as `list-orders` or `get_product`.
             */
            name: string;
            /** @description A short title for the action, such as "List orders"; the name is shown when empty. */
            summary?: string;
            /** @description A longer explanation of what the action does and anything a user should know. */
            description?: string;
        };
        /** @description The fields of a stored action that exist for every kind of action. */
        ActionBase: {
            /** @description The action's ULID. */
            id: components["schemas"]["Ulid"];
            /**
             * @description Problems found when the action was last validated. An empty list means it is valid; when
             *     absent, the action has not been validated yet.
             */
            errors?: components["schemas"]["ActionError"][];
        } & components["schemas"]["ActionCommon"];
        /**
         * @description The HTTP method of a request, such as GET or POST.
         * @enum {string}
         */
        HTTPMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "CONNECT" | "TRACE";
        /**
         * @description The path added to the connector's base URL to form the request URL, such as `/orders.json`.
         *     It may contain placeholders: `{{ param.<name> }}` is replaced by the value of the named
         *     parameter and `{{ conn.<name> }}` by the named connection variable.
         */
        ActionPath: string;
        /**
         * @description Where an HTTP action parameter is sent.
         * @enum {string}
         */
        ActionHTTPParameterIn: "cookie" | "header" | "path" | "query";
        /**
         * @description Reserved for hints that help a user pick a valid value for a parameter. Its fields are not
         *     defined yet.
         */
        ActionCompletion: Record<string, never>;
        /** @description One value an HTTP action sends with its request, as a path segment, query parameter, header or cookie. */
        ActionHTTPParameter: {
            /** @description The name the parameter is sent under. */
            name: string;
            /** @description Where in the request the parameter goes. */
            in: components["schemas"]["ActionHTTPParameterIn"];
            /** @description Whether a value must be given for the parameter. */
            required: boolean;
            /**
             * @description The type of the value. Only scalar types are supported.
             * @enum {string}
             */
            type: "string" | "number" | "integer" | "boolean";
            /**
             * @description The value used when none is given. Without a default, a parameter that is given no value is
             *     not sent at all. A string default may be a template such as `{{ .conn.shop }}`, filled in
             *     from the connection's variables.
             */
            default?: unknown;
            /** @description Hints for picking a value; reserved for future use. */
            completion?: components["schemas"]["ActionCompletion"];
        };
        /** @description Fields a definition has when it is created, read or updated. */
        DefinitionCommon: {
            /**
             * @description Identifies the definition within the connector version, readable by both people and
             *     programs, such as `Order` or `order_line`.
             */
            name: string;
            /**
             * @description The media types of the data this definition describes, one per item, such as
             *     `application/json`. This is about the data, not about the schema document: a schema written
             *     as YAML can still describe JSON data.
             */
            accept: string[];
            /** @description What the definition describes and how it is meant to be used. */
            description?: string;
        };
        /** @description Something that refers to a definition, be it another definition, an action or a trigger. */
        DefinitionReference: {
            /**
             * @description The kind of thing that refers to the definition.
             * @enum {string}
             */
            type: "definition" | "action" | "trigger";
            /** @description The ULID of the definition, action or trigger that holds the reference. */
            id: components["schemas"]["Ulid"];
            /** @description The name of the definition, action or trigger that holds the reference. */
            name: string;
        };
        /**
         * @description A stored definition: the schema of some data used by actions and triggers. The schema language
         *     follows the media type, JSON Schema for `application/json`. The schema document is served at
         *     `url`.
         */
        Definition: {
            /** @description The definition's ULID. */
            id: components["schemas"]["Ulid"];
        } & components["schemas"]["DefinitionCommon"] & {
            /**
             * Format: uri
             * @description Where the schema document is served, in the form
             *     `https://platform.versori.com/api/schemas/v1/o/<organisation>/<connector>/<version>/<name>.<extension>`.
             */
            url: string;
            /** @description The definitions, actions and triggers that refer to this definition. */
            referencedBy?: components["schemas"]["DefinitionReference"][];
        };
        /** @description A definition linked to an action, as the schema of its request or of one of its responses. */
        ActionDefinition: {
            /** @description The ULID of this link within the action. */
            id: components["schemas"]["Ulid"];
            /** @description The linked definition. */
            definition: components["schemas"]["Definition"];
        };
        /**
         * @description Whether an HTTP action sends a request body and which definitions it may follow. When absent,
         *     the action sends no body.
         */
        ActionHTTPRequestBody: {
            /** @description Whether the action must be given a body. */
            required: boolean;
            /** @description The definitions the body may follow, at most one per media type. */
            definitions: components["schemas"]["ActionDefinition"][];
        };
        /** @description Fields every expected answer of an HTTP action has. */
        ActionHTTPResponseCommon: {
            /**
             * @description The HTTP status code this entry matches. When absent, the entry matches any status that no
             *     other entry matches. Status codes must be unique, and only one entry may leave it out.
             */
            status?: number;
        };
        /** @description One answer the external system may give to an HTTP action. */
        ActionHTTPResponse: components["schemas"]["ActionHTTPResponseCommon"] & {
            /** @description The ULID of this answer within the action. */
            id: components["schemas"]["Ulid"];
            /** @description The definitions the answer's body may follow, at most one per media type. */
            definitions: components["schemas"]["ActionDefinition"][];
        };
        /** @description Fields of a stored HTTP action besides those shared by every action. */
        ActionHTTPCommon: {
            /**
             * @description Marks the action as an HTTP action.
             * @constant
             */
            type: "http";
            /** @description The HTTP method of the request. */
            method: components["schemas"]["HTTPMethod"];
            /** @description The request path, relative to the connector's base URL. */
            path: components["schemas"]["ActionPath"];
            /** @description The values the action sends with its request. */
            parameters: components["schemas"]["ActionHTTPParameter"][];
            /** @description The body the action sends, if any. */
            requestBody?: components["schemas"]["ActionHTTPRequestBody"];
            /** @description The answers the action expects; they decide whether a call succeeded. */
            responses: components["schemas"]["ActionHTTPResponse"][];
        };
        /** @description A stored action that makes an HTTP request to the external system. */
        ActionHTTP: components["schemas"]["ActionBase"] & components["schemas"]["ActionHTTPCommon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "http";
        };
        /** @description A stored action of a connector version; `type` tells which kind it is. */
        Action: components["schemas"]["ActionHTTP"];
        /** @description One page of the actions of a connector version. */
        ActionPage: components["schemas"]["PageInfo"] & {
            /** @description The actions on this page. */
            actions: components["schemas"]["Action"][];
        };
        /** @description Points at an existing definition by its ULID. */
        DefinitionRefId: {
            /** @description The ULID of the definition. */
            id: components["schemas"]["Ulid"];
            name?: never;
        };
        /** @description Points at an existing definition by its name. */
        DefinitionRefName: {
            /** @description The name of the definition. */
            name: string;
            id?: never;
        };
        /**
         * @description Points at an existing definition of the same connector version, either by ULID or by name
         *     (never both), when linking it to an action or trigger.
         */
        DefinitionRef: components["schemas"]["DefinitionRefId"] | components["schemas"]["DefinitionRefName"];
        /** @description Links an existing definition to a new action. */
        ActionDefinitionCreate: {
            /** @description The existing definition to link, by ULID or by name. */
            definition: components["schemas"]["DefinitionRef"];
        };
        /**
         * @description Whether a new HTTP action sends a request body and which existing definitions it may follow.
         *     When absent, the action sends no body.
         */
        ActionHTTPRequestBodyCreate: {
            /** @description Whether the action must be given a body. */
            required: boolean;
            /** @description The definitions the body may follow, at most one per media type. */
            definitions: components["schemas"]["ActionDefinitionCreate"][];
        };
        /** @description One answer a new HTTP action expects from the external system. */
        ActionHTTPResponseCreate: components["schemas"]["ActionHTTPResponseCommon"] & {
            /** @description The definitions the answer's body may follow, at most one per media type. */
            definitions: components["schemas"]["ActionDefinitionCreate"][];
        };
        /** @description Fields of a new HTTP action besides those shared by every action. */
        ActionHTTPCommonCreate: {
            /**
             * @description Marks the action as an HTTP action.
             * @constant
             */
            type: "http";
            /** @description The HTTP method of the request. */
            method: components["schemas"]["HTTPMethod"];
            /** @description The request path, relative to the connector's base URL. */
            path: components["schemas"]["ActionPath"];
            /** @description The values the action sends with its request. */
            parameters: components["schemas"]["ActionHTTPParameter"][];
            /** @description The body the action sends, if any. */
            requestBody?: components["schemas"]["ActionHTTPRequestBodyCreate"];
            /**
             * @description The answers the action expects; they decide whether a call succeeded. The action is only
             *     valid once it has at least one.
             */
            responses: components["schemas"]["ActionHTTPResponseCreate"][];
        };
        /** @description A new action that makes an HTTP request to the external system. */
        ActionHTTPCreate: components["schemas"]["ActionCommon"] & components["schemas"]["ActionHTTPCommonCreate"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "http";
        };
        /** @description The body for creating an action; `type` tells which kind it is. */
        ActionCreate: components["schemas"]["ActionHTTPCreate"];
        /** @description A problem found while validating a trigger. */
        TriggerError: {
            /** @description Where in the trigger the problem is, as a JSON Pointer such as `/parameters/0/name`. */
            field: string;
            /** @description What is wrong, for people to read. */
            message: string;
            /**
             * @description How serious the problem is. An `error` must be fixed; a `warning` is advice that may be
             *     shown less prominently.
             * @enum {string}
             */
            severity: "error" | "warning";
        };
        /**
         * @description The kinds of trigger; each connector protocol supports its own kind.
         * @enum {string}
         */
        TriggerTypeEnum: "http";
        /** @description Fields every trigger has, whatever its kind, both when created and when read. */
        TriggerCommon: {
            /** @description The kind of trigger, which decides the other fields it has. */
            type: components["schemas"]["TriggerTypeEnum"];
            /**
             * @description Identifies the trigger within the connector version, readable by both people and programs,
             *     such as `order-created` or `stock_changed`.
             */
            name: string;
            /** @description A short title for the trigger, such as "Order created"; the name is shown when empty. */
            summary?: string;
            /** @description A longer explanation of when the trigger fires and anything a user should know. */
            description?: string;
        };
        /** @description The fields of a stored trigger that exist for every kind of trigger. */
        TriggerBase: {
            /** @description The trigger's ULID. */
            id: components["schemas"]["Ulid"];
            /**
             * @description Problems found when the trigger was last validated. An empty list means it is valid; when
             *     absent, the trigger has not been validated yet.
             */
            errors?: components["schemas"]["TriggerError"][];
        } & components["schemas"]["TriggerCommon"];
        /**
         * @description Where an HTTP trigger parameter arrives.
         * @enum {string}
         */
        TriggerHTTPParameterIn: "cookie" | "header" | "query";
        /** @description One value an incoming HTTP trigger request carries, as a query parameter, header or cookie. */
        TriggerHTTPParameter: {
            /** @description The name the parameter arrives under. */
            name: string;
            /** @description Where in the incoming request the parameter is found. */
            in: components["schemas"]["TriggerHTTPParameterIn"];
            /** @description Whether the parameter must be present. */
            required: boolean;
            /**
             * @description The type of the value. Only scalar types are supported.
             * @enum {string}
             */
            type: "string" | "number" | "integer" | "boolean";
            /**
             * @description The value used when the parameter is missing. A string default may be a template such as
             *     `{{ .conn.shop }}`, filled in from the connection's variables.
             */
            default?: unknown;
        };
        /** @description A definition linked to a trigger, as the schema of its incoming body or of one of its answers. */
        TriggerDefinition: {
            /** @description The ULID of this link within the trigger. */
            id: components["schemas"]["Ulid"];
            /** @description The linked definition. */
            definition: components["schemas"]["Definition"];
        };
        /**
         * @description Whether an incoming HTTP trigger request carries a body and which definitions it may follow.
         *     When absent, no body is expected.
         */
        TriggerHTTPRequestBody: {
            /** @description Whether the incoming request must carry a body. */
            required: boolean;
            /** @description The definitions the body may follow, at most one per media type. */
            definitions: components["schemas"]["TriggerDefinition"][];
        };
        /** @description Fields every answer of an HTTP trigger has. */
        TriggerHTTPResponseCommon: {
            /**
             * @description The HTTP status code of this answer. When absent, this is the default answer. Status codes
             *     must be unique, and only one entry may leave it out.
             */
            status?: number;
        };
        /** @description One answer an HTTP trigger may give to the external system that called it. */
        TriggerHTTPResponse: components["schemas"]["TriggerHTTPResponseCommon"] & {
            /** @description The ULID of this answer within the trigger. */
            id: components["schemas"]["Ulid"];
            /** @description The definitions the answer's body may follow, at most one per media type. */
            definitions: components["schemas"]["TriggerDefinition"][];
        };
        /** @description Fields of a stored HTTP trigger besides those shared by every trigger. */
        TriggerHTTPCommon: {
            /**
             * @description Marks the trigger as an HTTP trigger (a webhook).
             * @constant
             */
            type: "http";
            /** @description The HTTP method of the request. */
            method: components["schemas"]["HTTPMethod"];
            /** @description The values the incoming request carries. */
            parameters: components["schemas"]["TriggerHTTPParameter"][];
            /** @description The body the incoming request carries, if any. */
            requestBody?: components["schemas"]["TriggerHTTPRequestBody"];
            /** @description The answers the trigger may give to the caller. */
            responses: components["schemas"]["TriggerHTTPResponse"][];
        };
        /** @description A stored trigger that receives HTTP requests (webhooks) from the external system. */
        TriggerHTTP: components["schemas"]["TriggerBase"] & components["schemas"]["TriggerHTTPCommon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "http";
        };
        /** @description A stored trigger of a connector version; `type` tells which kind it is. */
        Trigger: components["schemas"]["TriggerHTTP"];
        /** @description One page of the triggers of a connector version. */
        TriggerPage: components["schemas"]["PageInfo"] & {
            /** @description The triggers on this page. */
            triggers: components["schemas"]["Trigger"][];
        };
        /** @description Links an existing definition to a new trigger. */
        TriggerDefinitionCreate: {
            /** @description The existing definition to link, by ULID or by name. */
            definition: components["schemas"]["DefinitionRef"];
        };
        /**
         * @description Whether requests to a new HTTP trigger carry a body and which existing definitions it may
         *     follow. When absent, no body is expected.
         */
        TriggerHTTPRequestBodyCreate: {
            /** @description Whether the incoming request must carry a body. */
            required: boolean;
            /** @description The definitions the body may follow, at most one per media type. */
            definitions: components["schemas"]["TriggerDefinitionCreate"][];
        };
        /** @description One answer a new HTTP trigger may give to the caller. */
        TriggerHTTPResponseCreate: components["schemas"]["TriggerHTTPResponseCommon"] & {
            /** @description The definitions the answer's body may follow, at most one per media type. */
            definitions: components["schemas"]["TriggerDefinitionCreate"][];
        };
        /** @description Fields of a new HTTP trigger besides those shared by every trigger. */
        TriggerHTTPCommonCreate: {
            /**
             * @description Marks the trigger as an HTTP trigger (a webhook).
             * @constant
             */
            type: "http";
            /** @description The HTTP method of the request. */
            method: components["schemas"]["HTTPMethod"];
            /** @description The values the incoming request carries. */
            parameters: components["schemas"]["TriggerHTTPParameter"][];
            /** @description The body the incoming request carries, if any. */
            requestBody?: components["schemas"]["TriggerHTTPRequestBodyCreate"];
            /**
             * @description The answers the trigger may give to the caller. The trigger is only valid once it has at
             *     least one.
             */
            responses: components["schemas"]["TriggerHTTPResponseCreate"][];
        };
        /** @description A new trigger that receives HTTP requests (webhooks) from the external system. */
        TriggerHTTPCreate: components["schemas"]["TriggerCommon"] & components["schemas"]["TriggerHTTPCommonCreate"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "http";
        };
        /** @description The body for creating a trigger; `type` tells which kind it is. */
        TriggerCreate: components["schemas"]["TriggerHTTPCreate"];
        /** @description One page of the definitions of a connector version. */
        DefinitionPage: components["schemas"]["PageInfo"] & {
            /** @description The definitions on this page. */
            definitions: components["schemas"]["Definition"][];
        };
        /**
         * @description A schema document sent along with a definition when it is created or updated. When a
         *     definition is read, its schema is fetched from its `url` instead.
         */
        InlineSchema: {
            /**
             * @description The media type of the schema document itself, not of the data it describes, such as
             *     `application/schema+json`. It may carry parameters, for example `; charset=utf-8`.
             * @example application/schema+json
             * @example application/schema+yaml
             * @example text/xml
             */
            contentType: string;
            /** @description The schema document, usually JSON Schema; other languages such as XML Schema are accepted too. */
            content: string;
        };
        /** @description One definition in a request that creates several, with its schema document. */
        DefinitionsCreateDefinition: components["schemas"]["DefinitionCommon"] & {
            /** @description The schema document of the definition. */
            schema: components["schemas"]["InlineSchema"];
        };
        /**
         * @description The body for creating several definitions at once. A schema may refer to another definition of
         *     the same request with `{"$ref": "#/$defs/<name>"}`, and to a definition that already exists in
         *     this connector version with its full URL,
         *     `https://platform.versori.com/api/schemas/v1/o/<organisation>/<connector>/<version>/<id>.<extension>`.
         *     The media types in `accept` must agree with the schema's content type.
         */
        DefinitionsCreate: {
            /** @description The definitions to create. */
            definitions: components["schemas"]["DefinitionsCreateDefinition"][];
        };
        /** @description A complete, unpaged list of definitions, such as all those a single request created. */
        Definitions: {
            /** @description The definitions. */
            definitions: components["schemas"]["Definition"][];
        };
        /**
         * @description Chooses the definitions to delete. Those matching any of `ids` or `names` are deleted; a
         *     definition must not be named in both. To delete every definition, send only `all: true`.
         */
        DefinitionsDelete: {
            /** @description ULIDs of definitions to delete. */
            ids?: components["schemas"]["Ulid"][];
            /** @description Names of definitions to delete. */
            names?: string[];
            /** @description Delete every definition of the version. Cannot be combined with `ids` or `names`. */
            all?: boolean;
        };
        /** @description A definition that could not be deleted, with what still refers to it. */
        DefinitionsDeletePreconditionFailedDefinition: {
            /** @description The ULID of the definition that was not deleted. */
            id: components["schemas"]["Ulid"];
            /** @description The name of the definition that was not deleted. */
            name: string;
            /** @description The definitions, actions and triggers that still refer to it. */
            referencedBy: components["schemas"]["DefinitionReference"][];
        };
        /** @description The error answer when a definition cannot be deleted because something still refers to it. */
        DefinitionDeletePreconditionFailed: components["schemas"]["Error"] & {
            /** @description The definition that could not be deleted and what refers to it. */
            definition?: components["schemas"]["DefinitionsDeletePreconditionFailedDefinition"];
        };
        /**
         * @description The body for changing a definition. `schema` is optional: without it the stored schema document
         *     is kept.
         */
        DefinitionUpdate: {
            /** @description The ULID of the definition being changed; it must be given. */
            id: components["schemas"]["Ulid"];
        } & components["schemas"]["DefinitionCommon"] & {
            /** @description A new schema document to replace the stored one. */
            schema?: components["schemas"]["InlineSchema"];
        };
        /** @description A protocol the platform can use to talk to external systems. */
        Protocol: {
            /** @description The ULID of the protocol, used internally; APIs refer to a protocol by its `slug`. */
            id: components["schemas"]["Ulid"];
            /** @description The unique kebab-case short name of the protocol. */
            slug: string;
            /** @description The display name of the protocol. */
            name: string;
            /** @description A short explanation of the protocol for users, for example in a tooltip. */
            description: string;
            /**
             * Format: uri
             * @description Where to load an icon for the protocol.
             */
            iconURL: string;
        };
        /** @description One page of protocols. */
        ProtocolPage: components["schemas"]["PageInfo"] & {
            /** @description The protocols on this page. */
            protocols: components["schemas"]["Protocol"][];
        };
        /**
         * @description The kind of an authentication scheme, as a kebab-case name.
         * @enum {string}
         */
        AuthSchemeType: "none" | "api-key" | "basic-auth" | "oauth2" | "google-service-account" | "hmac" | "jwt-bearer" | "custom-function" | "certificate";
        /** @description A way of authenticating with external systems that the platform supports. */
        AuthScheme: {
            /** @description The ULID of the authentication scheme, used internally. */
            id: components["schemas"]["Ulid"];
            type: components["schemas"]["AuthSchemeType"];
            /** @description The display name of the scheme. */
            name: string;
            /** @description A short explanation of the scheme for users, for example in a tooltip. */
            description: string;
        };
        /** @description One page of authentication schemes. */
        AuthSchemePage: components["schemas"]["PageInfo"] & {
            /** @description The authentication schemes on this page. */
            authSchemes: components["schemas"]["AuthScheme"][];
        };
        /** @description A pair of addresses for handing a file to the platform through object storage. */
        SignedURL: {
            /**
             * Format: uri
             * @description A signed URL, usually of S3-compatible storage, to which the file is sent with a PUT request.
             */
            uploadUrl: string;
            /**
             * Format: uri
             * @description Where the platform reads the file after the upload. It may be a private `gs://` or `s3://`
             *     address that only the platform can reach; pass it back to the platform as is.
             */
            url: string;
        };
        /** @description A new HTTP connector. */
        HTTPConnectorCreate: {
            /** @description The display name of the connector. */
            name: string;
            /** @description The URL that the paths of all the connector's HTTP actions are appended to. */
            baseUrl: string;
            /** @description Variables, with default values, that every connection of the connector starts with. */
            connectionVariables?: components["schemas"]["ConnectionVariable"][];
            /** @description The ways the connector may authenticate with the external system. */
            authSchemeConfigs: components["schemas"]["AuthSchemeConfig"][];
            tags?: components["schemas"]["Tags"];
            /** @description Whether the connector is offered to other organisations in the public library. */
            public?: boolean;
            /** @description The connections to create together with the connector. */
            connections: components["schemas"]["ConnectionCreate"][];
        };
        /**
         * @description The format of an imported API description. `openapi` means OpenAPI 3.x (2.x may follow later).
         * @enum {string}
         */
        ConnectorFormat: "openapi";
        /** @description The `metadata` part of a multipart request that imports a new version of an HTTP connector. */
        ImportHTTPConnectorVersionMetadata: {
            format: components["schemas"]["ConnectorFormat"];
            /** @description The name of the version to create. */
            version: string;
        };
        /** @description An HTTP connector to create from an API description that the platform downloads from a URL. */
        HTTPConnectorFromURLCreate: {
            /** @description Where to download the API description from. */
            schemaURL: string;
            /** @description How the document is encoded, `json` or `yaml`. */
            filetype?: string;
            format: components["schemas"]["ConnectorFormat"];
        };
        /** @description A new version of an HTTP connector to create from an API description that the platform downloads from a URL. */
        HTTPConnectorVersionFromURLCreate: components["schemas"]["HTTPConnectorFromURLCreate"] & {
            /** @description The name of the version to create. */
            version: string;
        };
        /** @description What an import produced; the connector and the definitions, actions and triggers read from the document. */
        ImportHTTPConnectorResult: {
            connector: components["schemas"]["HTTPConnector"];
            /** @description The definitions created by the import. */
            definitions: components["schemas"]["Definition"][];
            /** @description The actions created by the import. */
            actions: components["schemas"]["Action"][];
            /** @description The triggers created by the import. */
            triggers: components["schemas"]["Trigger"][];
            /** @description Notes about the import, such as parts of the document that were skipped. */
            messages: components["schemas"]["Message"][];
        };
        /** @description The error answered when an import fails, with messages about the imported document. */
        ImportHTTPConnectorError: components["schemas"]["Error"] & {
            /** @description What was wrong with the imported document. */
            messages?: components["schemas"]["Message"][];
        };
        /** @description The `metadata` part of a multipart request that imports an HTTP connector. */
        ImportHTTPConnectorMetadata: {
            format: components["schemas"]["ConnectorFormat"];
        };
        /** @description A new BigQuery connector. */
        BigQueryConnectorCreate: {
            /** @description The display name of the connector. */
            name: string;
            /** @description The BigQuery dataset to query, written `<project_id>.<dataset_name>`. */
            datasetId?: string;
            /** @description The connections to create together with the connector. */
            connections: components["schemas"]["ConnectionCreate"][];
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
                 *       "message": "This API key may not modify resources of organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD."
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
                 *       "message": "Connector 01HQ3A1F6NB8D2K4W7Y9ZC5E3G was not found."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state, for example a duplicate name or a resource still in use. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "conflict",
                 *       "message": "A connector named Shopify already exists in this organisation.",
                 *       "details": "Choose another name or update the existing connector."
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
         * @description The ULID of the organisation that owns the resource.
         * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
         */
        organisation_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connector.
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
         */
        connector_id: components["schemas"]["Ulid"];
        /**
         * @description The ULID of the connection.
         * @example 01HQ3B7K2MX5R8T1V4W6Y9ZA0C
         */
        connection_id: components["schemas"]["Ulid"];
        /**
         * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
         *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
         * @example 1.2.0
         */
        version: string;
        /**
         * @description How many items one page holds at most.
         * @example 20
         */
        first: number;
        /**
         * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
         */
        before: string;
        /**
         * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
         */
        after: string;
        /**
         * @description Sort order as comma-separated `field:direction` pairs, for example `name:asc,id:desc`.
         * @example name:asc
         */
        sort: string;
        /**
         * @description Only connectors in one of these categories. Repeat the key for several:
         *     `?categories=ERP&categories=CRM`.
         * @example [
         *       "ERP"
         *     ]
         */
        categories: components["schemas"]["Category"][];
        /**
         * @description Only connectors carrying these tags, written as `key` or `key:value` and separated by commas,
         *     for example `team:payments,beta`.
         * @example team:payments
         */
        tags_search: string;
        /**
         * @description The short name of a protocol, as listed by ListProtocols.
         * @example http
         */
        protocol_slug: string;
        /**
         * @description The name of the action within the connector version.
         * @example list-orders
         */
        action_name: string;
        /**
         * @description The name of the trigger within the connector version.
         * @example order-created
         */
        trigger_name: string;
        /**
         * @description The name of the definition within the connector version.
         * @example Order
         */
        definition_name: string;
        /**
         * @description Only connectors whose protocol contains this text, ignoring case.
         * @example http
         */
        connectorsProtocolFilter: string;
        /**
         * @description Only connectors whose name contains this text, ignoring case.
         * @example shop
         */
        connectorsNameFilter: string;
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
    ListCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All categories the platform knows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "Development & IT",
                     *       "ERP",
                     *       "Supply Chain & Logistics",
                     *       "Communication",
                     *       "Accounting",
                     *       "Hospitality",
                     *       "Productivity",
                     *       "HR",
                     *       "CRM",
                     *       "AI/LLMs",
                     *       "eCommerce",
                     *       "Business Operations"
                     *     ]
                     */
                    "application/json": components["schemas"]["Category"][];
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
    ListPublicConnectors: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Sort order as comma-separated `field:direction` pairs, for example `name:asc,id:desc`.
                 * @example name:asc
                 */
                sort?: components["parameters"]["sort"];
                /**
                 * @description Only connectors carrying these tags, written as `key` or `key:value` and separated by commas,
                 *     for example `team:payments,beta`.
                 * @example team:payments
                 */
                tags?: components["parameters"]["tags_search"];
                /**
                 * @description Only connectors in one of these categories. Repeat the key for several:
                 *     `?categories=ERP&categories=CRM`.
                 * @example [
                 *       "ERP"
                 *     ]
                 */
                categories?: components["parameters"]["categories"];
                /**
                 * @description Only connectors whose protocol contains this text, ignoring case.
                 * @example http
                 */
                protocol?: components["parameters"]["connectorsProtocolFilter"];
                /**
                 * @description Only connectors whose name contains this text, ignoring case.
                 * @example shop
                 */
                name?: components["parameters"]["connectorsNameFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of public connectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 14,
                     *       "connectors": [
                     *         {
                     *           "id": "01HQ4E7C4NK0S3X6Z9B2DG8Q1R",
                     *           "organisationId": "01HP9V2N6R4T8W1Y3A5C7E9G0J",
                     *           "name": "HubSpot",
                     *           "public": true,
                     *           "documentationURL": "https://developers.hubspot.com/docs/api/overview",
                     *           "imageURL": "https://cdn.versori.com/connectors/hubspot.svg",
                     *           "tags": {
                     *             "vendor": [
                     *               "hubspot"
                     *             ]
                     *           },
                     *           "protocol": "http",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "id": "01HQ4E8D5PM1T4Y7A0C3EH9R2S",
                     *               "description": "Private app access token",
                     *               "validationMessages": [],
                     *               "schemeType": "api-key",
                     *               "name": "Authorization",
                     *               "in": "header"
                     *             }
                     *           ],
                     *           "connectionVariables": [],
                     *           "connections": [],
                     *           "versions": [
                     *             {
                     *               "id": "01HQ4E9E6QN2V5Z8B1D4FJ0S3T",
                     *               "name": "2.1.0",
                     *               "description": "Adds the deals and pipelines actions.",
                     *               "isLatest": true,
                     *               "isDefault": true,
                     *               "createdAt": "2026-02-20T11:04:12Z",
                     *               "updatedAt": "2026-02-27T15:40:03Z",
                     *               "publishedAt": "2026-02-27T15:40:03Z",
                     *               "messages": []
                     *             }
                     *           ],
                     *           "createdAt": "2025-11-03T08:15:47Z",
                     *           "updatedAt": "2026-02-27T15:40:03Z",
                     *           "baseUrl": "https://api.hubapi.com"
                     *         },
                     *         {
                     *           "id": "01HQ4F8D5PM1T4Y7A0C3EH9R2S",
                     *           "organisationId": "01HP9V2N6R4T8W1Y3A5C7E9G0J",
                     *           "name": "Xero",
                     *           "public": true,
                     *           "documentationURL": "https://developer.xero.com/documentation/api/accounting/overview",
                     *           "imageURL": "https://cdn.versori.com/connectors/xero.svg",
                     *           "tags": {
                     *             "vendor": [
                     *               "xero"
                     *             ]
                     *           },
                     *           "protocol": "http",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "id": "01HQ4F9E6QN2V5Z8B1D4FJ0S3T",
                     *               "description": "Xero HTTP Basic for custom integrations",
                     *               "validationMessages": [],
                     *               "schemeType": "basic-auth"
                     *             }
                     *           ],
                     *           "connectionVariables": [
                     *             {
                     *               "name": "tenantId",
                     *               "value": ""
                     *             }
                     *           ],
                     *           "connections": [],
                     *           "versions": [
                     *             {
                     *               "id": "01HQ4FAF7RP3W6A9C2E5GK1T4V",
                     *               "name": "1.0.0",
                     *               "description": "First published version.",
                     *               "isLatest": true,
                     *               "isDefault": true,
                     *               "createdAt": "2026-01-12T10:22:31Z",
                     *               "updatedAt": "2026-01-15T09:03:44Z",
                     *               "publishedAt": "2026-01-15T09:03:44Z",
                     *               "messages": []
                     *             }
                     *           ],
                     *           "createdAt": "2026-01-12T10:20:05Z",
                     *           "updatedAt": "2026-01-15T09:03:44Z",
                     *           "baseUrl": "https://api.xero.com/api.xro/2.0"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorPage"];
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
    ListConnectors: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Sort order as comma-separated `field:direction` pairs, for example `name:asc,id:desc`.
                 * @example name:asc
                 */
                sort?: components["parameters"]["sort"];
                /**
                 * @description Only connectors carrying these tags, written as `key` or `key:value` and separated by commas,
                 *     for example `team:payments,beta`.
                 * @example team:payments
                 */
                tags?: components["parameters"]["tags_search"];
                /**
                 * @description Only connectors in one of these categories. Repeat the key for several:
                 *     `?categories=ERP&categories=CRM`.
                 * @example [
                 *       "ERP"
                 *     ]
                 */
                categories?: components["parameters"]["categories"];
                /**
                 * @description Only connectors whose protocol contains this text, ignoring case.
                 * @example http
                 */
                protocol?: components["parameters"]["connectorsProtocolFilter"];
                /**
                 * @description Only connectors whose name contains this text, ignoring case.
                 * @example shop
                 */
                name?: components["parameters"]["connectorsNameFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the organisation's connectors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 5,
                     *       "connectors": [
                     *         {
                     *           "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "name": "Shopify",
                     *           "public": false,
                     *           "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *           "imageURL": "https://cdn.versori.com/connectors/shopify.svg",
                     *           "tags": {
                     *             "team": [
                     *               "payments"
                     *             ],
                     *             "env": [
                     *               "production"
                     *             ]
                     *           },
                     *           "protocol": "http",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *               "description": "Admin API access token",
                     *               "validationMessages": [],
                     *               "schemeType": "api-key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             }
                     *           ],
                     *           "connectionVariables": [
                     *             {
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "connections": [
                     *             {
                     *               "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *               "name": "production",
                     *               "credentials": {
                     *                 "action": [
                     *                   {
                     *                     "id": "01HQ3B8M3NY6S9V2W5X7Z0AB1D",
                     *                     "authSchemeConfig": {
                     *                       "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *                       "description": "Admin API access token",
                     *                       "validationMessages": [],
                     *                       "schemeType": "api-key",
                     *                       "name": "X-Shopify-Access-Token",
                     *                       "in": "header"
                     *                     },
                     *                     "credential": {
                     *                       "id": "01HQ3B9P4QZ7T0W3X6Y8A1BC2E",
                     *                       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                       "type": "string",
                     *                       "name": "Shopify production access token",
                     *                       "errors": [],
                     *                       "data": {
                     *                         "value": "********"
                     *                       }
                     *                     }
                     *                   }
                     *                 ]
                     *               },
                     *               "variables": [
                     *                 {
                     *                   "name": "shopDomain",
                     *                   "value": "acme-store.myshopify.com"
                     *                 }
                     *               ],
                     *               "createdAt": "2026-03-02T14:11:08Z",
                     *               "updatedAt": "2026-03-02T14:11:08Z"
                     *             }
                     *           ],
                     *           "versions": [
                     *             {
                     *               "id": "01HQ3A5R8TB2F6K9N3Q7W1YD4J",
                     *               "name": "1.2.0",
                     *               "description": "Adds the fulfilment actions.",
                     *               "isLatest": true,
                     *               "isDefault": true,
                     *               "createdAt": "2026-03-05T10:02:19Z",
                     *               "updatedAt": "2026-03-10T16:45:30Z",
                     *               "publishedAt": "2026-03-10T16:45:30Z",
                     *               "messages": []
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-01T09:30:00Z",
                     *           "updatedAt": "2026-03-14T09:26:53Z",
                     *           "baseUrl": "https://api.shopify.com/admin/2024-01"
                     *         },
                     *         {
                     *           "id": "01HQ4D2X9GF5M8R1T4V7Z0BC3K",
                     *           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *           "name": "Acme ERP",
                     *           "public": false,
                     *           "documentationURL": "https://docs.acme-erp.com",
                     *           "imageURL": "https://cdn.versori.com/connectors/acme-erp.png",
                     *           "tags": {
                     *             "team": [
                     *               "finance"
                     *             ]
                     *           },
                     *           "protocol": "http",
                     *           "authSchemeConfigs": [
                     *             {
                     *               "id": "01HQ4D3Y0HG6N9S2V5W8A1CD4M",
                     *               "description": "Service account login",
                     *               "validationMessages": [],
                     *               "schemeType": "basic-auth"
                     *             }
                     *           ],
                     *           "connectionVariables": [],
                     *           "connections": [
                     *             {
                     *               "id": "01HQ4D6B3MK9R2W5Y8A1CF7P0Q",
                     *               "name": "staging",
                     *               "credentials": {
                     *                 "action": [
                     *                   {
                     *                     "id": "01HQ4D7C4NM0S3X6Z9B2DG8Q1R",
                     *                     "authSchemeConfig": {
                     *                       "id": "01HQ4D3Y0HG6N9S2V5W8A1CD4M",
                     *                       "description": "Service account login",
                     *                       "validationMessages": [],
                     *                       "schemeType": "basic-auth"
                     *                     },
                     *                     "credential": {
                     *                       "id": "01HQ4D8D5PN1T4Y7A0C3EH9R2S",
                     *                       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                       "type": "basic-auth",
                     *                       "name": "Acme ERP staging service account",
                     *                       "errors": [],
                     *                       "data": {
                     *                         "username": "versori-sync",
                     *                         "password": "********"
                     *                       }
                     *                     }
                     *                   }
                     *                 ]
                     *               },
                     *               "variables": [],
                     *               "createdAt": "2026-02-18T12:40:55Z",
                     *               "updatedAt": "2026-02-18T12:40:55Z"
                     *             }
                     *           ],
                     *           "versions": [
                     *             {
                     *               "id": "01HQ4D5A2KJ8Q1V4X7Z0BE6N9P",
                     *               "name": "0.3.0",
                     *               "description": "Draft with the purchase order actions.",
                     *               "isLatest": false,
                     *               "isDefault": false,
                     *               "createdAt": "2026-02-18T12:35:10Z",
                     *               "updatedAt": "2026-03-12T08:14:27Z",
                     *               "publishedAt": null,
                     *               "messages": [
                     *                 {
                     *                   "text": "Action create-purchase-order has no response definition.",
                     *                   "severity": "warning",
                     *                   "detail": [
                     *                     "responses.200.content.application/json is empty"
                     *                   ]
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "createdAt": "2026-02-18T12:35:10Z",
                     *           "updatedAt": "2026-03-12T08:14:27Z",
                     *           "baseUrl": "https://api.acme-erp.com/v2"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorPage"];
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
    GetConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connector. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *       "imageURL": "https://cdn.versori.com/connectors/shopify.svg",
                     *       "tags": {
                     *         "team": [
                     *           "payments"
                     *         ],
                     *         "env": [
                     *           "production"
                     *         ]
                     *       },
                     *       "protocol": "http",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *           "description": "Admin API access token",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         }
                     *       ],
                     *       "connectionVariables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3B8M3NY6S9V2W5X7Z0AB1D",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *                   "description": "Admin API access token",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3B9P4QZ7T0W3X6Y8A1BC2E",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify production access token",
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
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-02T14:11:08Z",
                     *           "updatedAt": "2026-03-02T14:11:08Z"
                     *         }
                     *       ],
                     *       "versions": [
                     *         {
                     *           "id": "01HQ3A5R8TB2F6K9N3Q7W1YD4J",
                     *           "name": "1.2.0",
                     *           "description": "Adds the fulfilment actions.",
                     *           "isLatest": true,
                     *           "isDefault": true,
                     *           "createdAt": "2026-03-05T10:02:19Z",
                     *           "updatedAt": "2026-03-10T16:45:30Z",
                     *           "publishedAt": "2026-03-10T16:45:30Z",
                     *           "messages": []
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-01T09:30:00Z",
                     *       "updatedAt": "2026-03-10T16:45:30Z",
                     *       "baseUrl": "https://api.shopify.com/admin/2024-01"
                     *     }
                     */
                    "application/json": components["schemas"]["Connector"];
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
    UpdateConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /** @description The complete new state of the connector's editable fields. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                 *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                 *       "name": "Shopify",
                 *       "tags": {
                 *         "team": [
                 *           "payments"
                 *         ],
                 *         "env": [
                 *           "production"
                 *         ]
                 *       },
                 *       "protocol": "http",
                 *       "authSchemeConfigIds": [
                 *         "01HQ3A2G7PC9E3M5X8Z0AD6F4H"
                 *       ],
                 *       "public": false,
                 *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                 *       "imageURL": "https://cdn.versori.com/connectors/shopify.svg",
                 *       "baseUrl": "https://api.shopify.com/admin/2024-01",
                 *       "connectionVariables": [
                 *         {
                 *           "name": "shopDomain",
                 *           "value": "acme-store.myshopify.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConnectorUpdate"];
            };
        };
        responses: {
            /** @description The connector as it is after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *       "imageURL": "https://cdn.versori.com/connectors/shopify.svg",
                     *       "tags": {
                     *         "team": [
                     *           "payments"
                     *         ],
                     *         "env": [
                     *           "production"
                     *         ]
                     *       },
                     *       "protocol": "http",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *           "description": "Admin API access token",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         }
                     *       ],
                     *       "connectionVariables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3B8M3NY6S9V2W5X7Z0AB1D",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3A2G7PC9E3M5X8Z0AD6F4H",
                     *                   "description": "Admin API access token",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3B9P4QZ7T0W3X6Y8A1BC2E",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify production access token",
                     *                   "usages": [
                     *                     {
                     *                       "connection": {
                     *                         "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *                         "name": "production",
                     *                         "connector": {
                     *                           "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *                           "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                           "name": "Shopify",
                     *                           "protocol": "http",
                     *                           "createdAt": "2026-03-01T09:30:00Z",
                     *                           "updatedAt": "2026-03-14T09:26:53Z"
                     *                         },
                     *                         "createdAt": "2026-03-02T14:11:08Z",
                     *                         "updatedAt": "2026-03-14T09:26:53Z"
                     *                       }
                     *                     }
                     *                   ],
                     *                   "errors": [],
                     *                   "data": {
                     *                     "value": "********"
                     *                   },
                     *                   "expiresAt": "2027-03-02T14:11:08Z"
                     *                 }
                     *               }
                     *             ],
                     *             "trigger": []
                     *           },
                     *           "variables": [
                     *             {
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-02T14:11:08Z",
                     *           "updatedAt": "2026-03-14T09:26:53Z"
                     *         }
                     *       ],
                     *       "versions": [
                     *         {
                     *           "id": "01HQ3A5R8TB2F6K9N3Q7W1YD4J",
                     *           "name": "1.2.0",
                     *           "description": "Adds the fulfilment actions.",
                     *           "isLatest": true,
                     *           "isDefault": true,
                     *           "createdAt": "2026-03-05T10:02:19Z",
                     *           "updatedAt": "2026-03-10T16:45:30Z",
                     *           "publishedAt": "2026-03-10T16:45:30Z",
                     *           "messages": [
                     *             {
                     *               "text": "Published without trigger definitions.",
                     *               "severity": "info",
                     *               "detail": [
                     *                 "This version defines actions only."
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-01T09:30:00Z",
                     *       "updatedAt": "2026-03-14T09:26:53Z",
                     *       "baseUrl": "https://api.shopify.com/admin/2024-01"
                     *     }
                     */
                    "application/json": components["schemas"]["Connector"];
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
    DeleteConnector: {
        parameters: {
            query?: {
                /**
                 * @description Delete the connector even though other products are still subscribed to it.
                 * @example false
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connector was deleted. */
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
    UpdateConnectorTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /** @description The full set of tags the connector should carry. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tags": {
                 *         "team": [
                 *           "payments"
                 *         ],
                 *         "env": [
                 *           "production",
                 *           "staging"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    tags?: components["schemas"]["Tags"];
                };
            };
        };
        responses: {
            /** @description The tags were replaced. */
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
    UpdateConnectorCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        /** @description The full list of categories the connector belongs to. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "categories": [
                 *         "eCommerce",
                 *         "Business Operations"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Categories to file the connector under, taken from ListCategories. */
                    categories?: components["schemas"]["Category"][];
                };
            };
        };
        responses: {
            /** @description The categories were replaced. */
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
    UpsertAuthSchemeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The identifier of the authentication configuration. The client picks it (a ULID is
                 *     recommended); it only has to be unique among the configurations of this connector.
                 * @example 01HQ4E7N3B5R9T2W6Y8A0C4F1K
                 */
                auth_scheme_config_id: string;
            };
            cookie?: never;
        };
        /** @description The authentication configuration to store under this identifier. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ4E7N3B5R9T2W6Y8A0C4F1K",
                 *       "description": "Shopify OAuth app (public app install)",
                 *       "schemeType": "oauth2",
                 *       "authorizeUrl": "https://acme-store.myshopify.com/admin/oauth/authorize",
                 *       "tokenUrl": "https://acme-store.myshopify.com/admin/oauth/access_token",
                 *       "scopes": [
                 *         {
                 *           "name": "read_orders",
                 *           "description": "Read orders, transactions and fulfilments."
                 *         },
                 *         {
                 *           "name": "write_orders",
                 *           "description": "Create and change orders."
                 *         },
                 *         {
                 *           "name": "read_products",
                 *           "description": "Read products, variants and collections."
                 *         }
                 *       ],
                 *       "defaultScopes": [
                 *         "read_orders",
                 *         "read_products"
                 *       ],
                 *       "additionalAuthorizeParams": "grant_options[]=per-user",
                 *       "additionalTokenParams": "",
                 *       "mtlsEnabled": false,
                 *       "grant": {
                 *         "grantType": "authorization_code",
                 *         "clientId": "4f9d2c7be1a84e06b3c5d8f1a2e7b940",
                 *         "clientSecret": "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"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AuthSchemeConfig"];
            };
        };
        responses: {
            /** @description The configuration was stored; the body is the connector as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *       "imageURL": "https://cdn.versori.com/connectors/shopify.png",
                     *       "tags": {
                     *         "team": [
                     *           "ecommerce"
                     *         ],
                     *         "region": [
                     *           "eu"
                     *         ]
                     *       },
                     *       "protocol": "http",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3C4D5E6F7G8H9J0K1M2N3P",
                     *           "description": "Admin API access token",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         },
                     *         {
                     *           "id": "01HQ3C9R2T4V6X8Z0B2D4F6H8J",
                     *           "description": "Webhook signature",
                     *           "validationMessages": [],
                     *           "schemeType": "hmac",
                     *           "name": "X-Shopify-Hmac-Sha256",
                     *           "in": "header",
                     *           "algorithm": "sha256",
                     *           "digestInputs": [
                     *             "body"
                     *           ]
                     *         },
                     *         {
                     *           "id": "01HQ4E7N3B5R9T2W6Y8A0C4F1K",
                     *           "description": "Shopify OAuth app (public app install)",
                     *           "validationMessages": [
                     *             {
                     *               "text": "No connection uses this configuration yet.",
                     *               "severity": "info",
                     *               "detail": [
                     *                 "Create a connection and complete the authorisation flow to start using it."
                     *               ]
                     *             }
                     *           ],
                     *           "schemeType": "oauth2",
                     *           "authorizeUrl": "https://acme-store.myshopify.com/admin/oauth/authorize",
                     *           "tokenUrl": "https://acme-store.myshopify.com/admin/oauth/access_token",
                     *           "scopes": [
                     *             {
                     *               "name": "read_orders",
                     *               "description": "Read orders, transactions and fulfilments."
                     *             },
                     *             {
                     *               "name": "write_orders",
                     *               "description": "Create and change orders."
                     *             },
                     *             {
                     *               "name": "read_products",
                     *               "description": "Read products, variants and collections."
                     *             }
                     *           ],
                     *           "defaultScopes": [
                     *             "read_orders",
                     *             "read_products"
                     *           ],
                     *           "additionalAuthorizeParams": "grant_options[]=per-user",
                     *           "additionalTokenParams": "",
                     *           "mtlsEnabled": false,
                     *           "grant": {
                     *             "grantType": "authorization_code",
                     *             "credentialId": "01HQ4E9P6S2V5X8Z1C4F7H0K3M",
                     *             "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *             "clientId": "4f9d2c7be1a84e06b3c5d8f1a2e7b940"
                     *           }
                     *         }
                     *       ],
                     *       "connectionVariables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3D2G5J8M1P4S7V0X3Z6B9E",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3C4D5E6F7G8H9J0K1M2N3P",
                     *                   "description": "Admin API access token",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3D6H9K2N5Q8T1W4Y7A0C3F",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify admin token (production)",
                     *                   "errors": [],
                     *                   "data": {
                     *                     "value": "********"
                     *                   }
                     *                 }
                     *               }
                     *             ],
                     *             "trigger": [
                     *               {
                     *                 "id": "01HQ3D8J1M4P7S0V3X6Z9B2E5G",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3C9R2T4V6X8Z0B2D4F6H8J",
                     *                   "description": "Webhook signature",
                     *                   "validationMessages": [],
                     *                   "schemeType": "hmac",
                     *                   "name": "X-Shopify-Hmac-Sha256",
                     *                   "in": "header",
                     *                   "algorithm": "sha256",
                     *                   "digestInputs": [
                     *                     "body"
                     *                   ]
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3DAK3N6Q9T2W5Y8B1D4G7J",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify webhook secret (production)",
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
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-02T10:20:41Z",
                     *           "updatedAt": "2026-03-09T16:04:12Z"
                     *         }
                     *       ],
                     *       "versions": [
                     *         {
                     *           "id": "01HQ3E1B4D7F0H3K6M9P2R5T8V",
                     *           "name": "1.0.0",
                     *           "description": "Orders and products, with order webhooks.",
                     *           "isLatest": true,
                     *           "isDefault": true,
                     *           "createdAt": "2026-03-02T10:15:00Z",
                     *           "updatedAt": "2026-03-05T14:32:08Z",
                     *           "publishedAt": "2026-03-05T14:32:08Z",
                     *           "messages": []
                     *         },
                     *         {
                     *           "id": "01HQ4F2C5E8G1J4M7P0S3V6X9Z",
                     *           "name": "1.1.0",
                     *           "description": "Adds inventory levels.",
                     *           "isLatest": false,
                     *           "isDefault": false,
                     *           "createdAt": "2026-03-11T08:47:30Z",
                     *           "updatedAt": "2026-03-13T17:02:55Z",
                     *           "publishedAt": null,
                     *           "messages": []
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-02T10:15:00Z",
                     *       "updatedAt": "2026-03-14T09:26:53Z",
                     *       "baseUrl": "https://api.shopify.com/admin/2024-01"
                     *     }
                     */
                    "application/json": components["schemas"]["Connector"];
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
    DeleteAuthSchemeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The identifier of the authentication configuration. The client picks it (a ULID is
                 *     recommended); it only has to be unique among the configurations of this connector.
                 * @example 01HQ4E7N3B5R9T2W6Y8A0C4F1K
                 */
                auth_scheme_config_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was removed; the body is the connector as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *       "imageURL": "https://cdn.versori.com/connectors/shopify.png",
                     *       "tags": {
                     *         "team": [
                     *           "ecommerce"
                     *         ],
                     *         "region": [
                     *           "eu"
                     *         ]
                     *       },
                     *       "protocol": "http",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3C4D5E6F7G8H9J0K1M2N3P",
                     *           "description": "Admin API access token",
                     *           "validationMessages": [],
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         },
                     *         {
                     *           "id": "01HQ3C9R2T4V6X8Z0B2D4F6H8J",
                     *           "description": "Webhook signature",
                     *           "validationMessages": [],
                     *           "schemeType": "hmac",
                     *           "name": "X-Shopify-Hmac-Sha256",
                     *           "in": "header",
                     *           "algorithm": "sha256",
                     *           "digestInputs": [
                     *             "body"
                     *           ]
                     *         }
                     *       ],
                     *       "connectionVariables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3D2G5J8M1P4S7V0X3Z6B9E",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3C4D5E6F7G8H9J0K1M2N3P",
                     *                   "description": "Admin API access token",
                     *                   "validationMessages": [],
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3D6H9K2N5Q8T1W4Y7A0C3F",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify admin token (production)",
                     *                   "errors": [],
                     *                   "data": {
                     *                     "value": "********"
                     *                   }
                     *                 }
                     *               }
                     *             ],
                     *             "trigger": [
                     *               {
                     *                 "id": "01HQ3D8J1M4P7S0V3X6Z9B2E5G",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3C9R2T4V6X8Z0B2D4F6H8J",
                     *                   "description": "Webhook signature",
                     *                   "validationMessages": [],
                     *                   "schemeType": "hmac",
                     *                   "name": "X-Shopify-Hmac-Sha256",
                     *                   "in": "header",
                     *                   "algorithm": "sha256",
                     *                   "digestInputs": [
                     *                     "body"
                     *                   ]
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3DAK3N6Q9T2W5Y8B1D4G7J",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify webhook secret (production)",
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
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-02T10:20:41Z",
                     *           "updatedAt": "2026-03-09T16:04:12Z"
                     *         }
                     *       ],
                     *       "versions": [
                     *         {
                     *           "id": "01HQ3E1B4D7F0H3K6M9P2R5T8V",
                     *           "name": "1.0.0",
                     *           "description": "Orders and products, with order webhooks.",
                     *           "isLatest": true,
                     *           "isDefault": true,
                     *           "createdAt": "2026-03-02T10:15:00Z",
                     *           "updatedAt": "2026-03-05T14:32:08Z",
                     *           "publishedAt": "2026-03-05T14:32:08Z",
                     *           "messages": []
                     *         },
                     *         {
                     *           "id": "01HQ4F2C5E8G1J4M7P0S3V6X9Z",
                     *           "name": "1.1.0",
                     *           "description": "Adds inventory levels.",
                     *           "isLatest": false,
                     *           "isDefault": false,
                     *           "createdAt": "2026-03-11T08:47:30Z",
                     *           "updatedAt": "2026-03-13T17:02:55Z",
                     *           "publishedAt": null,
                     *           "messages": []
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-02T10:15:00Z",
                     *       "updatedAt": "2026-03-14T11:03:27Z",
                     *       "baseUrl": "https://api.shopify.com/admin/2024-01"
                     *     }
                     */
                    "application/json": components["schemas"]["Connector"];
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
    InitialiseOAuth2Connection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "credential": {
                 *         "id": "01HQ3C7G2JK4M6N8P0Q2R4S6TV",
                 *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD"
                 *       },
                 *       "authorizeUrl": "https://acme-store.myshopify.com/admin/oauth/authorize",
                 *       "clientId": "4f7d2c9a8b1e6f3d0c5a7b9e2d4f6a8c",
                 *       "scopes": [
                 *         "read_orders",
                 *         "write_products"
                 *       ],
                 *       "disableOfflineAccess": true,
                 *       "prompt": "consent",
                 *       "additionalParams": "grant_options%5B%5D=per-user"
                 *     }
                 */
                "application/json": components["schemas"]["InitialiseOAuth2ConnectionRequest"];
            };
        };
        responses: {
            /** @description The URL to send the user to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://acme-store.myshopify.com/admin/oauth/authorize?client_id=4f7d2c9a8b1e6f3d0c5a7b9e2d4f6a8c&redirect_uri=https%3A%2F%2Fplatform.versori.com%2Foauth2%2Fcallback&response_type=code&scope=read_orders+write_products&prompt=consent&state=c2VjdXJlLXN0YXRlLTAxSFEzQzdHMkpLNA&grant_options%5B%5D=per-user"
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
    ListConnectorConnections: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
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
                     *       "totalCount": 3,
                     *       "items": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "createdAt": "2026-03-14T09:26:53Z",
                     *           "updatedAt": "2026-03-16T14:02:11Z"
                     *         },
                     *         {
                     *           "id": "01HQ3B8M4PZ7T0W2Y5A8C1E3GJ",
                     *           "name": "staging",
                     *           "createdAt": "2026-03-14T09:31:07Z",
                     *           "updatedAt": "2026-03-15T10:45:38Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorConnectionPage"];
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
    CreateConnectorConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "staging",
                 *       "credentials": {
                 *         "action": [
                 *           {
                 *             "authSchemeConfig": {
                 *               "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                 *               "description": "Admin API access token",
                 *               "schemeType": "api-key",
                 *               "name": "X-Shopify-Access-Token",
                 *               "in": "header"
                 *             },
                 *             "credential": {
                 *               "name": "Shopify staging access token",
                 *               "type": "string",
                 *               "data": {
                 *                 "value": "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"
                 *               }
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "variables": [
                 *         {
                 *           "name": "shopDomain",
                 *           "value": "acme-store-staging.myshopify.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionCreate"];
            };
        };
        responses: {
            /** @description The new connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3B8M4PZ7T0W2Y5A8C1E3GJ",
                     *       "name": "staging",
                     *       "credentials": {
                     *         "action": [
                     *           {
                     *             "id": "01HQ3C9J4KM6N8P0Q2R4S6T8VW",
                     *             "authSchemeConfig": {
                     *               "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *               "description": "Admin API access token",
                     *               "schemeType": "api-key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             },
                     *             "credential": {
                     *               "id": "01HQ3CA1B3D5F7H9K1N3Q5S7V9",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *               "type": "string",
                     *               "name": "Shopify staging access token",
                     *               "data": {
                     *                 "value": "********"
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store-staging.myshopify.com"
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-14T09:31:07Z",
                     *       "updatedAt": "2026-03-14T09:31:07Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
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
    GetConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01HQ3B7K2MX5R8T1V4W6Y9ZA0C
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *       "name": "production",
                     *       "credentials": {
                     *         "action": [
                     *           {
                     *             "id": "01HQ3C4D8FG2H5J7K9M1N3P5QR",
                     *             "authSchemeConfig": {
                     *               "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *               "description": "Admin API access token",
                     *               "schemeType": "api-key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             },
                     *             "credential": {
                     *               "id": "01HQ3C5E9GH3J6K8M0N2P4Q6RS",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *               "type": "string",
                     *               "name": "Shopify production access token",
                     *               "data": {
                     *                 "value": "********"
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-14T09:26:53Z",
                     *       "updatedAt": "2026-03-16T14:02:11Z"
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
    UpdateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01HQ3B7K2MX5R8T1V4W6Y9ZA0C
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                 *       "name": "production-eu",
                 *       "credentials": {
                 *         "action": [
                 *           {
                 *             "id": "01HQ3C4D8FG2H5J7K9M1N3P5QR",
                 *             "authSchemeConfig": {
                 *               "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                 *               "description": "Admin API access token (EU store)",
                 *               "schemeType": "api-key",
                 *               "name": "X-Shopify-Access-Token",
                 *               "in": "header"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "variables": [
                 *         {
                 *           "name": "shopDomain",
                 *           "value": "acme-store-eu.myshopify.com"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionUpdate"];
            };
        };
        responses: {
            /** @description The connection after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *       "name": "production-eu",
                     *       "credentials": {
                     *         "action": [
                     *           {
                     *             "id": "01HQ3C4D8FG2H5J7K9M1N3P5QR",
                     *             "authSchemeConfig": {
                     *               "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *               "description": "Admin API access token (EU store)",
                     *               "schemeType": "api-key",
                     *               "name": "X-Shopify-Access-Token",
                     *               "in": "header"
                     *             },
                     *             "credential": {
                     *               "id": "01HQ3C5E9GH3J6K8M0N2P4Q6RS",
                     *               "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *               "type": "string",
                     *               "name": "Shopify production access token",
                     *               "data": {
                     *                 "value": "********"
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store-eu.myshopify.com"
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-14T09:26:53Z",
                     *       "updatedAt": "2026-03-18T08:12:40Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
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
    DeleteConnection: {
        parameters: {
            query?: {
                /**
                 * @description Delete the connection even though other products still subscribe to it.
                 * @example false
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The ULID of the connection.
                 * @example 01HQ3B7K2MX5R8T1V4W6Y9ZA0C
                 */
                connection_id: components["parameters"]["connection_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
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
            /** @description The connection is still used by another product; retry with `force` to delete it anyway. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "message": "Connection 01HQ3B7K2MX5R8T1V4W6Y9ZA0C is used by 2 live integrations.",
                     *       "details": "Unpublish the integrations first, or set force=true."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListConnectorVersions: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 4,
                     *       "items": [
                     *         {
                     *           "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                     *           "name": "1.2.0",
                     *           "description": "Adds the fulfilment actions.",
                     *           "isLatest": false,
                     *           "isDefault": false,
                     *           "createdAt": "2026-03-15T11:20:04Z",
                     *           "updatedAt": "2026-03-17T16:48:31Z",
                     *           "publishedAt": null
                     *         },
                     *         {
                     *           "id": "01HQ3D4H8KM0P2R4T6W8Y0A2C4",
                     *           "name": "1.1.0",
                     *           "description": "Orders and products from the Admin REST API 2024-01.",
                     *           "isLatest": true,
                     *           "isDefault": true,
                     *           "createdAt": "2026-03-14T09:40:12Z",
                     *           "updatedAt": "2026-03-14T15:03:56Z",
                     *           "publishedAt": "2026-03-14T15:03:56Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorVersionsPage"];
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
    CreateConnectorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "1.3.0",
                 *       "fromVersion": "1.2.0"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectorVersionCreate"];
            };
        };
        responses: {
            /** @description The new draft version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3DB5F7H9K1M3P5R7T9W1Y3",
                     *       "name": "1.3.0",
                     *       "description": "",
                     *       "isLatest": false,
                     *       "isDefault": false,
                     *       "createdAt": "2026-03-18T10:05:22Z",
                     *       "updatedAt": "2026-03-18T10:05:22Z",
                     *       "publishedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorVersion"];
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
    GetConnectorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                     *       "name": "1.2.0",
                     *       "description": "Adds the fulfilment actions.",
                     *       "isLatest": false,
                     *       "isDefault": false,
                     *       "createdAt": "2026-03-15T11:20:04Z",
                     *       "updatedAt": "2026-03-17T16:48:31Z",
                     *       "publishedAt": null,
                     *       "messages": [
                     *         {
                     *           "text": "Action create-fulfilment has no response definition for status 201.",
                     *           "severity": "warning"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorVersion"];
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
    UpdateConnectorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                 *       "name": "1.2.0",
                 *       "description": "Adds the fulfilment and refund actions.",
                 *       "isLatest": false,
                 *       "isDefault": false,
                 *       "createdAt": "2026-03-15T11:20:04Z",
                 *       "updatedAt": "2026-03-17T16:48:31Z",
                 *       "publishedAt": null
                 *     }
                 */
                "application/json": components["schemas"]["ConnectorVersion"];
            };
        };
        responses: {
            /** @description The version after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                     *       "name": "1.2.0",
                     *       "description": "Adds the fulfilment and refund actions.",
                     *       "isLatest": false,
                     *       "isDefault": false,
                     *       "createdAt": "2026-03-15T11:20:04Z",
                     *       "updatedAt": "2026-03-18T09:14:27Z",
                     *       "publishedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectorVersion"];
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
    DeleteConnectorVersion: {
        parameters: {
            query?: {
                /**
                 * @description Delete the version even when it is published or has subscribers.
                 * @example false
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version was deleted. */
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
    ImportPublicConnectorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connector in the caller's organisation, holding the imported draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *       "imageURL": "https://cdn.versori.com/connectors/shopify.png",
                     *       "protocol": "http",
                     *       "baseUrl": "https://acme-store.myshopify.com/admin/api/2024-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *           "description": "Admin API access token",
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         }
                     *       ],
                     *       "connections": [],
                     *       "versions": [
                     *         {
                     *           "id": "01HQ3DB5F7H9K1M3P5R7T9W1Y3",
                     *           "name": "2024-01",
                     *           "description": "Imported from the Versori library.",
                     *           "isLatest": false,
                     *           "isDefault": false,
                     *           "createdAt": "2026-03-18T10:05:22Z",
                     *           "updatedAt": "2026-03-18T10:05:22Z",
                     *           "publishedAt": null
                     *         }
                     *       ],
                     *       "createdAt": "2026-03-18T10:05:22Z",
                     *       "updatedAt": "2026-03-18T10:05:22Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connector"];
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
    PublishConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as it is after publishing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": {
                     *         "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                     *         "name": "1.2.0",
                     *         "description": "Adds the fulfilment actions.",
                     *         "isLatest": true,
                     *         "isDefault": false,
                     *         "createdAt": "2026-03-15T11:20:04Z",
                     *         "updatedAt": "2026-03-18T11:30:00Z",
                     *         "publishedAt": "2026-03-18T11:30:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PublishConnectorResponse"];
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
    UnpublishConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as it is after unpublishing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": {
                     *         "id": "01HQ3D9B3DF5H7K9N1Q3S5V7X9",
                     *         "name": "1.2.0",
                     *         "description": "Adds the fulfilment actions.",
                     *         "isLatest": false,
                     *         "isDefault": false,
                     *         "createdAt": "2026-03-15T11:20:04Z",
                     *         "updatedAt": "2026-03-18T12:02:45Z",
                     *         "publishedAt": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UnpublishConnectorResponse"];
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
    GetActions: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only actions whose name contains this text, ignoring case.
                 * @example order
                 */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 14,
                     *       "actions": [
                     *         {
                     *           "id": "01HQ5A2B3C4D5E6F7G8H9JKMNP",
                     *           "type": "http",
                     *           "name": "list-orders",
                     *           "summary": "List orders",
                     *           "description": "Returns the shop's orders, newest first.",
                     *           "errors": [],
                     *           "method": "GET",
                     *           "path": "/orders.json",
                     *           "parameters": [
                     *             {
                     *               "name": "status",
                     *               "in": "query",
                     *               "required": false,
                     *               "type": "string",
                     *               "default": "any"
                     *             },
                     *             {
                     *               "name": "limit",
                     *               "in": "query",
                     *               "required": false,
                     *               "type": "integer",
                     *               "default": 50
                     *             }
                     *           ],
                     *           "responses": [
                     *             {
                     *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9N",
                     *               "status": 200,
                     *               "definitions": [
                     *                 {
                     *                   "id": "01HQ5B0C1D2E3F4G5H6J7K8M9P",
                     *                   "definition": {
                     *                     "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *                     "name": "OrderList",
                     *                     "accept": [
                     *                       "application/json"
                     *                     ],
                     *                     "description": "A page of orders as the Orders endpoint returns it.",
                     *                     "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json"
                     *                   }
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "01HQ5A2B3C4D5E6F7G8H9JKMNQ",
                     *           "type": "http",
                     *           "name": "create-order",
                     *           "summary": "Create order",
                     *           "description": "Places a new order in the shop.",
                     *           "errors": [],
                     *           "method": "POST",
                     *           "path": "/orders.json",
                     *           "parameters": [],
                     *           "requestBody": {
                     *             "required": true,
                     *             "definitions": [
                     *               {
                     *                 "id": "01HQ5B0C1D2E3F4G5H6J7K8M9Q",
                     *                 "definition": {
                     *                   "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *                   "name": "Order",
                     *                   "accept": [
                     *                     "application/json"
                     *                   ],
                     *                   "description": "A single Shopify order.",
                     *                   "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "responses": [
                     *             {
                     *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9R",
                     *               "status": 201,
                     *               "definitions": [
                     *                 {
                     *                   "id": "01HQ5B0C1D2E3F4G5H6J7K8M9S",
                     *                   "definition": {
                     *                     "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *                     "name": "Order",
                     *                     "accept": [
                     *                       "application/json"
                     *                     ],
                     *                     "description": "A single Shopify order.",
                     *                     "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *                   }
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActionPage"];
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
    CreateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "http",
                 *       "name": "create-order",
                 *       "summary": "Create order",
                 *       "description": "Places a new order in the shop.",
                 *       "method": "POST",
                 *       "path": "/orders.json",
                 *       "parameters": [],
                 *       "requestBody": {
                 *         "required": true,
                 *         "definitions": [
                 *           {
                 *             "definition": {
                 *               "name": "Order"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "responses": [
                 *         {
                 *           "status": 201,
                 *           "definitions": [
                 *             {
                 *               "definition": {
                 *                 "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C"
                 *               }
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ActionCreate"];
            };
        };
        responses: {
            /** @description The action was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ5A2B3C4D5E6F7G8H9JKMNQ",
                     *       "type": "http",
                     *       "name": "create-order",
                     *       "summary": "Create order",
                     *       "description": "Places a new order in the shop.",
                     *       "errors": [],
                     *       "method": "POST",
                     *       "path": "/orders.json",
                     *       "parameters": [],
                     *       "requestBody": {
                     *         "required": true,
                     *         "definitions": [
                     *           {
                     *             "id": "01HQ5B0C1D2E3F4G5H6J7K8M9Q",
                     *             "definition": {
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *               "name": "Order",
                     *               "accept": [
                     *                 "application/json"
                     *               ],
                     *               "description": "A single Shopify order.",
                     *               "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "responses": [
                     *         {
                     *           "id": "01HQ5B0C1D2E3F4G5H6J7K8M9R",
                     *           "status": 201,
                     *           "definitions": [
                     *             {
                     *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9S",
                     *               "definition": {
                     *                 "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *                 "name": "Order",
                     *                 "accept": [
                     *                   "application/json"
                     *                 ],
                     *                 "description": "A single Shopify order.",
                     *                 "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
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
    GetAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the action within the connector version.
                 * @example list-orders
                 */
                action_name: components["parameters"]["action_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ5A2B3C4D5E6F7G8H9JKMNP",
                     *       "type": "http",
                     *       "name": "list-orders",
                     *       "summary": "List orders",
                     *       "description": "Returns the shop's orders, newest first.",
                     *       "errors": [],
                     *       "method": "GET",
                     *       "path": "/orders.json",
                     *       "parameters": [
                     *         {
                     *           "name": "status",
                     *           "in": "query",
                     *           "required": false,
                     *           "type": "string",
                     *           "default": "any"
                     *         },
                     *         {
                     *           "name": "limit",
                     *           "in": "query",
                     *           "required": false,
                     *           "type": "integer",
                     *           "default": 50
                     *         }
                     *       ],
                     *       "responses": [
                     *         {
                     *           "id": "01HQ5B0C1D2E3F4G5H6J7K8M9N",
                     *           "status": 200,
                     *           "definitions": [
                     *             {
                     *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9P",
                     *               "definition": {
                     *                 "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *                 "name": "OrderList",
                     *                 "accept": [
                     *                   "application/json"
                     *                 ],
                     *                 "description": "A page of orders as the Orders endpoint returns it.",
                     *                 "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
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
    UpdateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the action within the connector version.
                 * @example list-orders
                 */
                action_name: components["parameters"]["action_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ5A2B3C4D5E6F7G8H9JKMNP",
                 *       "type": "http",
                 *       "name": "list-orders",
                 *       "summary": "List open orders",
                 *       "description": "Returns the shop's open orders, newest first.",
                 *       "method": "GET",
                 *       "path": "/orders.json",
                 *       "parameters": [
                 *         {
                 *           "name": "status",
                 *           "in": "query",
                 *           "required": false,
                 *           "type": "string",
                 *           "default": "open"
                 *         }
                 *       ],
                 *       "responses": [
                 *         {
                 *           "id": "01HQ5B0C1D2E3F4G5H6J7K8M9N",
                 *           "status": 200,
                 *           "definitions": [
                 *             {
                 *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9P",
                 *               "definition": {
                 *                 "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                 *                 "name": "OrderList",
                 *                 "accept": [
                 *                   "application/json"
                 *                 ],
                 *                 "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json"
                 *               }
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Action"];
            };
        };
        responses: {
            /** @description The action as it is now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ5A2B3C4D5E6F7G8H9JKMNP",
                     *       "type": "http",
                     *       "name": "list-orders",
                     *       "summary": "List open orders",
                     *       "description": "Returns the shop's open orders, newest first.",
                     *       "errors": [],
                     *       "method": "GET",
                     *       "path": "/orders.json",
                     *       "parameters": [
                     *         {
                     *           "name": "status",
                     *           "in": "query",
                     *           "required": false,
                     *           "type": "string",
                     *           "default": "open"
                     *         }
                     *       ],
                     *       "responses": [
                     *         {
                     *           "id": "01HQ5B0C1D2E3F4G5H6J7K8M9N",
                     *           "status": 200,
                     *           "definitions": [
                     *             {
                     *               "id": "01HQ5B0C1D2E3F4G5H6J7K8M9P",
                     *               "definition": {
                     *                 "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *                 "name": "OrderList",
                     *                 "accept": [
                     *                   "application/json"
                     *                 ],
                     *                 "description": "A page of orders as the Orders endpoint returns it.",
                     *                 "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Action"];
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
    DeleteAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the action within the connector version.
                 * @example list-orders
                 */
                action_name: components["parameters"]["action_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action was deleted. */
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
    GetTriggers: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only triggers whose name contains this text, ignoring case.
                 * @example order
                 */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of triggers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 5,
                     *       "triggers": [
                     *         {
                     *           "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *           "type": "http",
                     *           "name": "order-created",
                     *           "summary": "Order created",
                     *           "description": "Shopify calls this webhook when a customer places an order.",
                     *           "errors": [],
                     *           "method": "POST",
                     *           "parameters": [
                     *             {
                     *               "name": "X-Shopify-Hmac-Sha256",
                     *               "in": "header",
                     *               "required": true,
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "X-Shopify-Topic",
                     *               "in": "header",
                     *               "required": true,
                     *               "type": "string",
                     *               "default": "orders/create"
                     *             }
                     *           ],
                     *           "requestBody": {
                     *             "required": true,
                     *             "definitions": [
                     *               {
                     *                 "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9F",
                     *                 "definition": {
                     *                   "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *                   "name": "Order",
                     *                   "accept": [
                     *                     "application/json"
                     *                   ],
                     *                   "description": "A single Shopify order.",
                     *                   "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "responses": [
                     *             {
                     *               "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9G",
                     *               "status": 200,
                     *               "definitions": []
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0W",
                     *           "type": "http",
                     *           "name": "order-cancelled",
                     *           "summary": "Order cancelled",
                     *           "description": "Shopify calls this webhook when an order is cancelled.",
                     *           "errors": [],
                     *           "method": "POST",
                     *           "parameters": [
                     *             {
                     *               "name": "X-Shopify-Hmac-Sha256",
                     *               "in": "header",
                     *               "required": true,
                     *               "type": "string"
                     *             }
                     *           ],
                     *           "requestBody": {
                     *             "required": true,
                     *             "definitions": [
                     *               {
                     *                 "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9H",
                     *                 "definition": {
                     *                   "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *                   "name": "Order",
                     *                   "accept": [
                     *                     "application/json"
                     *                   ],
                     *                   "description": "A single Shopify order.",
                     *                   "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "responses": [
                     *             {
                     *               "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9J",
                     *               "status": 200,
                     *               "definitions": []
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TriggerPage"];
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
    CreateTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "http",
                 *       "name": "order-created",
                 *       "summary": "Order created",
                 *       "description": "Shopify calls this webhook when a customer places an order.",
                 *       "method": "POST",
                 *       "parameters": [
                 *         {
                 *           "name": "X-Shopify-Hmac-Sha256",
                 *           "in": "header",
                 *           "required": true,
                 *           "type": "string"
                 *         },
                 *         {
                 *           "name": "X-Shopify-Topic",
                 *           "in": "header",
                 *           "required": true,
                 *           "type": "string",
                 *           "default": "orders/create"
                 *         }
                 *       ],
                 *       "requestBody": {
                 *         "required": true,
                 *         "definitions": [
                 *           {
                 *             "definition": {
                 *               "name": "Order"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "responses": [
                 *         {
                 *           "status": 200,
                 *           "definitions": []
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TriggerCreate"];
            };
        };
        responses: {
            /** @description The trigger was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *       "type": "http",
                     *       "name": "order-created",
                     *       "summary": "Order created",
                     *       "description": "Shopify calls this webhook when a customer places an order.",
                     *       "errors": [],
                     *       "method": "POST",
                     *       "parameters": [
                     *         {
                     *           "name": "X-Shopify-Hmac-Sha256",
                     *           "in": "header",
                     *           "required": true,
                     *           "type": "string"
                     *         },
                     *         {
                     *           "name": "X-Shopify-Topic",
                     *           "in": "header",
                     *           "required": true,
                     *           "type": "string",
                     *           "default": "orders/create"
                     *         }
                     *       ],
                     *       "requestBody": {
                     *         "required": true,
                     *         "definitions": [
                     *           {
                     *             "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9F",
                     *             "definition": {
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *               "name": "Order",
                     *               "accept": [
                     *                 "application/json"
                     *               ],
                     *               "description": "A single Shopify order.",
                     *               "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "responses": [
                     *         {
                     *           "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9G",
                     *           "status": 200,
                     *           "definitions": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Trigger"];
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
    GetTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the trigger within the connector version.
                 * @example order-created
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *       "type": "http",
                     *       "name": "order-created",
                     *       "summary": "Order created",
                     *       "description": "Shopify calls this webhook when a customer places an order.",
                     *       "errors": [],
                     *       "method": "POST",
                     *       "parameters": [
                     *         {
                     *           "name": "X-Shopify-Hmac-Sha256",
                     *           "in": "header",
                     *           "required": true,
                     *           "type": "string"
                     *         },
                     *         {
                     *           "name": "X-Shopify-Topic",
                     *           "in": "header",
                     *           "required": true,
                     *           "type": "string",
                     *           "default": "orders/create"
                     *         }
                     *       ],
                     *       "requestBody": {
                     *         "required": true,
                     *         "definitions": [
                     *           {
                     *             "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9F",
                     *             "definition": {
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *               "name": "Order",
                     *               "accept": [
                     *                 "application/json"
                     *               ],
                     *               "description": "A single Shopify order.",
                     *               "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "responses": [
                     *         {
                     *           "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9G",
                     *           "status": 200,
                     *           "definitions": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Trigger"];
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
    UpdateTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the trigger within the connector version.
                 * @example order-created
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                 *       "type": "http",
                 *       "name": "order-created",
                 *       "summary": "Order created",
                 *       "description": "Shopify calls this webhook for every new order, including draft orders that are completed.",
                 *       "method": "POST",
                 *       "parameters": [
                 *         {
                 *           "name": "X-Shopify-Hmac-Sha256",
                 *           "in": "header",
                 *           "required": true,
                 *           "type": "string"
                 *         }
                 *       ],
                 *       "requestBody": {
                 *         "required": true,
                 *         "definitions": [
                 *           {
                 *             "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9F",
                 *             "definition": {
                 *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                 *               "name": "Order",
                 *               "accept": [
                 *                 "application/json"
                 *               ],
                 *               "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                 *             }
                 *           }
                 *         ]
                 *       },
                 *       "responses": [
                 *         {
                 *           "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9G",
                 *           "status": 200,
                 *           "definitions": []
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Trigger"];
            };
        };
        responses: {
            /** @description The trigger as it is now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *       "type": "http",
                     *       "name": "order-created",
                     *       "summary": "Order created",
                     *       "description": "Shopify calls this webhook for every new order, including draft orders that are completed.",
                     *       "errors": [],
                     *       "method": "POST",
                     *       "parameters": [
                     *         {
                     *           "name": "X-Shopify-Hmac-Sha256",
                     *           "in": "header",
                     *           "required": true,
                     *           "type": "string"
                     *         }
                     *       ],
                     *       "requestBody": {
                     *         "required": true,
                     *         "definitions": [
                     *           {
                     *             "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9F",
                     *             "definition": {
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *               "name": "Order",
                     *               "accept": [
                     *                 "application/json"
                     *               ],
                     *               "description": "A single Shopify order.",
                     *               "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "responses": [
                     *         {
                     *           "id": "01HQ6V0W1X2Y3Z4A5B6C7D8E9G",
                     *           "status": 200,
                     *           "definitions": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Trigger"];
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
    DeleteTrigger: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the trigger within the connector version.
                 * @example order-created
                 */
                trigger_name: components["parameters"]["trigger_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trigger was deleted. */
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
    GetDefinitions: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
                /**
                 * @description Only definitions whose name contains this text, ignoring case.
                 * @example order
                 */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 9,
                     *       "definitions": [
                     *         {
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *           "name": "Order",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "A single Shopify order.",
                     *           "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json",
                     *           "referencedBy": [
                     *             {
                     *               "type": "definition",
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *               "name": "OrderList"
                     *             },
                     *             {
                     *               "type": "action",
                     *               "id": "01HQ5A2B3C4D5E6F7G8H9JKMNQ",
                     *               "name": "create-order"
                     *             },
                     *             {
                     *               "type": "trigger",
                     *               "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *               "name": "order-created"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *           "name": "OrderList",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "A page of orders as the Orders endpoint returns it.",
                     *           "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json",
                     *           "referencedBy": [
                     *             {
                     *               "type": "action",
                     *               "id": "01HQ5A2B3C4D5E6F7G8H9JKMNP",
                     *               "name": "list-orders"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DefinitionPage"];
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
    CreateDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "definitions": [
                 *         {
                 *           "name": "Order",
                 *           "accept": [
                 *             "application/json"
                 *           ],
                 *           "description": "A single Shopify order.",
                 *           "schema": {
                 *             "contentType": "application/schema+json",
                 *             "content": "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"id\": {\"type\": \"integer\"},\n    \"email\": {\"type\": \"string\", \"format\": \"email\"},\n    \"total_price\": {\"type\": \"string\"},\n    \"currency\": {\"type\": \"string\"}\n  },\n  \"required\": [\"id\", \"total_price\", \"currency\"]\n}\n"
                 *           }
                 *         },
                 *         {
                 *           "name": "OrderList",
                 *           "accept": [
                 *             "application/json"
                 *           ],
                 *           "description": "A page of orders as the Orders endpoint returns it.",
                 *           "schema": {
                 *             "contentType": "application/schema+json",
                 *             "content": "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"orders\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Order\"}}\n  },\n  \"required\": [\"orders\"]\n}\n"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DefinitionsCreate"];
            };
        };
        responses: {
            /** @description The definitions were created; all of them are returned. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "definitions": [
                     *         {
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *           "name": "Order",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "A single Shopify order.",
                     *           "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json",
                     *           "referencedBy": [
                     *             {
                     *               "type": "definition",
                     *               "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *               "name": "OrderList"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *           "name": "OrderList",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "A page of orders as the Orders endpoint returns it.",
                     *           "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/OrderList.json",
                     *           "referencedBy": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Definitions"];
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
    DeleteDefinitions: {
        parameters: {
            query?: {
                /**
                 * @description Delete the definitions even when other definitions still refer to them. Those other
                 *     definitions then fail validation until they are fixed.
                 * @example true
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "names": [
                 *         "Order",
                 *         "OrderList"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DefinitionsDelete"];
            };
        };
        responses: {
            /** @description The definitions were deleted. */
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
            /**
             * @description A definition to delete is still referenced and `force` was not set; the answer names the
             *     definition and what refers to it.
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "message": "Definition Order is still referenced; pass force=true to delete it anyway.",
                     *       "definition": {
                     *         "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *         "name": "Order",
                     *         "referencedBy": [
                     *           {
                     *             "type": "action",
                     *             "id": "01HQ5A2B3C4D5E6F7G8H9JKMNQ",
                     *             "name": "create-order"
                     *           },
                     *           {
                     *             "type": "trigger",
                     *             "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *             "name": "order-created"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DefinitionDeletePreconditionFailed"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    GetDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the definition within the connector version.
                 * @example Order
                 */
                definition_name: components["parameters"]["definition_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *       "name": "Order",
                     *       "accept": [
                     *         "application/json"
                     *       ],
                     *       "description": "A single Shopify order.",
                     *       "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json",
                     *       "referencedBy": [
                     *         {
                     *           "type": "definition",
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *           "name": "OrderList"
                     *         },
                     *         {
                     *           "type": "action",
                     *           "id": "01HQ5A2B3C4D5E6F7G8H9JKMNQ",
                     *           "name": "create-order"
                     *         },
                     *         {
                     *           "type": "trigger",
                     *           "id": "01HQ6T1R2G3K4M5N6P7Q8R9S0V",
                     *           "name": "order-created"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Definition"];
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
    UpdateDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the definition within the connector version.
                 * @example Order
                 */
                definition_name: components["parameters"]["definition_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                 *       "name": "Order",
                 *       "accept": [
                 *         "application/json"
                 *       ],
                 *       "description": "A single Shopify order, with its customer's email.",
                 *       "schema": {
                 *         "contentType": "application/schema+json",
                 *         "content": "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"id\": {\"type\": \"integer\"},\n    \"email\": {\"type\": \"string\", \"format\": \"email\"},\n    \"total_price\": {\"type\": \"string\"},\n    \"currency\": {\"type\": \"string\"},\n    \"created_at\": {\"type\": \"string\", \"format\": \"date-time\"}\n  },\n  \"required\": [\"id\", \"email\", \"total_price\", \"currency\"]\n}\n"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["DefinitionUpdate"];
            };
        };
        responses: {
            /** @description The definition as it is now stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *       "name": "Order",
                     *       "accept": [
                     *         "application/json"
                     *       ],
                     *       "description": "A single Shopify order, with its customer's email.",
                     *       "url": "https://platform.versori.com/api/schemas/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json",
                     *       "referencedBy": [
                     *         {
                     *           "type": "definition",
                     *           "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *           "name": "OrderList"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Definition"];
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
    DeleteDefinition: {
        parameters: {
            query?: {
                /**
                 * @description Delete the definition even when other definitions still refer to it. Those definitions then
                 *     fail validation, and the version cannot be published until they are fixed.
                 * @example true
                 */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The name of the definition within the connector version.
                 * @example Order
                 */
                definition_name: components["parameters"]["definition_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definition was deleted. */
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
            /**
             * @description The definition is still referenced by other definitions and `force` was not set; the answer
             *     lists what refers to it.
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "precondition_failed",
                     *       "message": "Definition Order is referenced by definition OrderList; pass force=true to delete it anyway.",
                     *       "definition": {
                     *         "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6C",
                     *         "name": "Order",
                     *         "referencedBy": [
                     *           {
                     *             "type": "definition",
                     *             "id": "01HQ4R7S8T9V0W1X2Y3Z4A5B6D",
                     *             "name": "OrderList"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DefinitionDeletePreconditionFailed"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ListProtocols: {
        parameters: {
            query?: {
                /**
                 * @description How many items one page holds at most.
                 * @example 20
                 */
                first?: components["parameters"]["first"];
                /**
                 * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                after?: components["parameters"]["after"];
                /**
                 * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                before?: components["parameters"]["before"];
            };
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of protocols. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 2,
                     *       "protocols": [
                     *         {
                     *           "id": "01HQ1M2N3P4Q5R6S7T8V9W0X1Y",
                     *           "slug": "http",
                     *           "name": "HTTP",
                     *           "description": "Call REST and other HTTP APIs, and receive their webhooks.",
                     *           "iconURL": "https://cdn.versori.com/protocols/http.svg"
                     *         },
                     *         {
                     *           "id": "01HQ1M2N3P4Q5R6S7T8V9W0X2Z",
                     *           "slug": "bigquery",
                     *           "name": "Google BigQuery",
                     *           "description": "Run SQL queries against a BigQuery dataset.",
                     *           "iconURL": "https://cdn.versori.com/protocols/bigquery.svg"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProtocolPage"];
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
    ListAuthSchemes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The short name of a protocol, as listed by ListProtocols.
                 * @example http
                 */
                protocol_slug: components["parameters"]["protocol_slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of authentication schemes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "totalCount": 6,
                     *       "next": "01HQ1P3R5T7V9X1Z3B5D7F9H1K",
                     *       "authSchemes": [
                     *         {
                     *           "id": "01HQ1P2Q4S6V8X0Z2B4D6F8H0J",
                     *           "type": "api-key",
                     *           "name": "API key",
                     *           "description": "A static key sent in a header, query parameter or cookie."
                     *         },
                     *         {
                     *           "id": "01HQ1P3R5T7V9X1Z3B5D7F9H1K",
                     *           "type": "oauth2",
                     *           "name": "OAuth 2.0",
                     *           "description": "Tokens issued by the provider after the user grants access, refreshed automatically."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSchemePage"];
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
    GetProtocolUploadURL: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The short name of a protocol, as listed by ListProtocols.
                 * @example http
                 */
                protocol_slug: components["parameters"]["protocol_slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to upload the file, and where the platform will read it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "uploadUrl": "https://storage.googleapis.com/versori-connect-uploads/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3E2G4J6M8P0R2T4W6Y8A0C?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=connect-api%40versori.iam.gserviceaccount.com%2F20260318%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20260318T101500Z&X-Goog-Expires=300&X-Goog-SignedHeaders=content-length%3Bcontent-type%3Bhost&X-Goog-Signature=5a1f0c9e3b7d2a6f",
                     *       "url": "gs://versori-connect-uploads/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3E2G4J6M8P0R2T4W6Y8A0C"
                     *     }
                     */
                    "application/json": components["schemas"]["SignedURL"];
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
    CreateHTTPConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Shopify",
                 *       "baseUrl": "https://acme-store.myshopify.com/admin/api/2024-01",
                 *       "connectionVariables": [
                 *         {
                 *           "name": "shopDomain",
                 *           "value": "acme-store.myshopify.com"
                 *         }
                 *       ],
                 *       "authSchemeConfigs": [
                 *         {
                 *           "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                 *           "description": "Admin API access token",
                 *           "schemeType": "api-key",
                 *           "name": "X-Shopify-Access-Token",
                 *           "in": "header"
                 *         }
                 *       ],
                 *       "tags": {
                 *         "team": [
                 *           "ecommerce"
                 *         ]
                 *       },
                 *       "public": false,
                 *       "connections": [
                 *         {
                 *           "name": "production",
                 *           "credentials": {
                 *             "action": [
                 *               {
                 *                 "authSchemeConfig": {
                 *                   "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                 *                   "description": "Admin API access token",
                 *                   "schemeType": "api-key",
                 *                   "name": "X-Shopify-Access-Token",
                 *                   "in": "header"
                 *                 },
                 *                 "credential": {
                 *                   "name": "Shopify production access token",
                 *                   "type": "string",
                 *                   "data": {
                 *                     "value": "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"
                 *                   }
                 *                 }
                 *               }
                 *             ]
                 *           },
                 *           "variables": [
                 *             {
                 *               "name": "shopDomain",
                 *               "value": "acme-store.myshopify.com"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HTTPConnectorCreate"];
            };
        };
        responses: {
            /** @description The new HTTP connector. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Shopify",
                     *       "public": false,
                     *       "tags": {
                     *         "team": [
                     *           "ecommerce"
                     *         ]
                     *       },
                     *       "protocol": "http",
                     *       "baseUrl": "https://acme-store.myshopify.com/admin/api/2024-01",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *           "description": "Admin API access token",
                     *           "schemeType": "api-key",
                     *           "name": "X-Shopify-Access-Token",
                     *           "in": "header"
                     *         }
                     *       ],
                     *       "connectionVariables": [
                     *         {
                     *           "name": "shopDomain",
                     *           "value": "acme-store.myshopify.com"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3B7K2MX5R8T1V4W6Y9ZA0C",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3C4D8FG2H5J7K9M1N3P5QR",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *                   "description": "Admin API access token",
                     *                   "schemeType": "api-key",
                     *                   "name": "X-Shopify-Access-Token",
                     *                   "in": "header"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3C5E9GH3J6K8M0N2P4Q6RS",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "string",
                     *                   "name": "Shopify production access token",
                     *                   "data": {
                     *                     "value": "********"
                     *                   }
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "variables": [
                     *             {
                     *               "name": "shopDomain",
                     *               "value": "acme-store.myshopify.com"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-14T09:26:53Z",
                     *           "updatedAt": "2026-03-14T09:26:53Z"
                     *         }
                     *       ],
                     *       "versions": [],
                     *       "createdAt": "2026-03-14T09:26:53Z",
                     *       "updatedAt": "2026-03-14T09:26:53Z"
                     *     }
                     */
                    "application/json": components["schemas"]["HTTPConnector"];
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
    ImportHTTPConnectorVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The API description document to import.
                     */
                    file?: string;
                    metadata?: components["schemas"]["ImportHTTPConnectorVersionMetadata"];
                };
                /**
                 * @example {
                 *       "schemaURL": "gs://versori-connect-uploads/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/01HQ3E2G4J6M8P0R2T4W6Y8A0C",
                 *       "filetype": "yaml",
                 *       "format": "openapi",
                 *       "version": "2024-04"
                 *     }
                 */
                "application/json": components["schemas"]["HTTPConnectorVersionFromURLCreate"];
            };
        };
        responses: {
            /** @description The connector with the new version, and everything the import produced. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connector": {
                     *         "id": "01HQ3A1F6NB8D2K4W7Y9ZC5E3G",
                     *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *         "name": "Shopify",
                     *         "public": false,
                     *         "documentationURL": "https://shopify.dev/docs/api/admin-rest",
                     *         "protocol": "http",
                     *         "baseUrl": "https://acme-store.myshopify.com/admin/api/2024-04",
                     *         "authSchemeConfigs": [
                     *           {
                     *             "id": "01HQ3A2B4C6D8E0F2G4H6J8K0M",
                     *             "description": "Admin API access token",
                     *             "schemeType": "api-key",
                     *             "name": "X-Shopify-Access-Token",
                     *             "in": "header"
                     *           }
                     *         ],
                     *         "connections": [],
                     *         "versions": [
                     *           {
                     *             "id": "01HQ3EB7D9F1H3K5N7Q9S1V3X5",
                     *             "name": "2024-04",
                     *             "description": "Imported from an OpenAPI document.",
                     *             "isLatest": false,
                     *             "isDefault": false,
                     *             "createdAt": "2026-03-18T10:16:40Z",
                     *             "updatedAt": "2026-03-18T10:16:40Z",
                     *             "publishedAt": null
                     *           }
                     *         ],
                     *         "createdAt": "2026-03-14T09:26:53Z",
                     *         "updatedAt": "2026-03-18T10:16:40Z"
                     *       },
                     *       "definitions": [
                     *         {
                     *           "id": "01HQ3EC2F4H6K8M0P2R4T6W8Y0",
                     *           "name": "Order",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "A customer's order.",
                     *           "url": "https://platform.versori.com/api/connect/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/schemas/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/2024-04/Order.json"
                     *         }
                     *       ],
                     *       "actions": [
                     *         {
                     *           "id": "01HQ3ED5G7J9M1P3R5T7W9Y1A3",
                     *           "type": "http",
                     *           "name": "list-orders",
                     *           "summary": "List orders",
                     *           "description": "Retrieves a list of orders.",
                     *           "method": "GET",
                     *           "path": "/orders.json",
                     *           "parameters": [
                     *             {
                     *               "name": "limit",
                     *               "in": "query",
                     *               "required": false,
                     *               "type": "integer"
                     *             }
                     *           ],
                     *           "responses": [
                     *             {
                     *               "id": "01HQ3EE8J0M2P4R6T8W0Y2A4C6",
                     *               "status": 200,
                     *               "definitions": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "triggers": [],
                     *       "messages": [
                     *         {
                     *           "text": "3 operations were skipped because they have no operationId.",
                     *           "severity": "warning",
                     *           "detail": [
                     *             "GET /shop.json",
                     *             "GET /locations.json",
                     *             "POST /graphql.json"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportHTTPConnectorResult"];
                };
            };
            /** @description The request or the imported document is invalid; `messages` explains what was wrong with the document. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "bad_request",
                     *       "message": "The OpenAPI document could not be imported.",
                     *       "messages": [
                     *         {
                     *           "text": "Unsupported OpenAPI version: 2.0",
                     *           "severity": "error",
                     *           "detail": [
                     *             "Only OpenAPI 3.x documents can be imported."
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportHTTPConnectorError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    ImportHTTPConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The API description document to import.
                     */
                    file?: string;
                    metadata?: components["schemas"]["ImportHTTPConnectorMetadata"];
                };
                /**
                 * @example {
                 *       "schemaURL": "https://raw.githubusercontent.com/acme-erp/api-docs/main/openapi.yaml",
                 *       "filetype": "yaml",
                 *       "format": "openapi"
                 *     }
                 */
                "application/json": components["schemas"]["HTTPConnectorFromURLCreate"];
            };
        };
        responses: {
            /** @description The new connector and everything the import produced. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connector": {
                     *         "id": "01HQ3F1A3C5E7G9J1M3P5R7T9W",
                     *         "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *         "name": "Acme ERP",
                     *         "public": false,
                     *         "documentationURL": "https://docs.acme-erp.com",
                     *         "protocol": "http",
                     *         "baseUrl": "https://api.acme-erp.com/v2",
                     *         "authSchemeConfigs": [
                     *           {
                     *             "id": "01HQ3F2B4D6F8H0K2N4Q6S8V0X",
                     *             "description": "API key from the Acme ERP admin console",
                     *             "schemeType": "api-key",
                     *             "name": "X-Api-Key",
                     *             "in": "header"
                     *           }
                     *         ],
                     *         "connections": [],
                     *         "versions": [
                     *           {
                     *             "id": "01HQ3F3C5E7G9J1M3P5R7T9W1Y",
                     *             "name": "2.0.0",
                     *             "description": "Imported from an OpenAPI document.",
                     *             "isLatest": false,
                     *             "isDefault": false,
                     *             "createdAt": "2026-03-18T10:20:13Z",
                     *             "updatedAt": "2026-03-18T10:20:13Z",
                     *             "publishedAt": null
                     *           }
                     *         ],
                     *         "createdAt": "2026-03-18T10:20:13Z",
                     *         "updatedAt": "2026-03-18T10:20:13Z"
                     *       },
                     *       "definitions": [
                     *         {
                     *           "id": "01HQ3F4D6F8H0K2N4Q6S8V0X2Z",
                     *           "name": "Invoice",
                     *           "accept": [
                     *             "application/json"
                     *           ],
                     *           "description": "An invoice issued to a customer.",
                     *           "url": "https://platform.versori.com/api/connect/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/schemas/01HQ3F1A3C5E7G9J1M3P5R7T9W/2.0.0/Invoice.json"
                     *         }
                     *       ],
                     *       "actions": [
                     *         {
                     *           "id": "01HQ3F5E7G9J1M3P5R7T9W1Y3A",
                     *           "type": "http",
                     *           "name": "list-invoices",
                     *           "summary": "List invoices",
                     *           "description": "Returns invoices, newest first.",
                     *           "method": "GET",
                     *           "path": "/invoices",
                     *           "parameters": [
                     *             {
                     *               "name": "status",
                     *               "in": "query",
                     *               "required": false,
                     *               "type": "string"
                     *             }
                     *           ],
                     *           "responses": [
                     *             {
                     *               "id": "01HQ3F6F8H0K2N4Q6S8V0X2Z4B",
                     *               "status": 200,
                     *               "definitions": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "triggers": [],
                     *       "messages": [
                     *         {
                     *           "text": "Imported 1 action and 1 definition.",
                     *           "severity": "info"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportHTTPConnectorResult"];
                };
            };
            /** @description The request or the imported document is invalid; `messages` explains what was wrong with the document. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "bad_request",
                     *       "message": "The OpenAPI document could not be imported.",
                     *       "messages": [
                     *         {
                     *           "text": "The document at schemaURL could not be parsed as YAML.",
                     *           "severity": "error",
                     *           "detail": [
                     *             "line 14: mapping values are not allowed in this context"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportHTTPConnectorError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    CreateBigQueryConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Sales Warehouse",
                 *       "datasetId": "acme-analytics.sales",
                 *       "connections": [
                 *         {
                 *           "name": "production",
                 *           "credentials": {
                 *             "action": [
                 *               {
                 *                 "authSchemeConfig": {
                 *                   "id": "01HQ3G1B3D5F7H9K1N3Q5S7V9X",
                 *                   "description": "No extra authentication",
                 *                   "schemeType": "none"
                 *                 },
                 *                 "credential": {
                 *                   "name": "BigQuery production",
                 *                   "type": "none",
                 *                   "data": {}
                 *                 }
                 *               }
                 *             ]
                 *           },
                 *           "variables": [
                 *             {
                 *               "name": "location",
                 *               "value": "EU"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BigQueryConnectorCreate"];
            };
        };
        responses: {
            /** @description The new BigQuery connector. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01HQ3G2C4E6G8J0M2P4R6T8W0Y",
                     *       "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *       "name": "Acme Sales Warehouse",
                     *       "public": false,
                     *       "protocol": "bigquery",
                     *       "datasetId": "acme-analytics.sales",
                     *       "authSchemeConfigs": [
                     *         {
                     *           "id": "01HQ3G1B3D5F7H9K1N3Q5S7V9X",
                     *           "description": "No extra authentication",
                     *           "schemeType": "none"
                     *         }
                     *       ],
                     *       "connections": [
                     *         {
                     *           "id": "01HQ3G3D5F7H9K1N3Q5S7V9X1Z",
                     *           "name": "production",
                     *           "credentials": {
                     *             "action": [
                     *               {
                     *                 "id": "01HQ3G4E6G8J0M2P4R6T8W0Y2A",
                     *                 "authSchemeConfig": {
                     *                   "id": "01HQ3G1B3D5F7H9K1N3Q5S7V9X",
                     *                   "description": "No extra authentication",
                     *                   "schemeType": "none"
                     *                 },
                     *                 "credential": {
                     *                   "id": "01HQ3G5F7H9K1N3Q5S7V9X1Z3B",
                     *                   "organisationId": "01HQ2Z8W4TQK6V9M3XJ7R5B2CD",
                     *                   "type": "none",
                     *                   "name": "BigQuery production",
                     *                   "data": {}
                     *                 }
                     *               }
                     *             ]
                     *           },
                     *           "variables": [
                     *             {
                     *               "name": "location",
                     *               "value": "EU"
                     *             }
                     *           ],
                     *           "createdAt": "2026-03-18T10:30:41Z",
                     *           "updatedAt": "2026-03-18T10:30:41Z"
                     *         }
                     *       ],
                     *       "versions": [],
                     *       "createdAt": "2026-03-18T10:30:41Z",
                     *       "updatedAt": "2026-03-18T10:30:41Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BigQueryConnector"];
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
    GetRawSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ULID of the organisation that owns the resource.
                 * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
                 */
                organisation_id: components["parameters"]["organisation_id"];
                /**
                 * @description The ULID of the connector.
                 * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
                 */
                connector_id: components["parameters"]["connector_id"];
                /**
                 * @description The name of a connector version, such as `1.2.0`. The reserved names `latest` (the most recently
                 *     published version) and `default` (the version marked as default, else `latest`) are accepted too.
                 * @example 1.2.0
                 */
                version: components["parameters"]["version"];
                /**
                 * @description The file name of the schema, which is the definition's name plus an extension.
                 * @example Order.json
                 */
                schema_filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schema document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "$schema": "https://json-schema.org/draft/2020-12/schema",
                     *       "$id": "https://platform.versori.com/api/connect/v1/o/01HQ2Z8W4TQK6V9M3XJ7R5B2CD/schemas/01HQ3A1F6NB8D2K4W7Y9ZC5E3G/1.2.0/Order.json",
                     *       "title": "Order",
                     *       "description": "A customer's order in the Shopify store.",
                     *       "type": "object",
                     *       "properties": {
                     *         "id": {
                     *           "type": "integer",
                     *           "format": "int64"
                     *         },
                     *         "name": {
                     *           "type": "string",
                     *           "examples": [
                     *             "#1001"
                     *           ]
                     *         },
                     *         "email": {
                     *           "type": "string",
                     *           "format": "email"
                     *         },
                     *         "financial_status": {
                     *           "type": "string",
                     *           "enum": [
                     *             "pending",
                     *             "authorized",
                     *             "paid",
                     *             "refunded",
                     *             "voided"
                     *           ]
                     *         },
                     *         "total_price": {
                     *           "type": "string",
                     *           "pattern": "^[0-9]+\\.[0-9]{2}$"
                     *         },
                     *         "currency": {
                     *           "type": "string",
                     *           "minLength": 3,
                     *           "maxLength": 3
                     *         },
                     *         "created_at": {
                     *           "type": "string",
                     *           "format": "date-time"
                     *         }
                     *       },
                     *       "required": [
                     *         "id",
                     *         "name",
                     *         "total_price",
                     *         "currency"
                     *       ]
                     *     }
                     */
                    "application/schema+json": {
                        [key: string]: unknown;
                    } | boolean;
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
