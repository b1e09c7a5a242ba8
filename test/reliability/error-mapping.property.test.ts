// For any error status and any body (a platform error, arbitrary text, nothing), the call
// rejects with a VersoriApiError of that status: never a SyntaxError, never a crash.
import fc from "fast-check";
import { expect, test } from "vitest";
import { createConnectClient, VersoriApiError } from "../../src/index.js";
import { CONNECTOR, ORG } from "../support/fake-fetch.js";

const ids = { organisationId: ORG, connectorId: CONNECTOR };

const body = fc.oneof(
  fc.record({ code: fc.string(), message: fc.string() }).map((b) => ({ kind: "platform" as const, text: JSON.stringify(b), b })),
  fc.string({ unit: "binary" }).map((text) => ({ kind: "text" as const, text })),
  fc.json().map((text) => ({ kind: "text" as const, text })),
  fc.constant({ kind: "empty" as const, text: "" }),
);

test("any 400–599 with any body → VersoriApiError with that status", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 400, max: 599 }), body, fc.constantFrom("application/json", "text/html", ""), async (status, b, type) => {
      const fetch = async () => new Response(b.text, { status, headers: type ? { "content-type": type } : {} });
      const connect = createConnectClient({ baseUrl: "https://api.test", fetch, maxRetries: 0 });
      const error = await connect.getConnector(ids).then(
        () => expect.unreachable("resolved"),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(VersoriApiError);
      const e = error as VersoriApiError;
      expect(e.status).toBe(status);
      expect(e.response.status).toBe(status);
      expect(typeof e.message).toBe("string");
      expect(typeof e.code).toBe("string");
      if (b.kind === "platform") expect(e.code).toBe(b.b.code);
      if (b.kind === "empty") expect(e.code).toBe(`http_${status}`);
      expect(() => JSON.stringify(e)).not.toThrow();
    }),
    { numRuns: 500 },
  );
});

test("2xx with any non-JSON text where a body is due → invalid_response", async () => {
  const notJson = fc.string({ unit: "binary" }).filter((t) => {
    try {
      JSON.parse(t);
      return false;
    } catch {
      return true;
    }
  });
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(200, 201, 202, 203), notJson, async (status, text) => {
      const fetch = async () => new Response(text, { status });
      const connect = createConnectClient({ baseUrl: "https://api.test", fetch, maxRetries: 0 });
      await expect(connect.getConnector(ids)).rejects.toMatchObject({ name: "VersoriApiError", status, code: "invalid_response" });
    }),
    { numRuns: 300 },
  );
});
