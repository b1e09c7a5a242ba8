// Derives the typed surface of each operation from the openapi-typescript `operations`
// interface and the generated descriptor table: nothing here is written per endpoint.
import type { CallOptions } from "./options.js";
import type { BinaryLike } from "./multipart.js";

type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type CamelKeys<T> = { [K in keyof T as K extends string ? Camel<K> : never]: T[K] };
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The openapi-typescript operation an operation descriptor points at. */
export type OperationOf<Ops, D> = D extends { operationId: infer Id } ? (Id extends keyof Ops ? Ops[Id] : never) : never;

type PathParams<O> = O extends { parameters: { path: infer P } } ? ([P] extends [never] ? {} : CamelKeys<P>) : {};

export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type QueryArg<O> = [QueryOf<O>] extends [never] ? {} : {} extends QueryOf<O> ? { query?: QueryOf<O> | undefined } : { query: QueryOf<O> };

/** A multipart form given as an object: binary fields also take Blob/File, Buffer, Uint8Array. */
export type MultipartBody<F> = { [K in keyof F]: F[K] | BinaryLike };

type BodyContent<C> =
  | (C extends { "application/json": infer J } ? J : never)
  | (C extends { "multipart/form-data": infer M } ? MultipartBody<M> | FormData : never);

type BodyArg<O> = O extends { requestBody: { content: infer C } }
  ? { body: BodyContent<C> }
  : O extends { requestBody?: { content: infer C } }
    ? { body?: BodyContent<C> | undefined }
    : {};

type SuccessStatus = 200 | 201 | 202 | 203 | 204;
type ContentOf<R> = R extends { content: infer C } ? ([C] extends [never] ? void : C[keyof C]) : void;

/** What a call resolves with: the success body, or void for an answer without one. */
export type ResultOf<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus ? ContentOf<R[S]> : never }[keyof R]
  : never;

/** `organisationId` becomes optional when the client was created with one. */
type Bind<A, Bound extends boolean> = Bound extends true
  ? "organisationId" extends keyof A
    ? Omit<A, "organisationId"> & { organisationId?: string | undefined }
    : A
  : A;

export type ArgsOf<O, Bound extends boolean = false> = Simplify<
  Bind<PathParams<O>, Bound> & QueryArg<O> & BodyArg<O> & CallOptions
>;

/** A method of the client: a single argument object, optional when nothing in it is required. */
export type Method<O, Bound extends boolean = false> =
  {} extends ArgsOf<O, Bound>
    ? (args?: ArgsOf<O, Bound>) => Promise<ResultOf<O>>
    : (args: ArgsOf<O, Bound>) => Promise<ResultOf<O>>;

/** A page size, for the lists that take one in the query (`first`). */
type PageSizeArg<O> = [QueryOf<O>] extends [never] ? {} : "first" extends keyof QueryOf<O> ? { pageSize?: number | undefined } : {};

/**
 * Arguments of a paged list: no cursors in `query` (the iterator moves them), a page size where
 * the list takes one, and `after` to resume from a cursor saved from an earlier page (its `next`,
 * or `nextToken` / `pagination.nextCursor` for the lists that call it so).
 */
export type PageArgsOf<O, Bound extends boolean = false> = Simplify<
  Omit<ArgsOf<O, Bound>, "query"> & {
    query?: Omit<QueryOf<O>, "after" | "before" | "first" | "next_token"> | undefined;
    after?: string | undefined;
  } & PageSizeArg<O>
>;

export type PageItemOf<O, Key> = ResultOf<O> extends infer Page
  ? Key extends "[]"
    ? NonNullable<Page> extends readonly (infer Item)[]
      ? Item
      : never
    : Key extends keyof Page
    ? NonNullable<Page[Key]> extends readonly (infer Item)[]
      ? Item
      : never
    : never
  : never;
