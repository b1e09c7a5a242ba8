// The shape of one entry of a generated operation table (generated/*.operations.ts), and the two
// helpers those tables are written with. An entry is a call, `operation("GetConnector", "GET",
// "/o/|organisationId|/connectors/|connectorId")`, not an object literal, and the whole table a
// list of the same arguments, not an object of the named descriptors: every operation a bundle
// carries costs fewer bytes so (property names, method names and a variable per descriptor are
// not repeated). Each call is marked pure in the generated file, so a bundle that uses a few
// descriptors keeps only those, and one that uses the client only the table. The table's
// entries equal the named descriptors but are not the same objects.

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

/** `/o/|organisationId|/x` as ["/o/", "organisationId", "/x"]: the type of the `path` built below. */
type PathParts<P extends string> = P extends `${infer Head}|${infer Rest}` ? [Head, ...PathParts<Rest>] : [P];

type Flat<T> = { readonly [K in keyof T]: T[K] };

/** One operation: `path` is its parts (literal text, parameter name, ...) joined with "|". */
export const operation = <const Id extends string, const M extends string, const P extends string, const X extends object = {}>(
  operationId: Id,
  method: M,
  path: P,
  extras?: X,
): Flat<{ operationId: Id; method: M; path: readonly [...PathParts<P>] } & X> => {
  return { operationId, method, path: path.split("|"), ...extras } as never;
};

type Row = readonly [operationId: string, method: string, path: string, extras?: object];

/**
 * An API's whole table, keyed by method name (operationId, first letter lowercased): one
 * `operation(...)` per row. `D` lists the types of the named descriptors the rows repeat.
 */
export const table = <D extends readonly OperationDescriptor[]>(...rows: readonly Row[]): { readonly [Op in D[number] as Uncapitalize<Op["operationId"]>]: Op } => {
  const out: Record<string, OperationDescriptor> = {};
  for (const [id, method, path, extras] of rows) out[id[0]!.toLowerCase() + id.slice(1)] = operation(id, method, path, extras);
  return out as never;
};
