// For any id, updateConnector goes to exactly /o/{org}/connectors/{id}: four segments that
// decode back to the inputs. Checked on recorded Requests (many runs) and on the raw request
// line a real server receives (fewer runs).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { connector, recordingFetch, update } from "../support/fake-fetch.js";
import { json, startLoopback } from "../support/loopback.js";

// "", "." and ".." are refused (TypeError), so they are left out here.
const notNavigation = (s: string) => s !== "" && s !== "." && s !== "..";
const anyId = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1 }), // any code point, astral planes included
    fc.string({ unit: "grapheme", minLength: 1 }),
    fc.string({ unit: fc.constantFrom("/", "?", "#", "%", ".", "$", "&", "'", "`", "\\", " ", "+", ";", "=", "a", "2", "F", "e") }),
  )
  .filter(notNavigation);

function expectSegments(path: string, org: string, id: string) {
  const segments = path.split("/");
  expect(segments).toHaveLength(5); // leading "" + o, org, connectors, id
  expect(segments[0]).toBe("");
  expect(segments.slice(1).map(decodeURIComponent)).toEqual(["o", org, "connectors", id]);
}

describe("updateConnector path", () => {
  test("recorded Request URLs", async () => {
    const { fetch, requests } = recordingFetch(() => new Response(JSON.stringify(connector()), { status: 200 }));
    const connect = createConnectClient({ baseUrl: "http://api.test", fetch, maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(anyId, anyId, async (org, id) => {
        requests.length = 0;
        await connect.updateConnector({ organisationId: org, connectorId: id, body: update(id, org) });
        expect(requests).toHaveLength(1);
        const url = new URL(requests[0]!.url);
        expect(url.search + url.hash).toBe("");
        expectSegments(url.pathname, org, id);
        expect(JSON.parse(await requests[0]!.text())).toMatchObject({ id, organisationId: org });
      }),
      { numRuns: 500 },
    );
  });

  test("the raw request target a real server receives", async () => {
    const server = await startLoopback((seen, res) => json(res, 200, connector()));
    const connect = createConnectClient({ baseUrl: server.url, maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(anyId, anyId, async (org, id) => {
        const before = server.requests.length;
        await connect.updateConnector({ organisationId: org, connectorId: id, body: update(id, org) });
        expect(server.requests).toHaveLength(before + 1);
        const seen = server.requests[before]!;
        expect(seen.method).toBe("PUT");
        expectSegments(seen.url, org, id);
      }),
      { numRuns: 100 },
    );
  });

  test("an id with a lone surrogate is a TypeError, and nothing is sent", async () => {
    const { fetch, requests } = recordingFetch();
    const connect = createConnectClient({ baseUrl: "http://api.test", fetch });
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    await fc.assert(
      fc.asyncProperty(fc.string(), lone, fc.string(), async (a, s, b) => {
        await expect(connect.updateConnector({ organisationId: "o", connectorId: a + s + b, body: update() })).rejects.toBeInstanceOf(
          TypeError,
        );
      }),
      // fc.string() is ASCII by default, so the surrogate never finds a partner.
      { numRuns: 200, examples: [["", "\ud800", ""], ["x", "\udfff", "y"]] },
    );
    expect(requests).toHaveLength(0);
  });
});
