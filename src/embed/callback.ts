// Entry point of versori-client/embed/callback: completeOAuth2 alone, for the app's own OAuth 2.0
// callback page, which needs nothing else of the package (no transport, no session).
export { completeOAuth2, type CompleteOAuth2Options, type CompleteOAuth2Result } from "./oauth2-callback.js";
