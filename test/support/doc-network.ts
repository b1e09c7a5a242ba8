// The network a docs snippet runs on (test/docs/snippets-run.test.ts), handed to the clients it
// makes instead of put into globalThis.fetch: the runner points the snippet's imports of an entry
// at a shim module (shimOf) that re-exports the entry with each function that takes a `fetch`
// option wrapped, so that a client made without one gets the current snippet's network.
import type { FetchFunction } from "versori-client";
import type * as Root from "versori-client";
import type * as Embed from "versori-client/embed";
import type * as Platform from "versori-client/platform";

/** The names of a module's exported functions whose options take `fetch`. */
type TakesFetch<M> = {
  [K in keyof M]: M[K] extends (options: infer O, ...rest: never[]) => unknown ? ("fetch" extends keyof NonNullable<O> ? K : never) : never;
}[keyof M];

/** Lists every name of TakesFetch<M>, no more: a new factory that takes `fetch` fails typecheck until it is here. */
const every =
  <M>() =>
  <const L extends readonly TakesFetch<M>[]>(names: L & ([Exclude<TakesFetch<M>, L[number]>] extends [never] ? unknown : never)) =>
    names;

/** Per entry, its functions that take a `fetch` option (the other entries have none). */
export const takesFetch: Record<string, readonly string[]> = {
  "versori-client": every<typeof Root>()([
    "createPlatformClient",
    "createPlatformCore",
    "createPlatformFetchClient",
    "createConnectClient",
    "createConnectCore",
    "createConnectFetchClient",
    "createEmbeddedClient",
    "createEmbeddedCore",
    "createEmbeddedFetchClient",
    "createOrganisationsClient",
    "createOrganisationsCore",
    "createOrganisationsFetchClient",
  ]),
  "versori-client/platform": every<typeof Platform>()(["createPlatformClient", "createPlatformCore", "createPlatformFetchClient"]),
  "versori-client/embed": every<typeof Embed>()(["createEndUserSession"]),
};

let current: FetchFunction | undefined;

/**
 * Sets the network of the snippet about to run (undefined after it). With none set (the tests of a
 * snippet that is a vitest file, which make their own world, MSW's included), the factories are as is.
 */
export function useNetwork(network: FetchFunction | undefined): void {
  current = network;
}

type Options = { fetch?: FetchFunction | undefined } | undefined;

/** The factory, giving the current network to a call whose options have no `fetch`; one that has its own keeps it. */
export function withNetwork<F extends (options?: never, ...rest: never[]) => unknown>(factory: F): F {
  const make = factory as unknown as (options: Options, ...rest: unknown[]) => unknown;
  const wrapped = (options: Options, ...rest: unknown[]) => {
    if (options?.fetch !== undefined || !current) return make(options, ...rest);
    return make({ ...options, fetch: current }, ...rest);
  };
  return wrapped as unknown as F;
}

/** The text of the shim module of an entry whose source is `source`. */
export function shimOf(entry: string, source: string): string {
  const lines = [`export * from ${JSON.stringify(source)};`, `import * as entry from ${JSON.stringify(source)};`, `import { withNetwork } from ${JSON.stringify(import.meta.filename)};`];
  for (const name of takesFetch[entry] ?? []) lines.push(`export const ${name} = withNetwork(entry.${name});`);
  return `${lines.join("\n")}\n`;
}
