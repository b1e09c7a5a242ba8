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

/**
 * The answer for `error.response`: the client has read its body, so a copy with the same status,
 * headers and URL and `text` as its body, which the caller can still read. Built only for errors.
 */
export function readableCopy(response: Response, text: string | null): Response {
  let copy: Response;
  try {
    copy = new Response(text || null, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch {
    // A status Response cannot be built with (0 for an opaque redirect, or a test double's).
    return response;
  }
  if (response.url) Object.defineProperty(copy, "url", { value: response.url });
  return copy;
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
    response: readableCopy(response, text),
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
      const type = response.headers.get("content-type") ?? "no content-type";
      // The answer of a secret operation (a private key) is kept nowhere: not in the message,
      // the body, the response copy, nor the parse error, whose message quotes the text.
      if (op.secret) problem = `got ${type} (not shown: it holds a secret)`;
      else {
        cause = error;
        problem = `got ${type}: ${snippet(text)}`;
      }
    }
  }
  return fail(op, response, op.secret ? undefined : text, problem, request(), cause);
}

function fail(op: OperationDescriptor, response: Response, text: string | undefined, problem: string, request: RequestSummary, cause: unknown): never {
  throw new VersoriApiError({
    status: response.status,
    code: "invalid_response",
    message: `${op.operationId} expected a JSON body (${response.status}), but ${problem}`,
    requestId: response.headers.get("x-request-id") ?? undefined,
    body: text,
    response: readableCopy(response, text ?? null),
    request,
    cause,
  });
}
