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
  /** Query arrays sent comma-joined in one value (`explode: false`), not as repeated keys. */
  readonly joined?: readonly string[];
  /** The success body holds a secret (a private key): it never goes into an error. */
  readonly secret?: boolean;
}
