// versori-client/platform: the Platform API with its operation descriptors under their own names
// (GetProject, DeployProject, ...), for the light entry `call(createPlatformCore(options), GetProject,
// args)`. They live in a subpath because several share an operationId with a legacy API (GetConnection,
// CreateEndUser, ...) whose descriptor the package root already exports under that name.
export * from "./client.js";
export type * from "./types.js";
export * from "../../generated/platform-v2.operations.js";
export { call } from "../core/api.js";
