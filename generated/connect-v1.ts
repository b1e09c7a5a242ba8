// Generated from openapi/connect-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
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
            authorizeUrl: string | unknown | "";
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
        /** @description A named value that configures a connector, for example a shop domain or an account number. */
        ConnectionVariable: {
            /** @description The variable's name. */
            name: string;
            /** @description The variable's value. */
            value: string;
        };
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
         * @description The short name of a protocol, as listed by ListProtocols.
         * @example http
         */
        protocol_slug: string;
        /**
         * @description How many items one page holds at most.
         * @example 20
         */
        first: number;
        /**
         * @description An opaque cursor (a page's `next`) to fetch the page that follows it.
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
         */
        after: string;
        /**
         * @description An opaque cursor (a page's `prev`) to fetch the page that precedes it.
         * @example 01HQ3A1F6NB8D2K4W7Y9ZC5E3G
         */
        before: string;
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
                     *       "next": "01HQ4F8D5PM1T4Y7A0C3EH9R2S",
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
                     *       "next": "01HQ4D2X9GF5M8R1T4V7Z0BC3K",
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
}
