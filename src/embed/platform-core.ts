// The session's own Platform transport: the shared core with middleware support, bound to the
// organisation, sending the end user's JWT (`Authorization: JWT <token>`). It carries only the
// descriptors the session calls, not the Platform client's table of 114 operations, so the
// subpath stays small.
import type { platformV2Operations } from "../../generated/platform-v2.operations.js";
import type { operations } from "../../generated/platform-v2.js";
import { createCore, type ApiClientOptions, type Core } from "../core/api.js";
import { middlewareExchange } from "../core/middleware.js";
import { VersoriApiError } from "../errors.js";
import { PLATFORM_PRODUCTION_URL } from "../platform/client.js";

export type SessionCore = Core<operations, true, typeof platformV2Operations>;

export function createSessionCore(options: ApiClientOptions & { organisationId: string }): SessionCore {
  return createCore<operations, typeof options, typeof platformV2Operations>(options, PLATFORM_PRODUCTION_URL, middlewareExchange);
}

/** The origin of the API's base URL (a relative one is the page's own). */
export function originOf(baseUrl: string | undefined): string {
  const base = baseUrl ?? PLATFORM_PRODUCTION_URL;
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  return new URL(base, page).origin;
}

/** A VersoriApiError with this status. */
export const isStatus = (error: unknown, status: number): boolean => error instanceof VersoriApiError && error.status === status;
