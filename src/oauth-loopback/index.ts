// Entry point of versori-client/oauth-loopback: the OAuth 2.0 login from a terminal (Node only: it
// listens on a loopback port with node:http). Browser bundles never load it: neither the main
// entry nor versori-client/embed imports it.
export {
  connectOAuth2Loopback,
  DEFAULT_LOOPBACK_PORT,
  DEFAULT_LOOPBACK_TIMEOUT_MS,
  LOOPBACK_CALLBACK_PATH,
  type LoopbackPlatform,
  type OAuth2LoopbackOptions,
} from "./loopback-flow.js";
export { VersoriOAuthError, type OAuthFailure } from "../embed/oauth2-error.js";
export type { OAuth2Code } from "../embed/oauth2-answer.js";
