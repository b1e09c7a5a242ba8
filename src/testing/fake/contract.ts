// The shape of generated/<api>.contract.ts: what the fake platform reads of a contract at run
// time (scripts/render-contract.mjs writes it from the spec).

/** A JSON Schema (2020-12) as the spec has it, without documentation. */
export type Schema = Record<string, unknown>;

export interface ContractParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema: Schema;
}

export interface ContractOperation {
  operationId: string;
  method: string;
  /** The spec's path template, `/o/{organisation_id}/projects/{project_id}`. */
  path: string;
  params: ContractParameter[];
  body?: { type: string; required: boolean; schema: Schema };
  /** The success status. */
  status: number;
  /** The success answer's media type, schema and example; absent when it has no body. */
  answer?: { type: string; schema: Schema; example?: unknown };
  /** Every status the operation declares. */
  statuses: number[];
  /** Declared on the operation: true when it needs no credentials. */
  anonymous?: boolean;
  /** Where the cursor goes and where the answer holds the next one (`x-versori-cursor`). */
  cursor?: [string, string];
}

export interface FakeContract {
  /** The path of the production base URL (`/api/v2`): requests are matched below it. */
  basePath: string;
  /** The error `code` the spec's examples give each status (`404` -> `not_found`). */
  errorCodes: Record<string, string>;
  /** Every `format` the schemas use. */
  formats: string[];
  /** The spec's components.schemas as `$defs`; operation schemas point into it. */
  schemas: { $defs: Record<string, Schema> };
  operations: ContractOperation[];
}
