// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/organisations/{organisation_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation that owns the keys.
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
                 * @description The identifier of the organisation that owns the keys.
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
                 *       "message": "This API key may not manage the signing keys of organisation 01HQ2Z8W4TQK6V9M3XJ7R5B2CD."
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The organisation or the key does not exist, or is not visible to the caller. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Signing key 01HQ6E3M8SX4N9V2Y7A0C5D1FG was not found."
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
         * @description The identifier of the organisation that owns the keys.
         * @example 01HQ2Z8W4TQK6V9M3XJ7R5B2CD
         */
        organisation_id: string;
        /**
         * @description The ULID of the signing key.
         * @example 01HQ6E3M8SX4N9V2Y7A0C5D1FG
         */
        key_id: components["schemas"]["Ulid"];
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
    ListSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier of the organisation that owns the keys.
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
                 * @description The identifier of the organisation that owns the keys.
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
                 * @description The identifier of the organisation that owns the keys.
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
}
