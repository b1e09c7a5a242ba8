// A fake platform and the real clients on it, as the package's users wire them.
import { createOrganisationsClient, createPlatformClient } from "../../src/index.js";
import { createFakePlatform, type FakeOptions } from "../../src/testing/index.js";

export function fakeClients(options: FakeOptions = {}) {
  const fake = createFakePlatform(options);
  const platform = createPlatformClient({ fetch: fake.fetch, token: fake.apiKey, organisationId: fake.organisationId, maxRetries: 0 });
  const organisations = createOrganisationsClient({ fetch: fake.fetch, token: fake.apiKey, maxRetries: 0 });
  return { fake, platform, organisations };
}

/** The rejection of a call, which must reject. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => {
      throw new Error("expected the call to be refused");
    },
    (error: unknown) => error,
  );
}

export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
