// connectOAuth2Loopback: the OAuth 2.0 login from a terminal (Node), as the platform's CLI does it.
// A one-request HTTP server on 127.0.0.1 (port 62168 by default: some providers accept only a
// redirect URL with a fixed port) receives the provider's answer at /oauth/callback; that URL is
// sent as InitialiseOAuth2Connection's `redirectUrl`, the authorisation URL goes to the user (to
// open in a browser), and the answer is read as the browser flows read theirs (readAnswer: the
// state is checked, which the CLI does not). The browser gets a small page saying it may close.
// Every outcome closes the server and its sockets before the promise settles, so the port is free
// again; a port already taken is its own reason (`port_in_use`), named in the message.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { components } from "../../generated/platform-v2.js";
import { checkInteger, MAX_TIMEOUT_MS } from "../core/options.js";
import { readAnswer, stateOf, type OAuth2Code } from "../embed/oauth2-answer.js";
import { VersoriOAuthError } from "../embed/oauth2-error.js";

/** The CLI's port: register `http://127.0.0.1:62168/oauth/callback` with the provider. */
export const DEFAULT_LOOPBACK_PORT = 62168;
export const DEFAULT_LOOPBACK_TIMEOUT_MS = 15 * 60_000;
export const LOOPBACK_CALLBACK_PATH = "/oauth/callback";

type InitialiseRequest = components["schemas"]["InitialiseOAuth2ConnectionRequest"];

/** What connectOAuth2Loopback uses of a Platform client (`createPlatformClient(...)` gives one). */
export interface LoopbackPlatform {
  initialiseOAuth2Connection(args: {
    organisationId?: string;
    systemId: string;
    body: InitialiseRequest;
    signal?: AbortSignal | undefined;
  }): Promise<{ url: string }>;
}

export interface OAuth2LoopbackOptions {
  /** The system to connect to (a connection template's `id`). */
  systemId: string;
  /** InitialiseOAuth2Connection's body; its `redirectUrl` is the loopback server's. */
  body: Omit<InitialiseRequest, "redirectUrl">;
  /** The organisation, when the client has none bound. */
  organisationId?: string | undefined;
  /** The port on 127.0.0.1. Default 62168 (the CLI's); 0 for any free port. */
  port?: number | undefined;
  /** Gets the provider's authorisation URL to open. Default: prints it to stderr. */
  onAuthorizeUrl?: ((url: string) => void | Promise<void>) | undefined;
  /** How long the whole flow may take, the user's login included. Default 15 minutes. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

const page = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><p>${text}</p><p>You can close this window and go back to your terminal.</p>`;

const printUrl = (url: string) => {
  process.stderr.write(`Open this address in your browser to authorise the connection:\n\n  ${url}\n\n`);
};

/**
 * Runs an OAuth 2.0 login through a loopback redirect URL and resolves with the `oauth2Code` data
 * (with `redirectUrl`), ready for CreateConnection or ActivateUser; rejects with VersoriOAuthError.
 */
export function connectOAuth2Loopback(platform: LoopbackPlatform, options: OAuth2LoopbackOptions): Promise<OAuth2Code> {
  if (options === null || typeof options !== "object") return Promise.reject(new TypeError("options must be an object"));
  const { systemId, body, organisationId, signal } = options;
  const port = options.port ?? DEFAULT_LOOPBACK_PORT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS;
  try {
    if (typeof systemId !== "string" || systemId === "") throw new TypeError("systemId must be a non-empty string");
    checkInteger(port, "port", 0, 65535);
    checkInteger(timeoutMs, "timeoutMs", 1, MAX_TIMEOUT_MS);
    if (options.onAuthorizeUrl !== undefined && typeof options.onAuthorizeUrl !== "function") throw new TypeError("onAuthorizeUrl must be a function");
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(new VersoriOAuthError("aborted", undefined, signal.reason));

  return new Promise<OAuth2Code>((resolve, reject) => {
    const api = new AbortController();
    const server = createServer();
    let settled = false;
    let state: string | undefined;
    let redirectUrl = "";
    const settle = (failed: boolean, outcome: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      signal?.removeEventListener("abort", onAbort);
      api.abort(outcome);
      // The port is free again before the caller hears the outcome.
      server.close(() => (failed ? reject(outcome) : resolve(outcome as OAuth2Code)));
      server.closeAllConnections();
    };
    const onAbort = () => settle(true, new VersoriOAuthError("aborted", undefined, signal?.reason));
    signal?.addEventListener("abort", onAbort);
    const deadline = setTimeout(() => settle(true, new VersoriOAuthError("timeout")), timeoutMs);

    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      // Only the callback settles the flow (a browser also asks for /favicon.ico, say), and only
      // once the flow knows its state.
      if (url.pathname !== LOOPBACK_CALLBACK_PATH || req.method !== "GET" || state === undefined || settled) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8", connection: "close" }).end("Not found");
        return;
      }
      const answer = readAnswer(url.search, state, redirectUrl);
      const failed = answer instanceof VersoriOAuthError;
      res.writeHead(failed ? 400 : 200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", connection: "close" });
      res.end(failed ? page("Not connected", `The authorisation did not finish (${answer.reason}).`) : page("Connected", "The account is connected."), () =>
        settle(failed, answer),
      );
    });
    server.once("error", (error: NodeJS.ErrnoException) => {
      const taken = error.code === "EADDRINUSE";
      const detail = `the loopback port ${port} on 127.0.0.1 is in use by another program: end it, or pass another \`port\` (0 for any free one) that the provider accepts in its redirect URL`;
      settle(true, taken ? new VersoriOAuthError("port_in_use", undefined, error, detail) : error);
    });
    server.listen(port, "127.0.0.1", () => {
      redirectUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${LOOPBACK_CALLBACK_PATH}`;
      Promise.resolve()
        .then(() =>
          platform.initialiseOAuth2Connection({
            ...(organisationId === undefined ? {} : { organisationId }),
            systemId,
            body: { ...body, redirectUrl },
            signal: api.signal,
          }),
        )
        .then(async (answer) => {
          if (settled) return;
          state = stateOf(answer?.url);
          if (state === undefined) return settle(true, new VersoriOAuthError("invalid_response"));
          await (options.onAuthorizeUrl ?? printUrl)(answer.url);
        })
        .catch((error: unknown) => settle(true, error));
    });
  });
}
