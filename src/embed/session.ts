// createEndUserSession: what a customer's page needs to let one of its end users see, connect
// and activate integrations, on the Platform API with the end user's own JWT. The session owns its
// transport (no global state), knows whom it acts for (the token's `sub` unless told), and keeps
// the end user once found or created.
import type { components } from "../../generated/platform-v2.js";
import {
  ActivateUser,
  DeleteActivation,
  InitialiseOAuth2Connection,
  ListConnections,
  SetDynamicVariables,
} from "../../generated/platform-v2.operations.js";
import { call, type ApiClientOptions } from "../core/api.js";
import { checkInteger, MAX_TIMEOUT_MS } from "../core/options.js";
import { paginate } from "../core/paginate.js";
import { endUserOnce } from "./end-user.js";
import { listIntegrations, type EndUserIntegration, type IntegrationsOptions } from "./integrations.js";
import { jwtSubject } from "./jwt-subject.js";
import { DEFAULT_CLOSED_POLL_MS, DEFAULT_OAUTH2_TIMEOUT_MS, runOAuth2Flow, type OAuth2Code } from "./oauth2-flow.js";
import { HINTS, VersoriOAuthError } from "./oauth2-error.js";
import { createSessionCore, originOf } from "./platform-core.js";
import { openPopup, type OAuth2PopupWindow } from "./popup-window.js";

type Schemas = components["schemas"];

/** The end user's JWT, or a function that gives the current one (from your backend, say). */
export type EndUserToken = string | (() => string | Promise<string>);

export interface EndUserSessionOptions extends Omit<ApiClientOptions, "organisationId" | "token" | "authScheme"> {
  /** The organisation whose integrations the end user sees. */
  organisationId: string;
  /**
   * The end user's JWT, signed by your server with one of the organisation's signing keys
   * (`signJwt` of `versori-client/jwt`), or a function returning the current one. A function is
   * called before every request (cache the token in it); without `externalId` it is also called
   * once, at the first call that needs the user's id, to read the `sub` of its token.
   */
  token: EndUserToken;
  /** The end user's id in your organisation. Default: the token's `sub`, read without verifying it. */
  externalId?: string | undefined;
  /** The environment `integrations()`, `activate()`, `deactivate()` and `setVariables()` use when not given one. */
  environmentId?: string | undefined;
  /** The name given to the end user when the session creates them. */
  displayName?: string | undefined;
  /** Where the platform's OAuth callback page lives. Default: the origin of `baseUrl` (https://platform.versori.com). */
  callbackOrigin?: string | undefined;
}

export type ActivateInput = Omit<Schemas["ActivationCreate"], "userId" | "environmentId"> & {
  /** The environment to activate the end user in (default: the session's `environmentId`). */
  environmentId?: string | undefined;
  signal?: AbortSignal | undefined;
};

export interface ActivationRef {
  /** The activation's environment (default: the session's `environmentId`). */
  environmentId?: string | undefined;
  activationId: string;
  signal?: AbortSignal | undefined;
}

export interface ConnectOAuth2Options {
  /** The system to connect to (a connection template's `id`). */
  systemId: string;
  /**
   * What InitialiseOAuth2Connection builds the authorisation URL from (credential, authorizeUrl,
   * clientId, scopes, ...). With `redirectUrl` (recommended), a page of this page's own origin
   * that calls completeOAuth2(): the provider sends the user back there, and the flow works
   * whatever Cross-Origin-Opener-Policy the provider or the app sends. Register it with the
   * provider as a redirect URL of your OAuth client.
   */
  body: Schemas["InitialiseOAuth2ConnectionRequest"];
  /**
   * A popup the caller opened itself, synchronously in its click handler
   * (`window.open("", "_blank", "popup")`), or null when that open was blocked. Left out,
   * connectOAuth2 opens one at once, which a blocker allows only when connectOAuth2 itself is
   * called synchronously from the click handler.
   */
  popup?: OAuth2PopupWindow | null | undefined;
  /** The origin of the platform's callback page (default: the session's `callbackOrigin`). */
  callbackOrigin?: string | undefined;
  /** How long the whole flow may take, the user's login included. Default 5 minutes. */
  timeoutMs?: number | undefined;
  /** How often the popup is checked for being closed, in ms. Default 250 (a close is noticed within three checks). */
  closedPollMs?: number | undefined;
  /**
   * With `redirectUrl`: called once when the popup was cut off from this page (COOP) or closed
   * where the browser cannot tell which. The flow goes on waiting for the callback until the
   * timeout or the signal: show "finish signing in, or cancel" and abort on cancel.
   */
  onPopupDetached?: (() => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface EndUserSession {
  readonly organisationId: string;
  /** The origin whose callback page answers the OAuth 2.0 popup. */
  readonly callbackOrigin: string;
  /** The end user's id in the organisation: `externalId`, or the token's `sub`. */
  externalId(): Promise<string>;
  /**
   * The end user, created when there is none yet. Looked up once per session; concurrent calls
   * share it. An aborted call stops waiting; the lookup stops when no call waits for it.
   */
  endUser(options?: { signal?: AbortSignal | undefined }): Promise<Schemas["EndUser"]>;
  /** Every environment of every project the end user can be activated in, with their activation and connection templates. */
  integrations(options?: IntegrationsOptions): Promise<EndUserIntegration[]>;
  /** The end user's connections, every page (optionally to one system only): reuse one with `existingConnectionId`. */
  connections(options?: { systemId?: string | undefined; signal?: AbortSignal | undefined }): Promise<Schemas["Connection"][]>;
  /** Activates the end user in an environment (creating the user first if needed). */
  activate(input: ActivateInput): Promise<Schemas["Activation"]>;
  /** Deletes one of the end user's activations. */
  deactivate(input: ActivationRef): Promise<void>;
  /** Sets variables of one activation (checked against the project's variables schema); resolves with all of them. */
  setVariables(input: ActivationRef & { variables: Schemas["DynamicVariables"] }): Promise<Schemas["DynamicVariables"]>;
  /** Runs an OAuth 2.0 login in a popup (browser only) and resolves with the code; rejects with VersoriOAuthError. */
  connectOAuth2(options: ConnectOAuth2Options): Promise<OAuth2Code>;
}

const optionalId = (value: unknown, name: string): string | undefined => (value === undefined ? undefined : requiredId(value, name));

function requiredId(value: unknown, name: string): string {
  if (typeof value !== "string" || value === "") throw new TypeError(`${name} must be a non-empty string`);
  return value;
}

function checkOrigin(value: string, name: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(value).origin;
  } catch {}
  if (origin !== value || !/^https?:/.test(value)) throw new TypeError(`${name} must be an http(s) origin such as https://platform.versori.com`);
  return value;
}

/** This page's origin; undefined outside a browser page. */
const pageOrigin = (): string | undefined => (globalThis as { location?: { origin?: string } }).location?.origin;

/**
 * The body's `redirectUrl`, which must be a page of this page's origin: completeOAuth2 there
 * reaches the flow over a same-origin channel. Undefined without one (the platform's callback page).
 */
function ownRedirect(body: unknown): string | undefined {
  const given = body !== null && typeof body === "object" ? (body as { redirectUrl?: unknown }).redirectUrl : undefined;
  if (given === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(given as string);
  } catch {}
  const here = pageOrigin();
  if (!url || !/^https?:$/.test(url.protocol) || (here !== undefined && url.origin !== here)) {
    throw new TypeError(`body.redirectUrl must be an absolute http(s) URL of this page's origin${here === undefined ? "" : ` (${here})`}, whose page calls completeOAuth2()`);
  }
  return given as string;
}

/**
 * True while the page handles a user's click or key press (called synchronously from its
 * handler): a null window then is not a popup blocker's doing. The event being dispatched is
 * asked, not `navigator.userActivation`, because the failed open itself consumes the activation.
 */
const hadGesture = (): boolean => {
  const event = (globalThis as { event?: { isTrusted?: boolean; type?: string } }).event;
  return event?.isTrusted === true && /^(click|dblclick|auxclick|contextmenu|key(down|up|press)|(mouse|pointer)(down|up)|touchend|submit)$/.test(event.type ?? "");
};

export function createEndUserSession(options: EndUserSessionOptions): EndUserSession {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const { organisationId, token, externalId, environmentId, displayName, callbackOrigin, ...clientOptions } = options;
  requiredId(organisationId, "organisationId");
  if (typeof token !== "string" && typeof token !== "function") throw new TypeError("token must be the end user's JWT or a function returning it");
  optionalId(externalId, "externalId");
  optionalId(environmentId, "environmentId");
  if (displayName !== undefined && typeof displayName !== "string") throw new TypeError("displayName must be a string");
  const core = createSessionCore({ ...clientOptions, organisationId, token, authScheme: "JWT" });
  const origin = checkOrigin(callbackOrigin ?? originOf(clientOptions.baseUrl), "callbackOrigin");

  // The id is settled now for a token string (a bad one is a TypeError here), and at first use
  // for a token function; a failure there is not kept.
  let subject: Promise<string> | undefined =
    externalId !== undefined ? Promise.resolve(externalId) : typeof token === "string" ? Promise.resolve(jwtSubject(token)) : undefined;
  const userId = (): Promise<string> =>
    (subject ??= Promise.resolve()
      .then(() => (token as () => string | Promise<string>)())
      .then(jwtSubject)
      .catch((error: unknown) => {
        subject = undefined;
        throw error;
      }));
  const environment = (given: string | undefined): string => {
    const id = optionalId(given, "environmentId") ?? environmentId;
    if (id === undefined) throw new TypeError("environmentId is required: pass it, or give the session one");
    return id;
  };
  const endUser = endUserOnce(core, userId, displayName);

  return {
    organisationId,
    callbackOrigin: origin,
    externalId: userId,
    endUser: (opts = {}) => endUser(opts.signal),
    async integrations(opts = {}) {
      const given = optionalId(opts.environmentId, "environmentId");
      const name = optionalId(opts.environmentName, "environmentName");
      // The session's environment applies when the call names none.
      const id = given ?? (name === undefined ? environmentId : undefined);
      // ListUserActivations names the user by external id: make sure the user exists first.
      const user = await endUser(opts.signal);
      return listIntegrations(core, user.externalId, { environmentId: id, environmentName: name, signal: opts.signal });
    },
    async connections({ systemId, signal } = {}) {
      const query = { end_user_id: await userId(), ...(systemId === undefined ? {} : { system_id: systemId }) };
      const all: Schemas["Connection"][] = [];
      for await (const connection of paginate(core.invoke, ListConnections, { query, signal })) all.push(connection as Schemas["Connection"]);
      return all;
    },
    async activate({ environmentId: given, signal, ...rest }) {
      const env = environment(given);
      const user = await endUser(signal);
      return call(core, ActivateUser, { body: { ...rest, userId: user.externalId, environmentId: env }, signal });
    },
    async deactivate({ environmentId: given, activationId, signal }) {
      return call(core, DeleteActivation, { environmentId: environment(given), activationId, signal });
    },
    async setVariables({ environmentId: given, activationId, variables, signal }) {
      return call(core, SetDynamicVariables, { environmentId: environment(given), activationId, body: variables, signal });
    },
    // Not async: the popup must open before anything is awaited, while the click is still being handled.
    connectOAuth2(opts) {
      const given = opts?.popup;
      try {
        if (opts === null || typeof opts !== "object") throw new TypeError("connectOAuth2 options must be an object");
        const { systemId, body, popup, signal } = opts;
        requiredId(systemId, "systemId");
        const timeoutMs = opts.timeoutMs ?? DEFAULT_OAUTH2_TIMEOUT_MS;
        const closedPollMs = opts.closedPollMs ?? DEFAULT_CLOSED_POLL_MS;
        checkInteger(timeoutMs, "timeoutMs", 1, MAX_TIMEOUT_MS);
        checkInteger(closedPollMs, "closedPollMs", 1, 60_000);
        const target = opts.callbackOrigin === undefined ? origin : checkOrigin(opts.callbackOrigin, "callbackOrigin");
        const redirectUrl = ownRedirect(body);
        if (opts.onPopupDetached !== undefined && typeof opts.onPopupDetached !== "function") throw new TypeError("onPopupDetached must be a function");
        if (signal?.aborted) throw new VersoriOAuthError("aborted", undefined, signal.reason);
        const opened = popup === undefined ? openPopup() : popup;
        if (!opened) throw new VersoriOAuthError("blocked", undefined, undefined, hadGesture() ? HINTS.blockedDespiteGesture : undefined);
        if (opened.closed) throw new VersoriOAuthError("closed");
        return runOAuth2Flow({
          popup: opened,
          callbackOrigin: target,
          redirectUrl,
          pageOrigin: redirectUrl === undefined ? undefined : pageOrigin(),
          onPopupDetached: opts.onPopupDetached,
          timeoutMs,
          closedPollMs,
          signal,
          start: (stop) => call(core, InitialiseOAuth2Connection, { systemId, body, signal: stop }).then((answer) => answer.url),
        });
      } catch (error) {
        // The caller's popup is closed on every outcome, these early ones included.
        try {
          if (given && !given.closed) given.close();
        } catch {}
        return Promise.reject(error);
      }
    },
  };
}
