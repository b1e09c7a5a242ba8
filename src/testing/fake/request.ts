// Reads a request as the contract describes it: query parameters in their schemas' types, the
// JSON body, and every problem with them as the contract's 400, naming the field.
import type { ContractOperation } from "./contract.js";
import { badRequest, type FieldProblem } from "./errors.js";
import type { Json } from "./schema.js";
import type { ApiModel } from "./types.js";

/** A query value as its schema's type (`first=20` is 20); left as text when it does not read as one. */
function typed(schema: Json, values: string[]): unknown {
  const type = schema.type;
  if (type === "array") return values.flatMap((v) => v.split(",")).map((v) => typed((schema.items ?? {}) as Json, [v]));
  const value = values[0]!;
  if ((type === "integer" || type === "number") && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  if (type === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

export async function readRequest(api: ApiModel, op: ContractOperation, request: Request, url: URL, params: Record<string, string>) {
  const problems: FieldProblem[] = [];
  const query: Record<string, unknown> = {};
  for (const param of op.params) {
    const raw = param.in === "query" ? url.searchParams.getAll(param.name) : param.in === "path" ? [params[param.name]!] : [];
    if (param.in !== "query" && param.in !== "path") continue;
    if (!raw.length) {
      if (param.required) problems.push({ field: param.name, message: "is required" });
      continue;
    }
    const value = typed(api.schemas.resolve(param.schema) ?? {}, raw);
    problems.push(...api.validator.check(param.schema, value, param.name));
    if (param.in === "query") query[param.name] = value;
  }
  let body: unknown;
  const text = await request.text();
  if (op.body && text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest("The request body is not JSON.", [{ field: "body", message: "is not JSON" }]);
    }
    problems.push(...api.validator.check(op.body.schema, body));
  } else if (op.body?.required) problems.push({ field: "body", message: "is required" });
  if (problems.length) throw badRequest(`The request does not match the contract of ${op.operationId}: ${problems.map((p) => `${p.field} ${p.message}`).join("; ")}.`, problems);
  return { query, body };
}
