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

/** What an error keeps of the request that failed. Credential headers are always redacted. */
export interface RequestSummary {
  method: string;
  url: string;
  headers: Record<string, string>;
}

// A program that loads both builds (ES module and CommonJS) holds two copies of these classes,
// and an error of one copy fails the other copy's ordinary `instanceof`. So every error carries,
// under a key of the global symbol registry, the brands of its class chain (fixed strings, not
// class names, which minifiers rename), and each class's `instanceof` also accepts an error
// whose brands include its own.
const BRANDS = Symbol.for("versori-client.brands");

export class VersoriError extends Error {
  /** The class's brand, shared by both builds (see BRANDS). */
  protected static readonly brand: string = "VersoriError";
  override name = "VersoriError";
  /** The request that failed, with credential headers redacted. */
  declare readonly request: RequestSummary;

  constructor(message: string, request: RequestSummary, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    // Off the enumerable surface (like `response`), so logs and inspect output stay small.
    Object.defineProperty(this, "request", { value: request });
    const brands: string[] = [];
    for (let c = new.target as Function; c !== Error; c = Object.getPrototypeOf(c) as Function) {
      if (Object.hasOwn(c, "brand")) brands.push((c as typeof VersoriError).brand);
    }
    Object.defineProperty(this, BRANDS, { value: brands });
  }

  /** `instanceof` that also recognises the errors of the package's other build (see BRANDS). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const brands = (value as { [BRANDS]?: unknown } | null | undefined)?.[BRANDS];
    return Object.hasOwn(this, "brand") && Array.isArray(brands) && brands.includes(this.brand);
  }

  /** Safe to log: name, message, the error's own fields and the redacted request. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message, request: this.request };
  }
}

/** The platform (or something in front of it) answered, and the answer is an error. */
export class VersoriApiError extends VersoriError {
  protected static override readonly brand: string = "VersoriApiError";
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
    super(init.message, init.request, init.cause);
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.details = init.details;
    this.requestId = init.requestId;
    this.body = init.body;
    Object.defineProperty(this, "response", { value: init.response });
  }
}

/** No answer: DNS failure, refused or reset connection, a body cut off half way. */
export class VersoriConnectionError extends VersoriError {
  protected static override readonly brand: string = "VersoriConnectionError";
  override name = "VersoriConnectionError";
  constructor(request: RequestSummary, cause: unknown) {
    // undici hides the system error (ECONNREFUSED, ...) in cause.cause.
    const inner = (cause as { cause?: { code?: unknown } } | undefined)?.cause;
    const why = `${cause instanceof Error ? cause.message : String(cause)}${inner?.code ? ` (${String(inner.code)})` : ""}`;
    super(`Could not complete ${request.method} ${request.url}: ${why}`, request, cause);
  }
}

/**
 * The answer is larger than `maxResponseBytes`. The call ends as soon as that is known (from
 * Content-Length, or while reading), without the rest of the body, and is not retried: the same
 * answer would come again.
 */
export class VersoriResponseTooLargeError extends VersoriError {
  protected static override readonly brand: string = "VersoriResponseTooLargeError";
  override name = "VersoriResponseTooLargeError";
  /** HTTP status of the answer. */
  readonly status: number;
  readonly maxResponseBytes: number;
  constructor(request: RequestSummary, status: number, maxResponseBytes: number) {
    super(`${request.method} ${request.url}: the answer (${status}) is over maxResponseBytes, ${maxResponseBytes}`, request);
    this.status = status;
    this.maxResponseBytes = maxResponseBytes;
  }
}

/**
 * A paged list handed out a cursor it had already handed out in the same walk: following it
 * would repeat pages forever. The walk ends here, before another request. The message names
 * the operation, never the cursor.
 */
export class VersoriPaginationError extends VersoriError {
  protected static override readonly brand: string = "VersoriPaginationError";
  override name = "VersoriPaginationError";
  readonly operationId: string;
  constructor(op: { operationId: string; method: string; path: readonly string[] }) {
    const path = op.path.map((part, i) => (i % 2 ? `{${part}}` : part)).join("");
    super(
      `${op.operationId}: the server sent a page cursor it had already sent in this iteration; stopped to avoid an endless loop`,
      { method: op.method, url: path, headers: {} },
    );
    this.operationId = op.operationId;
  }
}

/** The attempt took longer than `timeoutMs` (connecting, waiting and reading the body). */
export class VersoriTimeoutError extends VersoriError {
  protected static override readonly brand: string = "VersoriTimeoutError";
  override name = "VersoriTimeoutError";
  readonly timeoutMs: number;
  constructor(request: RequestSummary, timeoutMs: number) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`, request);
    this.timeoutMs = timeoutMs;
  }
}

