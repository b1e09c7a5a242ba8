// Turns an answer into the operation's result or a VersoriApiError. Anything that is not what
// the contract promises (HTML from a proxy, cut-off JSON, an empty 200) becomes a
// VersoriApiError with the code `invalid_response`, never a bare SyntaxError.
import type { OperationDescriptor } from "./descriptor.js";
import { VersoriApiError, type RequestSummary, type VersoriErrorBody } from "../errors.js";

const snippet = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}...` : text);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The error body is the platform's `{ code, message, ... }` when it parses as such, else kept as text. */
export function toApiError(response: Response, text: string, request: RequestSummary): VersoriApiError {
  const body = text ? parse(text) : undefined;
  const platform = body as Partial<VersoriErrorBody> | undefined;
  const own = typeof platform?.code === "string" && typeof platform.message === "string";
  const shown = typeof body === "string" ? body.trim() : body === undefined ? "" : text;
  return new VersoriApiError({
    status: response.status,
    code: own ? platform!.code! : `http_${response.status}`,
    message: own ? platform!.message! : shown ? snippet(shown) : response.statusText || "the answer has no body",
    fields: own && Array.isArray(platform!.fields) ? platform!.fields : undefined,
    details: own && typeof platform!.details === "string" ? platform!.details : undefined,
    requestId: response.headers.get("x-request-id") ?? undefined,
    body,
    response,
    request,
  });
}

export function toResult(op: OperationDescriptor, response: Response, text: string, request: () => RequestSummary): unknown {
  if (op.empty) return undefined;
  let problem = "the answer was empty";
  let cause: unknown;
  if (text) {
    try {
      return JSON.parse(text);
    } catch (error) {
      cause = error;
      problem = `got ${response.headers.get("content-type") ?? "no content-type"}: ${snippet(text)}`;
    }
  }
  throw new VersoriApiError({
    status: response.status,
    code: "invalid_response",
    message: `${op.operationId} expected a JSON body (${response.status}), but ${problem}`,
    requestId: response.headers.get("x-request-id") ?? undefined,
    body: text,
    response,
    request: request(),
    cause,
  });
}
