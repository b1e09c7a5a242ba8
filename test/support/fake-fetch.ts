// An injected `fetch` for unit tests: answers from a script and records, as a Request, every
// call it was handed (the client calls fetch(url, init)), so tests can look at exactly what
// the client would have put on the wire.

export type Answer = (request: Request, attempt: number) => Response | Promise<Response>;

export function recordingFetch(answer: Answer = () => jsonResponse(200, {})) {
  const requests: Request[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    requests.push(request);
    return answer(request, requests.length);
  };
  return { fetch, requests };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export const ORG = "01HQ2Z8W4TQK6V9M3XJ7R5B2CD";
export const CONNECTOR = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";

/** A complete HTTP connector as the platform returns it. */
export function connector(id = CONNECTOR, organisationId = ORG) {
  return {
    id,
    organisationId,
    name: "Shopify",
    public: false,
    protocol: "http" as const,
    baseUrl: "https://api.shopify.com/admin/2024-01",
    authSchemeConfigs: [],
    connections: [],
    versions: [],
    createdAt: "2024-01-01T00:00:00Z",
    updatedAt: "2024-01-01T00:00:00Z",
  };
}

/** A valid UpdateConnector body. */
export function update(id = CONNECTOR, organisationId = ORG) {
  return { id, organisationId, name: "Shopify", protocol: "http" as const, baseUrl: "https://api.shopify.com/admin/2024-01" };
}
