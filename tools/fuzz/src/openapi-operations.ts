import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';

/** A JSON-schema-ish node of an OpenAPI 3 document (only what the generator reads). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  example?: unknown;
  default?: unknown;
}

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: SchemaNode;
  example?: unknown;
}

/** One operation of a service's OpenAPI document. */
export interface OperationSpec {
  service: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  path: string;
  /** `POST /sops/{id}/retire` */
  key: string;
  parameters: ParameterSpec[];
  body?: { mediaType: string; schema?: SchemaNode; example?: unknown; required: boolean };
  /** Documented response statuses. */
  responses: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type RawOperation = {
  parameters?: { name: string; in: ParameterSpec['in']; required?: boolean; schema?: SchemaNode; example?: unknown }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: SchemaNode; example?: unknown; examples?: Record<string, { value?: unknown }> }> };
  responses?: Record<string, unknown>;
};

/** Every operation of the document, in document order. */
export function operationsOf(service: string, document: OpenAPIObject): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = (item as Record<string, RawOperation | undefined>)[method];
      if (!raw) continue;
      const content = raw.requestBody?.content ?? {};
      const mediaType = Object.keys(content).find((type) => type === 'application/json') ?? Object.keys(content)[0];
      const media = mediaType ? content[mediaType] : undefined;
      operations.push({
        service,
        method,
        path,
        key: `${method.toUpperCase()} ${path}`,
        parameters: (raw.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {}, example: p.example })),
        body: mediaType
          ? { mediaType, schema: media?.schema, example: media?.example ?? Object.values(media?.examples ?? {})[0]?.value, required: raw.requestBody?.required !== false }
          : undefined,
        responses: Object.keys(raw.responses ?? {}),
      });
    }
  }
  return operations;
}

/** Follows `$ref`s and merges `allOf`. */
export function resolveSchema(document: OpenAPIObject, schema: SchemaNode | undefined, depth = 0): SchemaNode {
  if (!schema || depth > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolveSchema(document, (document.components?.schemas as Record<string, SchemaNode> | undefined)?.[name], depth + 1);
  }
  if (schema.allOf && schema.allOf.length > 0) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part, depth + 1));
    const merged: SchemaNode = { ...schema, allOf: undefined };
    for (const part of parts) {
      merged.type ??= part.type;
      merged.properties = { ...(merged.properties ?? {}), ...(part.properties ?? {}) };
      merged.required = [...(merged.required ?? []), ...(part.required ?? [])];
      merged.enum ??= part.enum;
      merged.format ??= part.format;
      merged.items ??= part.items;
    }
    return merged;
  }
  return schema;
}

const typeOf = (schema: SchemaNode): string | undefined => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);

const DATE = fc.record({ y: fc.integer({ min: 2020, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(
  ({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
);

/** A string the schema allows (by format, enum and length), biased to realistic Bahasa Indonesia text. */
function stringArbitrary(schema: SchemaNode): fc.Arbitrary<string> {
  if (schema.format === 'date') return DATE;
  if (schema.format === 'date-time') return DATE.map((d) => `${d}T02:00:00.000Z`);
  if (schema.format === 'uuid') return fc.uuid();
  const min = schema.minLength ?? 1;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // an ECMAScript-incompatible pattern: fall through to plain text
    }
  }
  return fc.oneof(
    fc.constantFrom('Dinas Koperasi dan UKM', 'Surat permohonan', 'Kepala Bidang', 'Selesai', 'PLUT/2025/017').filter((s) => s.length >= min && s.length <= max),
    fc.string({ minLength: min, maxLength: max }).filter((s) => s.trim().length > 0),
  );
}

/** Values a schema describes (a schema-driven generator): objects get every required property and some optional ones. */
export function schemaArbitrary(document: OpenAPIObject, raw: SchemaNode | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, raw);
  if (depth > 8) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((v) => schemaArbitrary(document, v, depth + 1)));
  const withExample = (arb: fc.Arbitrary<unknown>) => (schema.example !== undefined ? fc.oneof({ weight: 2, arbitrary: fc.constant(schema.example) }, { weight: 1, arbitrary: arb }) : arb);
  switch (typeOf(schema)) {
    case 'string':
      return withExample(stringArbitrary(schema));
    case 'integer':
      return withExample(fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(Math.min(schema.maximum ?? 1000, 1_000_000)) }));
    case 'number':
      return withExample(fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(Math.min(schema.maximum ?? 1000, 1_000_000)) }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return withExample(fc.array(schemaArbitrary(document, schema.items, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) }));
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      if (Object.keys(properties).length === 0) return withExample(fc.constant({}));
      const required = new Set(schema.required ?? []);
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) model[name] = schemaArbitrary(document, property, depth + 1);
      return withExample(fc.record(model, { requiredKeys: Object.keys(properties).filter((name) => required.has(name)) }));
    }
  }
}

/** A leaf or an inner node of a JSON value, addressed by its path of keys. */
export interface JsonLocation {
  path: (string | number)[];
  value: unknown;
}

/** Every location (the root excluded) of a JSON value, depth-first, in key order. */
export function locationsOf(value: unknown, path: (string | number)[] = [], out: JsonLocation[] = []): JsonLocation[] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    out.push({ path: [...path, key], value: item });
    locationsOf(item, [...path, key], out);
  }
  return out;
}

/** Returns a copy of `root` with the value at `path` replaced (or removed when `replacement` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) };
  const [head, ...rest] = path;
  const container = copy as Record<string | number, unknown>;
  if (rest.length === 0) {
    if (replacement === REMOVE) {
      if (Array.isArray(copy)) copy.splice(Number(head), 1);
      else delete container[head];
    } else container[head] = replacement;
    return copy;
  }
  container[head] = replaceAt(container[head], rest, replacement);
  return copy;
}
