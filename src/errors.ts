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
  /** The class's brand, shared by both builds (see BRANDS), and the `name` of its errors. */
  protected static readonly brand: string = "VersoriError";
  /** The request that failed, with credential headers redacted. */
  declare readonly request: RequestSummary;

  /** `own`: the subclass's fields, assigned after `name` in this order (the enumerable surface). */
  constructor(message: string, request: RequestSummary, cause?: unknown, own?: object) {
    super(message, cause === undefined ? undefined : { cause });
    const brands: string[] = [];
    for (let c = new.target as Function; c !== Error; c = Object.getPrototypeOf(c) as Function) {
      if (Object.hasOwn(c, "brand")) brands.push((c as typeof VersoriError).brand);
    }
    // The nearest brand: a caller's subclass without one of its own keeps its parent's name.
    this.name = brands[0] as string;
    // Off the enumerable surface (like `response`), so logs and inspect output stay small.
    Object.defineProperties(this, { request: { value: request }, [BRANDS]: { value: brands } });
    Object.assign(this, own);
  }

  /** `instanceof` that also recognises the errors of the package's other build (see BRANDS). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // super's: Function.prototype's ordinary instanceof, which Error inherits.
    if (super[Symbol.hasInstance](value)) return true;
    const brands = (value as { [BRANDS]?: unknown } | null | undefined)?.[BRANDS];
    return Object.hasOwn(this, "brand") && Array.isArray(brands) && brands.includes(this.brand);
  }

  /** Safe to log: name, message, the error's own fields and the redacted request. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message, request: this.request };
  }
}

/** `METHOD url`, the start of most messages. */
const called = (request: RequestSummary) => `${request.method} ${request.url}`;

/** The platform (or something in front of it) answered, and the answer is an error. */
export class VersoriApiError extends VersoriError {
  protected static override readonly brand: string = "VersoriApiError";
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** The platform's machine-readable code, or a client code such as `invalid_response`. */
  declare readonly code: string;
  /** Field-level validation problems, when the platform sent them. */
  declare readonly fields: { field: string; message: string }[];
  declare readonly details: string | undefined;
  /** The `X-Request-Id` of the answer, to quote when reporting a problem. */
  declare readonly requestId: string | undefined;
  /** The parsed error body, or the raw text when it was not JSON. */
  declare readonly body: unknown;
  /** The operation that failed (`GetConnector`, ...), when the call was a named method; see isApiError. */
  declare readonly operationId: string | undefined;
  declare readonly response: Response;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: { field: string; message: string }[] | undefined;
    details?: string | undefined;
    requestId?: string | undefined;
    body: unknown;
    operationId?: string | undefined;
    response: Response;
    request: RequestSummary;
    cause?: unknown;
  }) {
    // `message` is the platform's own message; status and code have their own fields, handed to
    // the base (not declared as class fields, which would cost a line each in every bundle) in
    // this order, so the enumerable surface reads status, code, fields, details, requestId, body.
    const { status, code, fields, details, requestId, body, operationId } = init;
    super(init.message, init.request, init.cause, { status, code, fields: fields ?? [], details, requestId, body, operationId });
    Object.defineProperty(this, "response", { value: init.response });
  }
}

/** No answer: DNS failure, refused or reset connection (a body that breaks off after an answer is a VersoriApiError). */
export class VersoriConnectionError extends VersoriError {
  protected static override readonly brand: string = "VersoriConnectionError";
  constructor(request: RequestSummary, cause: unknown) {
    // undici hides the system error (ECONNREFUSED, ...) in cause.cause.
    const code = (cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    super(`Could not complete ${called(request)}: ${cause instanceof Error ? cause.message : String(cause)}${code ? ` (${String(code)})` : ""}`, request, cause);
  }
}

/**
 * The answer is larger than `maxResponseBytes`. The call ends as soon as that is known (from
 * Content-Length, or while reading), without the rest of the body, and is not retried: the same
 * answer would come again.
 */
export class VersoriResponseTooLargeError extends VersoriError {
  protected static override readonly brand: string = "VersoriResponseTooLargeError";
  /** HTTP status of the answer. */
  declare readonly status: number;
  declare readonly maxResponseBytes: number;
  constructor(request: RequestSummary, status: number, maxResponseBytes: number) {
    super(`${called(request)}: the answer (${status}) is over maxResponseBytes, ${maxResponseBytes}`, request, undefined, { status, maxResponseBytes });
  }
}

/**
 * A paged list handed out a cursor it had already handed out in the same walk: following it
 * would repeat pages forever. The walk ends here, before another request. The message names
 * the operation, never the cursor.
 */
export class VersoriPaginationError extends VersoriError {
  protected static override readonly brand: string = "VersoriPaginationError";
  declare readonly operationId: string;
  constructor(op: { operationId: string; method: string; path: readonly string[] }) {
    const path = op.path.map((part, i) => (i % 2 ? `{${part}}` : part)).join("");
    super(
      `${op.operationId}: the server sent a page cursor it had already sent; stopped to avoid an endless loop`,
      { method: op.method, url: path, headers: {} },
      undefined,
      { operationId: op.operationId },
    );
  }
}

/** The attempt took longer than `timeoutMs` (connecting, waiting and reading the body). */
export class VersoriTimeoutError extends VersoriError {
  protected static override readonly brand: string = "VersoriTimeoutError";
  declare readonly timeoutMs: number;
  constructor(request: RequestSummary, timeoutMs: number) {
    super(`${called(request)} timed out after ${timeoutMs} ms`, request, undefined, { timeoutMs });
  }
}
