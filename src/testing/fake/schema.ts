// Reading the contract's schemas: $refs followed into `$defs`, properties gathered through allOf,
// and a resource cut down to what a schema declares (a Project listed as a ProjectSummary).
import type { FakeContract, Schema } from "./contract.js";

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

export interface Schemas {
  /** The schema a `$ref` chain ends at. */
  resolve(schema: unknown): Schema | undefined;
  /** Every property a schema declares, through $refs and allOf. */
  properties(schema: unknown): Record<string, Schema>;
  /** `value` with only what `schema` declares, recursively (objects and arrays); other values as they are. */
  shape(value: unknown, schema: unknown): unknown;
  /** The names a schema requires, through $refs and allOf. */
  required(schema: unknown): string[];
  /** The name of the array property of a page schema (its items). */
  itemsKey(schema: unknown): string | undefined;
}

export function schemasOf(contract: FakeContract): Schemas {
  const defs = contract.schemas.$defs;
  const resolve = (schema: unknown): Schema | undefined => {
    let node = schema as Schema | undefined;
    for (let hops = 0; node && typeof node.$ref === "string" && hops < 50; hops++) node = defs[node.$ref.slice("#/$defs/".length)];
    return node;
  };
  // Gathered once per schema: answers are cut to their schema on every call.
  const gathered = new WeakMap<Schema, Record<string, Schema>>();
  const properties = (schema: unknown): Record<string, Schema> => {
    const node = resolve(schema);
    if (!node) return {};
    const known = gathered.get(node);
    if (known) return known;
    const parts = (node.allOf as unknown[] | undefined) ?? [];
    const props: Record<string, Schema> = Object.assign({}, ...parts.map(properties), node.properties as Record<string, Schema> | undefined);
    gathered.set(node, props);
    return props;
  };
  const required = (schema: unknown): string[] => {
    const node = resolve(schema);
    return node ? [...((node.required as string[] | undefined) ?? []), ...((node.allOf as unknown[] | undefined) ?? []).flatMap(required)] : [];
  };
  const isOpen = (schema: Schema | undefined): boolean =>
    !schema || (schema.additionalProperties !== undefined && schema.additionalProperties !== false) || ["oneOf", "anyOf"].some((k) => k in schema) || (schema.allOf as unknown[] | undefined)?.some((p) => isOpen(resolve(p))) === true;
  const shape = (value: unknown, schema: unknown): unknown => {
    const node = resolve(schema);
    if (Array.isArray(value)) return node?.items ? value.map((item) => shape(item, node.items)) : value;
    if (!isObject(value) || isOpen(node)) return value;
    const props = properties(node);
    if (Object.keys(props).length === 0) return value;
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (props[k] ? [[k, shape(v, props[k])]] : [])));
  };
  const itemsKey = (schema: unknown) => Object.entries(properties(schema)).find(([, s]) => resolve(s)?.type === "array")?.[0];
  return { resolve, properties, required, shape, itemsKey };
}
