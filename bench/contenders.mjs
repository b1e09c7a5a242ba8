// The contenders of every run, each built around a given fetch: the same UpdateConnector call
//   raw            hand-built URL and headers, JSON.stringify, await res.json() (the floor)
//   raw+signal     the same with signal: AbortSignal.timeout(60 s): what the floor costs once a
//                  call can time out, as ours can by default (reference: no target)
//   openapi-fetch  bare openapi-fetch: client.PUT(path, { params: { path }, body })
//   openapi-fetch+signal  the same with signal: AbortSignal.timeout(60 s), i.e. with the per-call
//                  deadline ours always has (reference: no target)
//   ours           versori-client: connect.updateConnector({ organisationId, connectorId, body })
//   ours (call)    versori-client light entry: call(core, UpdateConnector, args)
//   ours (no deadline)  ours with timeoutMs: 0, so fetch gets no AbortSignal: the client's own
//                  cost without the timeout's (reference: no target)
// All send the same Authorization header. `fetch` undefined means the global fetch.
import createClient from "openapi-fetch";
import { call, createConnectClient, createConnectCore, UpdateConnector } from "versori-client";
import { CONNECTOR_ID, ORGANISATION_ID, SCHEMA_PATH, TOKEN, UPDATE } from "./fixture.mjs";

export function contenders(baseUrl, fetchImpl) {
  const rawFetch = fetchImpl ?? globalThis.fetch;
  const url = `${baseUrl}/o/${encodeURIComponent(ORGANISATION_ID)}/connectors/${encodeURIComponent(CONNECTOR_ID)}`;
  const rawWith = (signal) => async () => {
    const res = await rawFetch(url, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(UPDATE),
      ...(signal && { signal: signal() }),
    });
    if (!res.ok) throw new Error(`raw: HTTP ${res.status}`);
    return res.json();
  };
  const raw = rawWith(undefined);
  const rawSignal = rawWith(() => AbortSignal.timeout(60_000));

  const client = createClient({ baseUrl, headers: { Authorization: `Bearer ${TOKEN}` }, ...(fetchImpl && { fetch: fetchImpl }) });
  const openapiFetch = async () => {
    const { data, error, response } = await client.PUT(SCHEMA_PATH, {
      params: { path: { organisation_id: ORGANISATION_ID, connector_id: CONNECTOR_ID } },
      body: UPDATE,
    });
    if (error !== undefined || !response.ok) throw new Error(`openapi-fetch: HTTP ${response.status}`);
    return data;
  };

  const openapiFetchSignal = async () => {
    const { data, error, response } = await client.PUT(SCHEMA_PATH, {
      params: { path: { organisation_id: ORGANISATION_ID, connector_id: CONNECTOR_ID } },
      body: UPDATE,
      signal: AbortSignal.timeout(60_000),
    });
    if (error !== undefined || !response.ok) throw new Error(`openapi-fetch: HTTP ${response.status}`);
    return data;
  };

  const options = { baseUrl, token: TOKEN, ...(fetchImpl && { fetch: fetchImpl }) };
  const connect = createConnectClient(options);
  const ours = () => connect.updateConnector({ organisationId: ORGANISATION_ID, connectorId: CONNECTOR_ID, body: UPDATE });
  const core = createConnectCore(options);
  const oursCall = () => call(core, UpdateConnector, { organisationId: ORGANISATION_ID, connectorId: CONNECTOR_ID, body: UPDATE });
  const untimed = createConnectClient({ ...options, timeoutMs: 0 });
  const oursNoDeadline = () => untimed.updateConnector({ organisationId: ORGANISATION_ID, connectorId: CONNECTOR_ID, body: UPDATE });

  return {
    raw,
    "raw+signal": rawSignal,
    "openapi-fetch": openapiFetch,
    "openapi-fetch+signal": openapiFetchSignal,
    ours,
    "ours (call)": oursCall,
    "ours (no deadline)": oursNoDeadline,
  };
}

/** Runs each contender once and checks they all got the same connector. */
export async function checkSame(list, expected) {
  for (const [name, fn] of Object.entries(list)) {
    const got = JSON.stringify(await fn());
    if (got !== expected) throw new Error(`${name} returned something else: ${got.slice(0, 120)}`);
  }
}

// The goals (ours/raw >= 0.95, ours/openapi-fetch >= 1.3) and the references printed
// without a target: each pair is [ours-side contender, base, target or undefined].
export const RATIOS = [
  ...["ours", "ours (call)"].flatMap((ours) => [
    [ours, "raw", 0.95],
    [ours, "openapi-fetch", 1.3],
    [ours, "raw+signal", undefined],
    [ours, "openapi-fetch+signal", undefined],
  ]),
  ["ours (no deadline)", "raw", undefined],
  ["raw+signal", "raw", undefined],
];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function table(header, rows) {
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
