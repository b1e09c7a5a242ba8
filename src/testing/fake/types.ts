// The types the fake's engine and its resource rules share.
import type { ContractOperation, FakeContract } from "./contract.js";
import type { OperationModel } from "./model.js";
import type { Json, Schemas } from "./schema.js";
import type { FakeState } from "./store.js";
import type { Validator } from "./validator.js";

/** Who a request acts as: the organisation's API key, or an end user through a signing-key JWT. */
export type Identity = { kind: "apiKey" } | { kind: "endUser"; subject: string; signingKeyId: string } | { kind: "anonymous" };

/** One API the fake serves, with what is derived from its contract. */
export interface ApiModel {
  name: "platform" | "organisations";
  contract: FakeContract;
  schemas: Schemas;
  validator: Validator;
  model: Map<string, OperationModel>;
  collections: Set<string>;
  /** A field items of a collection may also be found by (end users by `externalId`). */
  aliases: Record<string, string>;
}

export interface Call {
  api: ApiModel;
  op: ContractOperation;
  /** Path parameters by their name in the spec. */
  params: Record<string, string>;
  /** Query parameters the contract declares, read as their schemas' types. */
  query: Record<string, unknown>;
  body: unknown;
  identity: Identity;
  /** The most items a page of a paged list may hold (settings.maxPageSize when the call came; Infinity unless set). */
  pageLimit: number;
}

/** What a rule answers: a status and a body (JSON) for the engine to send. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What rules reach of the fake. */
export interface Context {
  state: FakeState;
  organisationId: string;
  newId(): string;
  now(): string;
  /** The concrete key of a collection template under the call's parameters (`platform:/o/<org>/projects`). */
  keyOf(call: Call, template: string, params?: Record<string, string>): string;
  /** The item `id` names in the collection `template` (at `key`), by key or alias; undefined when absent. */
  find(api: ApiModel, template: string, key: string, id: string): [string, Json] | undefined;
  /** What the contract alone would answer (create, read, list... or the example). */
  generic(call: Call): Promise<Reply> | Reply;
  /** The example answer of an operation, marked as such. */
  example(call: Call): Reply;
  options: FakeOptions;
  /** What the fake does that tests may change while it runs. */
  settings: FakeSettings;
  /** Runs later on the fake's clock (deploys that take time). */
  later(ms: number, run: () => void): void;
  /** Public keys of the organisation's signing keys by id, for the JWT identity. */
  keys: Map<string, { publicKey: string; privateKey?: string }>;
}

export type Rule = (call: Call, ctx: Context) => Promise<Reply> | Reply;

/** One resource's hand-written rules: what the contract cannot say. */
export interface Resource {
  api: ApiModel["name"];
  /** Collections kept in state beyond those the contract can create in. */
  collections?: string[];
  /** A field an item of a collection may also be found by. */
  aliases?: Record<string, string>;
  /** Rules by operationId, run instead of the generic handling. */
  rules: Record<string, Rule>;
  /**
   * What a new item of a collection has besides what the contract gives it (a project's
   * environments), by collection: its create rule and `seed` both lay these on.
   */
  defaults?: Record<string, (item: Json, ctx: Context) => Json>;
}

export interface FakeOptions {
  /** The organisation every API key of the fake acts for (a new ULID when absent). */
  organisationId?: string;
  /** The API key the fake accepts as `Authorization: Bearer <apiKey>` (made when absent). */
  apiKey?: string;
  /** Initial settings (latency, deploy delay and outcome); `fake.settings` changes them later. */
  settings?: Partial<FakeSettings>;
  /**
   * Signing keys the organisation has from the start (your app's own key pair, whose private key
   * the fake never sees): tokens signed with them act as end users, and ListSigningKeys lists them.
   */
  signingKeys?: { id: string; publicKey: string; name?: string }[];
  /** Environments created with a new project (default ["production"]). */
  environments?: string[];
}

/** What a test may change while the fake runs. */
export interface FakeSettings {
  /** Milliseconds every answer waits (default 0). */
  latencyMs: number;
  /** Milliseconds a deploy takes before the environment is running or failed (default 0: at once). */
  deployDelayMs: number;
  /** When set, deploys fail: the version ends "failed", the environment "error", with this message in an ERROR log line. */
  deployError: string | undefined;
  /** When set, no page of a paged list holds more items than this, whatever the caller asks (a positive integer). */
  maxPageSize: number | undefined;
}
