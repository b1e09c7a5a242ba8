// The shape of one entry of a generated operation table (generated/*.operations.ts), and the
// helper that builds a whole table from its rows.

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: string;
  /** Literal text and camelCase path-parameter names, alternating, starting with text. */
  readonly path: readonly string[];
  /**
   * Only on operations that also take their body as multipart/form-data (file uploads): turns a
   * body into the form to send, or undefined to send it as JSON. The generated table puts
   * `asMultipart` here, so the converter reaches only the bundles of such operations.
   */
  readonly form?: (body: unknown) => FormData | undefined;
  /** The success answer has no body (204). */
  readonly empty?: boolean;
  /** For cursor-paged lists: the property of the page that holds the items; "[]": the page is the array. */
  readonly page?: string;
  /**
   * Where a page's cursor is sent ("query.<name>" or "body.<path>") and where the answer holds the
   * next one (a dotted path; `[-1]` is the page's last item), when not `after` and `next`.
   */
  readonly cursor?: readonly [string, string];
  /** Values a path parameter must not take: the path they make belongs to another operation. */
  readonly reserved?: Readonly<Record<string, readonly string[]>>;
  /** Query arrays sent comma-joined in one value (`explode: false`), not as repeated keys. */
  readonly joined?: readonly string[];
  /** The success body holds a secret (a private key): it never goes into an error. */
  readonly secret?: boolean;
}

type Row = readonly [operationId: string, method: string, path: string, extras?: object];

/**
 * An API's whole table, keyed by method name (operationId, first letter lowercased), from rows of
 * operationId, method, path parts joined with "|", and the other fields. Rows instead of the
 * named descriptors: a client's bundle carries each operation once and in fewer bytes (property
 * names written once, here; no variable per descriptor). The entries equal the named descriptors
 * (`D`, their types) but are other objects. The generated file marks the call pure.
 */
export const table = <D extends readonly OperationDescriptor[]>(...rows: readonly Row[]): { readonly [Op in D[number] as Uncapitalize<Op["operationId"]>]: Op } => {
  const out: Record<string, OperationDescriptor> = {};
  for (const [operationId, method, path, extras] of rows) {
    out[operationId[0]!.toLowerCase() + operationId.slice(1)] = { operationId, method, path: path.split("|"), ...extras };
  }
  return out as never;
};
