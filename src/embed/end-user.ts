// Get-or-create of the session's end user: GetEndUser by external id, CreateEndUser when there is
// none, and GetEndUser again when the create loses a race (409: another tab or request created
// the user in between). One lookup at a time per session: callers share it, and its result.
import type { components } from "../../generated/platform-v2.js";
import { CreateEndUser, GetEndUser } from "../../generated/platform-v2.operations.js";
import { call } from "../core/api.js";
import { isStatus, type SessionCore } from "./platform-core.js";

type EndUser = components["schemas"]["EndUser"];

async function getOrCreate(core: SessionCore, externalId: string, displayName: string | undefined): Promise<EndUser> {
  try {
    return await call(core, GetEndUser, { userId: externalId });
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
  }
  try {
    return await call(core, CreateEndUser, { body: displayName === undefined ? { externalId } : { externalId, displayName } });
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
  }
  return call(core, GetEndUser, { userId: externalId });
}

/**
 * `endUser()` for a session: the first call looks the user up (creating them if needed); calls
 * while it runs share it; its result is kept for the session. A failure is not kept: the next
 * call tries again.
 */
export function endUserOnce(core: SessionCore, externalId: () => Promise<string>, displayName: string | undefined): () => Promise<EndUser> {
  let user: EndUser | undefined;
  let pending: Promise<EndUser> | undefined;
  return () => {
    if (user) return Promise.resolve(user);
    pending ??= externalId()
      .then((id) => getOrCreate(core, id, displayName))
      .then(
        (found) => {
          pending = undefined;
          return (user = found);
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
    return pending;
  };
}
