// The one error family of the client. Every failure a caller can meet, apart from its own
// AbortSignal (which rejects with the signal's reason, a standard AbortError) and invalid
// arguments (TypeError, thrown before any request), is a VersoriError.

/** The platform's error body: `{ code, message, fields?, details? }`. */
export interface VersoriErrorBody {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
  details?: string;
}

/** What an error keeps of the request that failed. `Authorization` is always redacted. */
export interface RequestSummary {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export class VersoriError extends Error {
  override name = "VersoriError";
}

/** The platform (or something in front of it) answered, and the answer is an error. */
export class VersoriApiError extends VersoriError {
  override name = "VersoriApiError";
  /** HTTP status of the answer. */
  readonly status: number;
  /** The platform's machine-readable code, or a client code such as `invalid_response`. */
  readonly code: string;
  /** Field-level validation problems, when the platform sent them. */
  readonly fields: { field: string; message: string }[];
  readonly details: string | undefined;
  /** The `X-Request-Id` of the answer, to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** The parsed error body, or the raw text when it was not JSON. */
  readonly body: unknown;
  declare readonly response: Response;
  declare readonly request: RequestSummary;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: { field: string; message: string }[] | undefined;
    details?: string | undefined;
    requestId?: string | undefined;
    body: unknown;
    response: Response;
    request: RequestSummary;
    cause?: unknown;
  }) {
    // `message` is the platform's own message; status and code have their own fields.
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.details = init.details;
    this.requestId = init.requestId;
    this.body = init.body;
    // Kept off the enumerable surface so logs and inspect output stay small.
    Object.defineProperty(this, "response", { value: init.response, enumerable: false });
    Object.defineProperty(this, "request", { value: init.request, enumerable: false });
  }

  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      fields: this.fields,
      details: this.details,
      requestId: this.requestId,
      request: this.request,
    };
  }
}

/** No answer: DNS failure, refused or reset connection, a body cut off half way. */
export class VersoriConnectionError extends VersoriError {
  override name = "VersoriConnectionError";
  declare readonly request: RequestSummary;
  constructor(request: RequestSummary, cause: unknown) {
    super(`Could not complete ${request.method} ${request.url}: ${describe(cause)}`, { cause });
    Object.defineProperty(this, "request", { value: request, enumerable: false });
  }
  toJSON() {
    return { name: this.name, message: this.message, request: this.request };
  }
}

/** The attempt took longer than `timeoutMs` (connecting, waiting and reading the body). */
export class VersoriTimeoutError extends VersoriError {
  override name = "VersoriTimeoutError";
  readonly timeoutMs: number;
  declare readonly request: RequestSummary;
  constructor(request: RequestSummary, timeoutMs: number) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    Object.defineProperty(this, "request", { value: request, enumerable: false });
  }
  toJSON() {
    return { name: this.name, message: this.message, timeoutMs: this.timeoutMs, request: this.request };
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // undici hides the system error (ECONNREFUSED, ...) in cause.
  const inner = (cause as { cause?: unknown }).cause;
  const code = inner && typeof inner === "object" && "code" in inner ? ` (${String(inner.code)})` : "";
  return `${cause.message}${code}`;
}
