// VersoriOperateError: what the operating functions (deploy, wait, promote, KV scopes) throw when
// the platform answered fine but the job did not succeed: an environment that ended in `error`,
// a wait that ran out of time, a file that cannot be sent as text, a KV store the runtime has
// not made yet. Failures of the calls themselves stay the client's VersoriApiError,
// VersoriConnectionError and VersoriTimeoutError; the caller's own AbortSignal rejects with its reason.
import { VersoriError, type RequestSummary } from "../errors.js";
import type { ProjectLog } from "../platform/types.js";

/**
 * Why the job did not succeed:
 * - `environment_failed`: the environment ended in `error` or `suspended`, or the version it was
 *   given failed to build (`state`, `logs`);
 * - `timeout`: the environment did not reach the state in `timeoutMs` (`state` is the last seen);
 * - `environment_not_found`: the project has no environment of that name;
 * - `file_not_text`: a file of the directory is not UTF-8 text (`file`), so the deploy cannot carry it;
 * - `store_not_found`: no KV store of that name (`store`); the runtime makes it on its first write;
 * - `kv_write_failed`: the platform refused a KV write (`key`, its reason in the message).
 */
export type OperateFailure = "environment_failed" | "timeout" | "environment_not_found" | "file_not_text" | "store_not_found" | "kv_write_failed";

export interface OperateErrorFields {
  /** The environment's name, where one is concerned. */
  environment?: string | undefined;
  /** The state the environment was last seen in (`error`, `suspended`, `draft`, ...). */
  state?: string | undefined;
  /** The environment's last log lines, oldest first, when the environment failed or timed out. */
  logs?: ProjectLog[] | undefined;
  /** `timeout`: how long was waited. */
  timeoutMs?: number | undefined;
  /** `file_not_text`: the file's path relative to the directory (forward slashes). */
  file?: string | undefined;
  /** `store_not_found`: the store's name (`PROJECT_<id>`, ...). */
  store?: string | undefined;
  /** `kv_write_failed`: the key's parts as sent. */
  key?: string[] | undefined;
}

export class VersoriOperateError extends VersoriError {
  protected static override readonly brand: string = "VersoriOperateError";
  declare readonly reason: OperateFailure;
  declare readonly environment: string | undefined;
  declare readonly state: string | undefined;
  declare readonly logs: ProjectLog[] | undefined;
  declare readonly timeoutMs: number | undefined;
  declare readonly file: string | undefined;
  declare readonly store: string | undefined;
  declare readonly key: string[] | undefined;

  /** @internal `request`: the operation the job was about (no credentials: headers are empty). */
  constructor(reason: OperateFailure, message: string, request: RequestSummary, fields: OperateErrorFields = {}) {
    super(message, request, undefined, { reason, ...fields });
  }
}

/** The request summary for an operation named by its method and path template. */
export const about = (method: string, url: string): RequestSummary => ({ method, url, headers: {} });
