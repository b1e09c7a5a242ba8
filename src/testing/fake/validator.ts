// Validation against the contract with Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses). One Ajv
// per contract, shared by every fake of the process; each schema is compiled the first time it
// is needed, so a fake starts without compiling the whole contract.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import type { FakeContract, Schema } from "./contract.js";
import { fieldName, type FieldProblem } from "./errors.js";

const BASE = "https://fake.versori-client.invalid/contract.json";

export interface Validator {
  /** Problems of `value` against `schema` (a schema of this contract), each naming its field under `prefix`. */
  check(schema: Schema, value: unknown, prefix?: string): FieldProblem[];
}

function problems(errors: ErrorObject[] | null | undefined, prefix: string): FieldProblem[] {
  return (errors ?? []).map((e) => {
    const missing = (e.params as { missingProperty?: string }).missingProperty;
    const field = fieldName(e.instancePath + (missing ? `/${missing}` : ""), prefix) || prefix || "body";
    return { field, message: missing ? "is required" : (e.message ?? "is not valid") };
  });
}

/** An operation's schema with its `#/$defs/...` refs pointing into the contract's document. */
const absolute = (schema: Schema): Schema => JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${BASE}#/`)) as Schema;

const validators = new WeakMap<FakeContract, Validator>();

export function validatorOf(contract: FakeContract): Validator {
  const known = validators.get(contract);
  if (known) return known;
  // The contract's schemas were checked when the spec was linted: validating them against the
  // meta-schema again would cost most of a fake's start.
  const ajv = new Ajv2020({ strictTypes: false, strictTuples: false, strictRequired: false, validateSchema: false });
  const formats = fullFormats as Record<string, unknown>;
  for (const format of contract.formats) ajv.addFormat(format, (formats[format] ?? true) as never);
  ajv.addSchema({ $id: BASE, ...contract.schemas });
  // Operation schemas are compiled on first use, keyed by their object (they live in the contract).
  const compiled = new WeakMap<Schema, ValidateFunction>();
  const validator: Validator = {
    check(schema, value, prefix = "") {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, (validate = ajv.compile(absolute(schema))));
      return validate(value) ? [] : problems(validate.errors, prefix);
    },
  };
  validators.set(contract, validator);
  return validator;
}
