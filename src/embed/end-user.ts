// Get-or-create of the session's end user: GetEndUser by external id, CreateEndUser when there is
// none, and GetEndUser again when the create loses a race (409: another tab or request created
// the user in between). One lookup at a time per session: callers share it, and its result.
import type { components } from "../../generated/platform-v2.js";
import { CreateEndUser, GetEndUser } from "../../generated/platform-v2.operations.js";
import { whenAborted } from "../core/abort.js";
import { call } from "../core/api.js";
import { isStatus, type SessionCore } from "./platform-core.js";

type EndUser = components["schemas"]["EndUser"];

async function getOrCreate(core: SessionCore, externalId: string, displayName: string | undefined, signal: AbortSignal): Promise<EndUser> {
  try {
    return await call(core, GetEndUser, { userId: externalId, signal });
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
  try {
    return await call(core, CreateEndUser, { body: displayName === undefined ? { externalId } : { externalId, displayName }, signal });
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
  }
  return call(core, GetEndUser, { userId: externalId, signal });
}

/** A lookup in progress, and how many callers still wait for it. */
interface Lookup {
  promise: Promise<EndUser>;
  controller: AbortController;
  waiting: number;
}

/**
 * `endUser()` for a session: the first call looks the user up (creating them if needed); calls
 * while it runs share it; its result is kept for the session. A failure is not kept: the next
 * call tries again. A caller whose signal aborts stops waiting at once; the lookup's requests are
 * aborted when no caller waits any more (an aborted call sends nothing, and creates no one).
 */
export function endUserOnce(
  core: SessionCore,
  externalId: () => Promise<string>,
  displayName: string | undefined,
): (signal?: AbortSignal | undefined) => Promise<EndUser> {
  let user: EndUser | undefined;
  let current: Lookup | undefined;
  const start = (): Lookup => {
    const controller = new AbortController();
    const lookup: Lookup = { controller, waiting: 0, promise: undefined as never };
    const settled = () => {
      if (current === lookup) current = undefined;
    };
    lookup.promise = externalId()
      .then((id) => getOrCreate(core, id, displayName, controller.signal))
      .then(
        (found) => {
          settled();
          return (user = found);
        },
        (error: unknown) => {
          settled();
          throw error;
        },
      );
    return lookup;
  };
  return (signal) => {
    if (user) return Promise.resolve(user);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const lookup = (current ??= start());
    lookup.waiting++;
    if (!signal) return lookup.promise;
    return new Promise<EndUser>((resolve, reject) => {
      const stop = whenAborted(signal, () => {
        reject(signal.reason);
        if (--lookup.waiting) return;
        // Nobody waits any more: the next caller starts afresh, this lookup stops.
        if (current === lookup) current = undefined;
        lookup.controller.abort(signal.reason);
      });
      lookup.promise.finally(stop).then(resolve, reject);
    });
  };
}
