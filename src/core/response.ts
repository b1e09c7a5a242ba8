// Turns an answer into the operation's result or a VersoriApiError. Anything that is not what
// the contract promises (HTML from a proxy, cut-off JSON, an empty 200) becomes a
// VersoriApiError with the code `invalid_response`, never a bare SyntaxError.
import type { OperationDescriptor } from "./descriptor.js";
import { VersoriApiError, type RequestSummary, type VersoriErrorBody } from "../errors.js";

/** The client's code for an answer it could not use: not what the contract promises, or a body that broke off. */
export const INVALID_RESPONSE = "invalid_response";

const snippet = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}...` : text);

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

/** A VersoriApiError about `response`, whose body (read already) was `text` (null: not kept, or never read). */
export function apiError(
  response: Response,
  text: string | null,
  request: RequestSummary,
  init: {
    code: string;
    message: string;
    body: unknown;
    operationId: string | undefined;
    fields?: VersoriErrorBody["fields"];
    details?: string | undefined;
    cause?: unknown;
  },
): VersoriApiError {
  return new VersoriApiError({
    status: response.status,
    requestId: response.headers.get("x-request-id") ?? undefined,
    response: readableCopy(response, text),
    request,
    ...init,
  });
}

/** The error body is the platform's `{ code, message, ... }` when it parses as such, else kept as text. */
export function toApiError(response: Response, text: string, request: RequestSummary, operationId?: string): VersoriApiError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  const { code, message, fields, details } = (body ?? {}) as Partial<VersoriErrorBody>;
  if (typeof code === "string" && typeof message === "string") {
    return apiError(response, text, request, {
      code,
      message,
      body,
      operationId,
      fields: Array.isArray(fields) ? fields : undefined,
      details: typeof details === "string" ? details : undefined,
    });
  }
  const shown = typeof body === "string" ? body.trim() : body === undefined ? "" : text;
  return apiError(response, text, request, {
    code: `http_${response.status}`,
    message: shown ? snippet(shown) : response.statusText || "the answer has no body",
    body,
    operationId,
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
  const kept = op.secret ? undefined : text;
  throw apiError(response, kept ?? null, request(), {
    code: INVALID_RESPONSE,
    message: `${op.operationId} expected a JSON body (${response.status}), but ${problem}`,
    body: kept,
    operationId: op.operationId,
    cause,
  });
}

