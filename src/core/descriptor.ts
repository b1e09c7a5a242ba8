// The shape of one entry of a generated operation table (generated/*.operations.ts).

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: string;
  /** Literal text and camelCase path-parameter names, alternating, starting with text. */
  readonly path: readonly string[];
  /** Request media kinds the operation accepts, when it takes a body. */
  readonly body?: readonly ("json" | "multipart")[];
  /** The success answer has no body (204). */
  readonly empty?: boolean;
  /** For cursor-paged lists: the property of the page that holds the items. */
  readonly page?: string;
}
