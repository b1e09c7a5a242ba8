// Generated from openapi/organisations-v1.yaml by `npm run generate`. Do not edit by hand:
// change the spec and regenerate.

// One descriptor per operation of the spec, named after its operationId. `path` alternates
// literal text and the camelCase name of a path parameter. `multipart` marks bodies that may
// be a form (file uploads), `empty` answers without a body, `page` the array of a cursor page,
// `cursor` where its cursor goes and where the answer holds the next one (when not `after` and
// `next`), `joined` the query arrays sent comma-joined in one value (explode: false), `reserved`
// path values that would make another operation's path, `secret` a success body that must
// never appear in an error.

export const ListSigningKeys = {"operationId":"ListSigningKeys","method":"GET","path":["/organisations/","organisationId","/keys"]} as const;
export const CreateSigningKey = {"operationId":"CreateSigningKey","method":"POST","path":["/organisations/","organisationId","/keys"],"secret":true} as const;
export const DeleteSigningKey = {"operationId":"DeleteSigningKey","method":"DELETE","path":["/organisations/","organisationId","/keys/","keyId"],"empty":true} as const;

/** Every operation of organisations-v1, keyed by method name (operationId, first letter lowercased). */
export const organisationsV1Operations = {
  listSigningKeys: ListSigningKeys,
  createSigningKey: CreateSigningKey,
  deleteSigningKey: DeleteSigningKey,
} as const;
