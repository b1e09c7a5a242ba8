// Entry point of versori-client/operate (Node only: deployDirectory reads the disk): the jobs a team
// does with the Platform API in a few calls each, over a Platform client bound to an organisation:
// deploy a directory, wait for the environment, follow its logs, promote, read and write the
// workflows' own KV data, an end user's webhook URL. The `versori-client` command runs on these.
export { collectFiles } from "./collect-files.js";
export type { CollectedFiles, CollectOptions, SkippedEntry } from "./collect-files.js";
export { defaultVersionName, deployFiles } from "./deploy.js";
export type { DeployFilesOptions, Deployment } from "./deploy.js";
export { deployDirectory } from "./deploy-directory.js";
export type { DeployDirectoryOptions, DeployDirectoryResult } from "./deploy-directory.js";
export { FAILED_STATES, waitForEnvironment } from "./wait-for-environment.js";
export type { WaitForEnvironmentOptions, WaitProgress } from "./wait-for-environment.js";
export { followLogs } from "./follow-logs.js";
export type { FollowLogsOptions } from "./follow-logs.js";
export { promote } from "./promote.js";
export type { PromoteOptions, Promotion } from "./promote.js";
export { kvAddress, sha256Hex, SCOPES } from "./kv-address.js";
export type { KVAddress, KVScopeName, KVScopeOptions } from "./kv-address.js";
export { decodeValue, encodeValue, kvScope } from "./kv-scope.js";
export type { KVEntryOf, KVScope, ScopeKey, SetOptions } from "./kv-scope.js";
export { endUserWebhookUrl, webhookUrlOf } from "./webhook-url.js";
export type { EndUserWebhookOptions } from "./webhook-url.js";
export { VersoriOperateError } from "./operate-error.js";
export type { OperateErrorFields, OperateFailure } from "./operate-error.js";
export type { PlatformUse } from "./platform.js";
