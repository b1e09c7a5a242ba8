// Turns an answer into the operation's result or a VersoriApiError. Anything that is not what
// the contract promises (HTML from a proxy, cut-off JSON, an empty 200) becomes a
// VersoriApiError with the code `invalid_response`, never a bare SyntaxError.
import type { OperationDescriptor } from "./descriptor.js";
import { VersoriApiError, type RequestSummary, type VersoriErrorBody } from "../errors.js";

const SNIPPET = 200;
const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET)}...` : text);

function isErrorBody(body: unknown): body is VersoriErrorBody {
  return (
    typeof body === "object" &&
    body !== null &&
    typeof (body as VersoriErrorBody).code === "string" &&
    typeof (body as VersoriErrorBody).message === "string"
  );
}

/** openapi-fetch hands over the error body parsed as JSON when it could, else as text. */
export function toApiError(response: Response, body: unknown, request: RequestSummary): VersoriApiError {
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (isErrorBody(body)) {
    return new VersoriApiError({
      status: response.status,
      code: body.code,
      message: body.message,
      fields: Array.isArray(body.fields) ? body.fields : undefined,
      details: typeof body.details === "string" ? body.details : undefined,
      requestId,
      body,
      response,
      request,
    });
  }
  const text = typeof body === "string" ? body.trim() : body === undefined ? "" : JSON.stringify(body);
  return new VersoriApiError({
    status: response.status,
    code: `http_${response.status}`,
    message: text ? snippet(text) : response.statusText || "the answer has no body",
    requestId,
    body,
    response,
    request,
  });
}

export function toResult(
  op: OperationDescriptor,
  response: Response,
  text: string | undefined,
  request: () => RequestSummary,
): unknown {
  if (op.empty) return undefined;
  const invalid = (message: string, cause?: unknown) =>
    new VersoriApiError({
      status: response.status,
      code: "invalid_response",
      message,
      requestId: response.headers.get("x-request-id") ?? undefined,
      body: text,
      response,
      request: request(),
      cause,
    });
  if (!text) throw invalid(`${op.operationId} expected a JSON body, but the ${response.status} answer was empty`);
  try {
    return JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get("content-type") ?? "no content-type";
    throw invalid(`${op.operationId} expected a JSON body, but got ${type}: ${snippet(text)}`, cause);
  }
}
