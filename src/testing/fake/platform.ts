// createFakePlatform: the Platform and Organisations APIs in memory, behind a `fetch` for any
// client of this package. Browser-safe: nothing here loads a Node built-in (startFakePlatform,
// the HTTP server, lives in ../fake-server.ts).
import { organisationsV1Contract } from "../../../generated/organisations-v1.contract.js";
import { platformV2Contract } from "../../../generated/platform-v2.contract.js";
import { actionsTriggers } from "./actions-triggers.js";
import { activations } from "./activations.js";
import { automations } from "./automations.js";
import { billing } from "./billing.js";
import { clones } from "./clones.js";
import { connections } from "./connections.js";
import { appendLog, deploys } from "./deploy.js";
import { endUsers } from "./end-users.js";
import { apiOf, engine, exampleReply, type CallRecord, type Fault } from "./engine.js";
import { files } from "./files.js";
import { generic } from "./generic.js";
import { ulids } from "./ids.js";
import { invitations } from "./invitations.js";
import { issues } from "./issues.js";
import { kv } from "./kv.js";
import { members } from "./members.js";
import { organisationRules } from "./organisations.js";
import { oauth2 } from "./oauth2.js";
import { projects } from "./projects.js";
import { serviceAccounts } from "./service-accounts.js";
import { schedulers } from "./schedulers.js";
import type { Json } from "./schema.js";
import { signJwt } from "../../jwt/index.js";
import { signingKeys, testKeyPair } from "./signing-keys.js";
import { checkSeedPath, seedItem } from "./seed.js";
import { systems } from "./systems.js";
import { variables } from "./variables.js";
import { FakeState } from "./store.js";
import type { Context, FakeOptions, FakeSettings, Resource } from "./types.js";

export type { CallRecord, Fault } from "./engine.js";
export type { FakeOptions, FakeSettings, Identity } from "./types.js";
export { FakeState } from "./store.js";

/** Every resource's hand-written rules. */
export const RESOURCES: readonly Resource[] = [projects, clones, deploys, endUsers, connections, oauth2, activations, variables, automations, kv, signingKeys, schedulers, systems, actionsTriggers, serviceAccounts, members, invitations, organisationRules, billing, issues, files];

export interface FakePlatform {
  /** A fetch that answers as the platform: hand it to a client (`createPlatformClient({ fetch: fake.fetch, ... })`). */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** The organisation the fake's API key acts for. */
  readonly organisationId: string;
  /** The API key the fake accepts (`token` of a client). */
  readonly apiKey: string;
  /** Every resource the fake holds, by collection. */
  readonly state: FakeState;
  /** Latency and deploy behaviour, changeable while the fake runs. */
  readonly settings: FakeSettings;
  /** Every call answered, in order. */
  readonly calls: CallRecord[];
  /** How many calls of an operation (its operationId: `ListProjects`) were answered; an unknown operationId is a TypeError. */
  count(operationId: string): number;
  /**
   * Puts resources into a collection, by its path below the API's base path (`/o/<org>/users`),
   * completed as a create would complete them: an `id` (a new ULID), timestamps, the ids of the
   * path, what the contract requires from its example, a project's environments. What an item
   * gives wins. Returns them as stored. A path without its leading "/", or one naming another
   * organisation than the fake's, is a TypeError: no call would find those items.
   */
  seed(collection: string, items: readonly object[], api?: "platform" | "organisations"): Json[];
  /**
   * Runs `run` once, as the next call of an operation arrives (after `settings.latencyMs`, before a
   * fault or the answer); the call is answered on what `run` left (a race: another tab creates the
   * end user between your lookup and your create). A `run` that throws makes that call's fetch reject.
   */
  before(operationId: string, run: () => unknown): void;
  /**
   * A JWT acting as the end user `subject` (their external id), signed with a signing key the fake
   * makes on first use (named "fake", listed by ListSigningKeys): for code that takes an end user's token.
   */
  endUserToken(subject: string, options?: { expiresIn?: number }): Promise<string>;
  /** Makes the next `times` calls of an operation fail with `status` (the contract's error body, Retry-After when given). */
  fail(operationId: string, fault?: Fault): void;
  /** Writes a line in the logs of a project's environment (its first unless named), as the running integration would. */
  log(projectId: string, line: { message: string; severity?: string; environment?: string; fields?: Record<string, unknown> }): void;
  /** Back to the start: no resources, calls, faults or pending deploys; the organisation and API key stay. */
  reset(): void;
}

export function createFakePlatform(options: FakeOptions = {}): FakePlatform {
  const newId = ulids();
  const organisationId = options.organisationId ?? newId();
  const apiKey = options.apiKey ?? `fake-${newId().toLowerCase()}`;
  const state = new FakeState();
  const settings: FakeSettings = { latencyMs: 0, deployDelayMs: 0, deployError: undefined, maxPageSize: undefined, ...options.settings };
  const calls: CallRecord[] = [];
  const faults = new Map<string, Fault[]>();
  const before = new Map<string, (() => unknown)[]>();
  let ownKey: Promise<{ id: string; privateKey: string }> | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const apis = [apiOf("platform", platformV2Contract, RESOURCES), apiOf("organisations", organisationsV1Contract, RESOURCES)];
  const ctx: Context = {
    state,
    organisationId,
    options,
    settings,
    keys: new Map(),
    newId,
    now: () => new Date().toISOString(),
    keyOf: (call, template, params = call.params) => `${call.api.name}:${template.replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? "")}`,
    find(api, template, key, id) {
      const collection = state.collections.get(key);
      const item = collection?.get(id);
      if (item) return [id, item];
      const alias = api.aliases[template];
      return alias ? [...(collection ?? [])].find(([, value]) => value[alias] === id) : undefined;
    },
    generic: (call) => generic(call, ctx),
    example: exampleReply,
    later(ms, run) {
      if (ms <= 0) return run();
      const timer = setTimeout(() => (timers.delete(timer), run()), ms);
      timers.add(timer);
    },
  };
  // The organisation, from the contract's example of one, and the signing keys it starts with.
  const seedOrganisation = () => {
    const org = apis[1]!.model.contract.operations.find((op) => op.operationId === "GetOrganisation")!.answer!.example as Json;
    state.collection("organisations:/organisations").set(organisationId, { ...structuredClone(org), id: organisationId });
    for (const { id, publicKey, name = "seeded" } of options.signingKeys ?? []) addKey(id, publicKey, name);
  };
  const addKey = (id: string, publicKey: string, name: string) => {
    state.collection(`organisations:/organisations/${organisationId}/keys`).set(id, { id, name, publicKey, createdAt: ctx.now() });
    ctx.keys.set(id, { publicKey });
  };
  seedOrganisation();
  // fail, before and count take an operationId; a client's method name (listProjects) or a typo would never match a call.
  const operationIds = new Set(apis.flatMap((a) => a.model.contract.operations.map((op) => op.operationId)));
  const known = (operationId: string) => {
    if (operationIds.has(operationId)) return operationId;
    const like = [...operationIds].find((id) => id.toLowerCase() === operationId.toLowerCase());
    throw new TypeError(`no operation ${operationId} in the Platform or Organisations API${like ? `: the operationId of that call is ${like}` : ""}`);
  };
  const handler = engine(apis, ctx, { apiKeys: new Set([apiKey]), faults, before, calls, latencyMs: () => settings.latencyMs });
  return {
    fetch: (input, init) => handler.handle(new Request(input, init)),
    organisationId,
    apiKey,
    state,
    settings,
    calls,
    count: (operationId) => (known(operationId), calls.filter((c) => c.operationId === operationId).length),
    seed(collection, items, api = "platform") {
      checkSeedPath(collection, organisationId);
      const into = state.collection(`${api}:${collection}`);
      const model = apis.find((a) => a.model.name === api)!.model;
      return items.map((item) => {
        const stored = seedItem(model, RESOURCES, ctx, collection, item as Json);
        into.set(String(stored.id), stored);
        return stored;
      });
    },
    log: (projectId, line) => appendLog(ctx, projectId, line),
    before(operationId, run) {
      known(operationId);
      before.set(operationId, [...(before.get(operationId) ?? []), run]);
    },
    async endUserToken(subject, { expiresIn } = {}) {
      ownKey ??= testKeyPair().then(({ publicKey, privateKey }) => {
        const id = newId();
        addKey(id, publicKey, "fake");
        return { id, privateKey };
      });
      const { id, privateKey } = await ownKey;
      return signJwt({ privateKey, signingKeyId: id, subject, expiresIn });
    },
    fail(operationId, fault = {}) {
      known(operationId);
      faults.set(operationId, [...(faults.get(operationId) ?? []), { times: 1, ...fault }]);
    },
    reset() {
      state.clear();
      calls.length = 0;
      faults.clear();
      before.clear();
      ownKey = undefined;
      ctx.keys.clear();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      seedOrganisation();
    },
  };
}
