// A small stateful Platform API for the end-user session's tests, behind an injected fetch: end
// users (created once, found after), projects with environments, each environment's connection
// templates and activations, an end user's connections in pages, and the OAuth 2.0 initialise.
// Every request is recorded under its operationId, so tests can count what the session sends.
import type { components } from "../../generated/platform-v2.js";
import { jsonResponse, ORG } from "./fake-fetch.js";

type Schemas = components["schemas"];
const T = "2025-03-04T09:15:00Z";

export interface Seen {
  operationId: string;
  method: string;
  url: URL;
  body: unknown;
  authorization: string | null;
  /** The signal fetch was handed (the transport's own, which follows the caller's). */
  signal: AbortSignal | undefined;
}

/** A project with environments named `names`, ids derived from the project's index. */
export function project(index: number, names: readonly string[] = ["production"]): Schemas["ProjectSummary"] {
  const id = `PROJECT${String(index).padStart(19, "0")}`;
  return {
    id,
    name: `Integration ${index}`,
    starred: false,
    createdAt: T,
    updatedAt: T,
    environments: names.map((name) => ({
      id: `${id}-${name}`,
      name,
      status: "running",
      createdAt: T,
      updatedAt: T,
      publicUrl: `https://p${index}-${name}.versori.run`,
      config: {},
    })),
  };
}

export class FakePlatform {
  readonly requests: Seen[] = [];
  readonly users = new Map<string, Schemas["EndUser"]>();
  projects: Schemas["ProjectSummary"][] = [];
  /** Activations by environment id. */
  readonly activations = new Map<string, Schemas["Activation"][]>();
  /** Connection templates by environment id. */
  readonly templates = new Map<string, Schemas["ConnectionTemplate"][]>();
  /** The end user's connections, served `pageSize` at a time. */
  connections: Schemas["Connection"][] = [];
  pageSize = 2;
  /** Runs before CreateEndUser is answered: a test makes another party win the race here. */
  beforeCreate: (() => void) | undefined;
  /** Answers instead of the fake, once, for the next request of this operationId. */
  readonly failures = new Map<string, Response>();
  /** Milliseconds every answer waits, so that concurrent calls overlap. */
  delayMs = 5;
  private nextId = 1;

  addUser(externalId: string, displayName = ""): Schemas["EndUser"] {
    const user = { id: `USER${String(this.nextId++).padStart(22, "0")}`, externalId, displayName, organisationId: ORG, createdAt: T, updatedAt: T };
    this.users.set(externalId, user);
    return user;
  }

  count(operationId: string): number {
    return this.requests.filter((r) => r.operationId === operationId).length;
  }

  /** The counts of every operation seen, by operationId. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.requests) out[r.operationId] = (out[r.operationId] ?? 0) + 1;
    return out;
  }

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    const parsed = new URL(request.url);
    const path = parsed.pathname.replace(/^\/api\/v2/, "");
    const text = await request.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const route = this.route(request.method, path.split("/").map(decodeURIComponent));
    this.requests.push({ operationId: route.operationId, method: request.method, url: parsed, body, authorization: request.headers.get("authorization"), signal: init.signal ?? undefined });
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.failures.get(route.operationId);
    if (failure) {
      this.failures.delete(route.operationId);
      return failure;
    }
    return route.answer(parsed, body);
  };

  private route(method: string, parts: string[]): { operationId: string; answer: (url: URL, body: unknown) => Response } {
    const [, o, org, a, b, c, d, e] = parts;
    const notFound = (what: string) => jsonResponse(404, { code: "not_found", message: `${what} not found` });
    if (o !== "o" || org !== ORG) return { operationId: "?", answer: () => notFound("organisation") };
    const key = `${method} ${[a, b, c, d, e].filter((x) => x !== undefined).map((x, i) => (i % 2 ? "{}" : x)).join("/")}`;
    switch (key) {
      case "GET users/{}":
        return { operationId: "GetEndUser", answer: () => (this.users.has(b!) ? jsonResponse(200, this.users.get(b!)) : notFound("end user")) };
      case "POST users":
        return {
          operationId: "CreateEndUser",
          answer: (_url, body) => {
            this.beforeCreate?.();
            const { externalId, displayName } = body as Schemas["EndUserCreate"];
            if (this.users.has(externalId)) return jsonResponse(409, { code: "conflict", message: "end user exists" });
            return jsonResponse(201, this.addUser(externalId, displayName));
          },
        };
      case "GET projects":
        return { operationId: "ListProjects", answer: () => jsonResponse(200, { projects: this.projects }) };
      case "GET projects/{}/connection-templates":
        return {
          operationId: "ListProjectConnectionTemplates",
          answer: (url) => {
            const items = this.templates.get(url.searchParams.get("env_id") ?? "") ?? [];
            return jsonResponse(200, { totalCount: items.length, items });
          },
        };
      case "GET environment/{}/users/{}/activations":
        return {
          operationId: "ListUserActivations",
          answer: () => jsonResponse(200, (this.activations.get(b!) ?? []).filter((x) => x.user.externalId === d)),
        };
      case "POST activations":
        return {
          operationId: "ActivateUser",
          answer: (_url, body) => {
            const create = body as Schemas["ActivationCreate"];
            const user = this.users.get(create.userId);
            if (!user) return notFound("end user");
            const activation = { id: `ACT${String(this.nextId++).padStart(23, "0")}`, user, ...(create.dynamicVariables ? { dynamicVariables: create.dynamicVariables } : {}) };
            this.activations.set(create.environmentId, [...(this.activations.get(create.environmentId) ?? []), activation]);
            return jsonResponse(200, activation);
          },
        };
      case "DELETE environments/{}/activations/{}":
        return {
          operationId: "DeleteActivation",
          answer: () => {
            const list = this.activations.get(b!) ?? [];
            if (!list.some((x) => x.id === d)) return notFound("activation");
            this.activations.set(b!, list.filter((x) => x.id !== d));
            return new Response(null, { status: 204 });
          },
        };
      case "PATCH environments/{}/activations/{}/variables":
        return {
          operationId: "SetDynamicVariables",
          answer: (_url, body) => {
            const found = (this.activations.get(b!) ?? []).find((x) => x.id === d);
            if (!found) return notFound("activation");
            found.dynamicVariables = { ...found.dynamicVariables, ...(body as object) };
            return jsonResponse(200, found.dynamicVariables);
          },
        };
      case "GET connections":
        return {
          operationId: "ListConnections",
          answer: (url) => {
            const mine = this.connections.filter((x) => (url.searchParams.get("system_id") ?? x.systemId) === x.systemId);
            const start = Number(url.searchParams.get("after") ?? 0);
            const items = mine.slice(start, start + this.pageSize);
            const next = start + this.pageSize < mine.length ? String(start + this.pageSize) : undefined;
            return jsonResponse(200, { totalCount: mine.length, items, ...(next ? { next } : {}) });
          },
        };
      case "POST systems/{}/oauth2/initialise":
        return {
          operationId: "InitialiseOAuth2Connection",
          answer: () => jsonResponse(200, { url: "https://accounts.example.com/authorize?state=s1" }),
        };
      default:
        return { operationId: key, answer: () => notFound("route") };
    }
  }
}
