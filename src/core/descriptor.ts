// The shape of one entry of a generated operation table (generated/*.operations.ts).

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: string;
  /** Literal text and camelCase path-parameter names, alternating, starting with text. */
  readonly path: readonly string[];
  /** The operation also accepts its body as multipart/form-data (a file upload). */
  readonly multipart?: boolean;
  /** The success answer has no body (204). */
  readonly empty?: boolean;
  /** For cursor-paged lists: the property of the page that holds the items. */
  readonly page?: string;
  /**
   * Where a page's cursor is sent ("query.<name>" or "body.<path>") and where the answer holds the
   * next one (a dotted path), when not `after` and `next`.
   */
  readonly cursor?: readonly [string, string];
  /** Values a path parameter must not take: the path they make belongs to another operation. */
  readonly reserved?: Readonly<Record<string, readonly string[]>>;
  /** Query arrays sent comma-joined in one value (`explode: false`), not as repeated keys. */
  readonly joined?: readonly string[];
  /** The success body holds a secret (a private key): it never goes into an error. */
  readonly secret?: boolean;
}
