// An operation whose success answer holds a secret (CreateSigningKey answers with a private
// key) must not carry any of that answer on an error when the answer is broken: not in the
// message, not in `body`, not in the response copy, not in the JSON parse error it came from.
import { inspect } from "node:util";
import { expect, test } from "vitest";
import { createCore } from "../../src/core/api.js";
import type { OperationDescriptor } from "../../src/core/descriptor.js";
import { VersoriApiError } from "../../src/index.js";

const CreateSigningKey: OperationDescriptor = { operationId: "CreateSigningKey", method: "POST", path: ["/keys"], secret: true };
const KEY_MATERIAL = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7PLANTED";
// Cut off in the middle of the key: not valid JSON.
const CUT_OFF = `{"id":"01HQ3A1F6NB8D2K4W7Y9ZC5E3G","privateKey":"-----BEGIN PRIVATE KEY-----\\n${KEY_MATERIAL}`;

async function failure(): Promise<VersoriApiError> {
  const core = createCore<unknown, { baseUrl: string; fetch: (url: string, init: RequestInit) => Promise<Response> }>(
    {
      baseUrl: "https://api.test",
      fetch: async () => new Response(CUT_OFF, { status: 201, headers: { "content-type": "application/json" } }),
    },
    "https://api.test",
  );
  const error = await core.invoke(CreateSigningKey, { body: { name: "k" } }).then(
    () => expect.unreachable("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VersoriApiError);
  return error as VersoriApiError;
}

test("a cut-off answer of a secret operation: invalid_response without any of the answer", async () => {
  const error = await failure();
  expect(error.code).toBe("invalid_response");
  expect(error.status).toBe(201);
  expect(error.message).toContain("CreateSigningKey");
  expect(error.body).toBeUndefined();
  for (const [where, text] of Object.entries({
    message: error.message,
    stack: String(error.stack),
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10, showHidden: true }),
    cause: String(error.cause),
  })) {
    expect(text, where).not.toContain("BEGIN PRIVATE KEY");
    expect(text, where).not.toContain(KEY_MATERIAL);
  }
  await expect(error.response.text()).resolves.toBe("");
});

test("the same answer of an ordinary operation keeps its text, for debugging", async () => {
  const core = createCore<unknown, { fetch: (url: string, init: RequestInit) => Promise<Response> }>(
    { fetch: async () => new Response(CUT_OFF, { status: 201 }) },
    "https://api.test",
  );
  const error = (await core.invoke({ ...CreateSigningKey, secret: false }, { body: {} }).catch((e: unknown) => e)) as VersoriApiError;
  expect(error.code).toBe("invalid_response");
  expect(error.body).toBe(CUT_OFF);
});
