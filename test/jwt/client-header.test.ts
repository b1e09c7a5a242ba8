// A client given jwtTokenSource and authScheme "JWT" sends `Authorization: JWT <token>`, with a
// token the platform would accept, and reuses it across requests.
import { describe, expect, test } from "vitest";
import { createConnectClient } from "../../src/index.js";
import { jwtTokenSource } from "../../src/jwt/index.js";
import { jsonResponse, recordingFetch } from "../support/fake-fetch.js";
import { rsaKeyPair, SIGNING_KEY_ID, SUBJECT, verify } from "./keys.js";

const keys = rsaKeyPair();

describe("jwtTokenSource as the client's token", () => {
  test("every request carries Authorization: JWT <the signed token>", async () => {
    const { fetch, requests } = recordingFetch(() => jsonResponse(200, ["ERP", "CRM"]));
    const connect = createConnectClient({
      baseUrl: "http://127.0.0.1:1",
      authScheme: "JWT",
      token: jwtTokenSource({ privateKey: keys.pkcs8, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT }),
      fetch,
    });

    expect(await connect.listCategories()).toEqual(["ERP", "CRM"]);
    await connect.listCategories();
    expect(requests).toHaveLength(2);

    const header = requests[0]!.headers.get("authorization");
    const match = /^JWT ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header ?? "");
    expect(match, `header was ${String(header)}`).not.toBeNull();
    const claims = await verify(match![1]!, keys.spki);
    expect(claims.exp - claims.iat).toBe(3600);
    expect(requests[1]!.headers.get("authorization")).toBe(header); // cached, not signed again
  });

  test("a bad key fails the call with the TypeError, and no request is sent", async () => {
    const { fetch, requests } = recordingFetch();
    const pem = "-----BEGIN PRIVATE KEY-----\nTm90QUtleUJ1dEp1c3RTb21lQnl0ZXNUaGF0TG9va0xpa2VCYXNlNjQ=\n-----END PRIVATE KEY-----\n";
    const connect = createConnectClient({
      baseUrl: "http://127.0.0.1:1",
      authScheme: "JWT",
      token: jwtTokenSource({ privateKey: pem, signingKeyId: SIGNING_KEY_ID, subject: SUBJECT }),
      fetch,
    });
    const error = await connect.listCategories().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain("Tm90QUtleUJ1dEp1c3RTb21lQnl0ZXNUaGF0TG9va0xpa2VCYXNlNjQ");
    expect(requests).toHaveLength(0);
  });
});
