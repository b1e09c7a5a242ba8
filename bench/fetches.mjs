// The injected fetches of the in-process benchmarks. Both answer at once with the prepared
// ~2 kB connector, so only client-side work is measured:
//   bare       returns new Response(body) per call and ignores the request;
//   fetch-like does first what a real fetch does: new Request(input, init) and reads the
//              request body, then answers the same way.
import { CONNECTOR_JSON } from "./fixture.mjs";

const answer = () => new Response(CONNECTOR_JSON, { status: 200, headers: { "content-type": "application/json" } });

export const fetches = {
  bare: async () => answer(),
  "fetch-like": async (input, init) => {
    const request = new Request(input, init);
    await request.text();
    return answer();
  },
};
