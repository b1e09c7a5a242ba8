// Entry point of versori-client/embed: the end-user side of embedded integrations, for a
// customer's own web page (and Node): a session on the Platform API with the end user's JWT
// (their integrations, activations, connections), the OAuth 2.0 popup login and completeOAuth2 for
// the app's own callback page (also its own entry, versori-client/embed/callback). Loaded only by
// those who import it; the main entry carries none of it.
export { createEndUserSession } from "./session.js";
export type {
  ActivateInput,
  ActivationRef,
  ConnectOAuth2Options,
  EndUserSession,
  EndUserSessionOptions,
  EndUserToken,
} from "./session.js";
export type { EndUserIntegration, IntegrationsOptions } from "./integrations.js";
export { VersoriOAuthError, type OAuthFailure } from "./oauth2-error.js";
export type { OAuth2Code } from "./oauth2-answer.js";
export { completeOAuth2, type CompleteOAuth2Options, type CompleteOAuth2Result } from "./oauth2-callback.js";
export type { OAuth2PopupWindow } from "./popup-window.js";
