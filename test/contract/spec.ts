// Reads our specs at test time, so the contract tests follow them as operations and examples
// change, and records what the client sends and receives. `loadSpec(file)` serves any spec;
// the plain exports are Connect's, for the tests written against it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

type Node = Record<string, any>;

/** A well-formed ULID for path parameters the spec gives no example for. */
export const ULID = "01HQ3A1F6NB8D2K4W7Y9ZC5E3G";

export interface SpecOperation {
  operationId: string;
  /** The client's method name: operationId with a lowercase first letter. */
  name: string;
  method: string;
  path: string;
  params: Node[];
  op: Node;
}

const METHODS = ["get", "put", "post", "delete", "patch"];

export function loadSpec(file: string | URL) {
  const spec: Node = parse(readFileSync(file, "utf8"));

  function resolve(node: any): any {
    for (let depth = 0; node && typeof node.$ref === "string"; depth++) {
      if (depth > 50) throw new Error(`$ref loop at ${node.$ref}`);
      node = node.$ref
        .slice(2)
        .split("/")
        .reduce((n: any, key: string) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    }
    return node;
  }

  const specOperations: SpecOperation[] = Object.entries<Node>(spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => {
      const op = item[m];
      return {
        operationId: op.operationId,
        name: op.operationId[0].toLowerCase() + op.operationId.slice(1),
        method: m.toUpperCase(),
        path,
        params: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve),
        op,
      };
    }),
  );

  function specOperation(operationId: string): SpecOperation {
    const found = specOperations.find((o) => o.operationId === operationId);
    if (!found) throw new Error(`${operationId} is not in the spec`);
    return found;
  }

  /** The example of a media type: `example`, else the first of `examples`, else the schema's. */
  function mediaExample(media: Node | undefined): unknown {
    if (!media) return undefined;
    if (media.example !== undefined) return media.example;
    const first = Object.values<Node>(media.examples ?? {})[0];
    if (first) return resolve(first).value;
    const schema = resolve(media.schema);
    return schema?.example ?? schema?.examples?.[0];
  }

  /** The JSON example of one response of an operation (undefined for a response without body). */
  function responseExample(o: SpecOperation, status: number | string): any {
    const response = resolve(o.op.responses[String(status)]);
    if (!response) throw new Error(`${o.operationId} documents no ${status} response`);
    const content: Node = response.content ?? {};
    return mediaExample(content["application/json"] ?? Object.values(content)[0]);
  }

  /** A value for a parameter: its example, else its schema's example, default or first enum value. */
  function paramValue(param: Node): unknown {
    if (param.example !== undefined) return param.example;
    const first = Object.values<Node>(param.examples ?? {})[0];
    if (first) return resolve(first).value;
    const schema = resolve(param.schema) ?? {};
    const own = schema.example ?? schema.examples?.[0] ?? schema.default ?? schema.enum?.[0] ?? schema.const;
    return own ?? ULID;
  }

  return { spec, resolve, specOperations, specOperation, mediaExample, responseExample, paramValue };
}

export type LoadedSpec = ReturnType<typeof loadSpec>;

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A client's arguments from the spec: path and required query parameters from their examples, the body from the JSON example. */
export function exampleArgs(s: LoadedSpec, o: SpecOperation): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const p of o.params) {
    if (p.in === "path") args[camel(p.name)] = String(s.paramValue(p));
    else if (p.in === "query" && p.required) query[p.name] = s.paramValue(p);
  }
  if (Object.keys(query).length) args.query = query;
  const content = s.resolve(o.op.requestBody)?.content;
  // Multipart-or-JSON operations are exercised with JSON: the example is a JSON one.
  if (content) args.body = s.mediaExample(content["application/json"] ?? Object.values(content)[0]);
  return args;
}

export const successStatus = (o: SpecOperation) => Object.keys(o.op.responses).find((s) => /^2\d\d$/.test(s))!;
export const errorStatuses = (o: SpecOperation) => Object.keys(o.op.responses).filter((s) => /^[45]\d\d$/.test(s)).map(Number);

export const SPEC_FILE = new URL("../../openapi/connect-v1.yaml", import.meta.url);
export const { spec, resolve, specOperations, specOperation, mediaExample, responseExample, paramValue } = loadSpec(SPEC_FILE);

/** Records every request and response of a client, to check what Prism made of them. */
export function recorder() {
  const requests: Request[] = [];
  const responses: Response[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const request = new Request(url, init);
    requests.push(request.clone());
    const response = await globalThis.fetch(request);
    responses.push(response);
    return response;
  };
  /** Prism's `sl-violations` of every answer so far: the contract breaches it saw. */
  const violations = () => responses.map((r) => r.headers.get("sl-violations")).filter((v): v is string => v !== null);
  return { fetch, requests, responses, violations };
}
