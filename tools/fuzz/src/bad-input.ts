import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { locationsOf, REMOVE, replaceAt, resolveSchema, type JsonLocation, type OperationSpec, type SchemaNode } from './openapi-operations';

/** The 16 classes of bad input of issue 10. */
export const BAD_INPUT_CLASSES = [
  'empty-string',
  'null-required',
  'whitespace-name',
  'impossible-date',
  'wrong-structure',
  'numbers',
  'nul-surrogate',
  'deep-json',
  'over-long',
  'huge-offset-version',
  'loose-boolean',
  'prototype-keys',
  'unknown-field',
  'wrong-content-type',
  'other-tenant-id',
  'missing-id',
] as const;
export type BadInputClass = (typeof BAD_INPUT_CLASSES)[number];

/** A request before it is sent: path parameters are still separate, the body is a JSON value or raw text. */
export interface RequestDraft {
  pathParams: Record<string, string>;
  /** Raw (already percent-encoded where the class needs it) query pairs. */
  query: [string, string][];
  body?: { json: unknown } | { raw: string };
  contentType?: string;
  /** Extra request headers (`If-Match`). */
  headers?: Record<string, string>;
}

/** The choices of a corruption (fast-check shrinks these numbers towards the first location and variant). */
export interface Corruption {
  cls: BadInputClass;
  where: number;
  variant: number;
}

/** What a corruption did, for the report and for the class-specific expectation. */
export interface AppliedCorruption {
  draft: RequestDraft;
  /** Where it went (`body.content.identity.nama`, `query.offset`, `path.id`), or why it could not apply. */
  target: string;
  /** The input is invalid beyond doubt: a 2xx answer means bad input was accepted. */
  mustReject: boolean;
  /** For `other-tenant-id`: the same request with an id that does not exist, to compare answers with. */
  compareWith?: RequestDraft;
}

/** Ids of the seeded resources: `own` the caller's tenant, `other` another tenant's; keyed by id kind. */
export interface SeededIds {
  own: Record<string, string>;
  other: Record<string, string>;
}

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];
const DATE_NAME = /tanggal|date|dari|sampai|from$|^asOf$|batas|retiredFrom|effectiveFrom/i;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}/;
const IMPOSSIBLE_DATES = ['2024-02-30', '2024-13-01', '2023-02-29', '2024-00-10', '2024-04-31', '2024-12-32'];
const NUMBERS: unknown[] = [1e308, -1, 1.5, 9007199254740992, -0.5, 1e21];
const HUGE = ['1e20', '99999999999999999999', '9007199254740993', '2147483648', '-2147483649', '1.5'];
const LOOSE_BOOLEANS = ['yes', '1', 'TRUE', 'on', 'ya', ''];
const WHITESPACE = ['   ', '\t', '\u00a0\u3000', ' \n '];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const UNKNOWN_FIELDS = ['colour', 'tenant', 'isAdmin', 'createdBy'];
const CONTENT_TYPES = ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/x-json'];
const NUMERIC_QUERY = /^(offset|limit|version|from|to|year)$/;
const ID_PARAM = /^(id|disposisiId)$/;
/** Query texts with a NUL byte, an encoded lone surrogate, an overlong NUL, a broken escape. */
const BAD_QUERY_TEXT = ['a%00b', '%ED%A0%80', '%C0%80', '%E0%A4%A', '%'];
const BAD_PATH_TEXT = ['%00', '%ED%A0%80', '%E0%A4%A', '%', 'a%00'];

/** The schema of the value at a path of the body, if the document says. */
export function schemaAt(document: OpenAPIObject, root: SchemaNode | undefined, path: (string | number)[]): SchemaNode | undefined {
  let schema: SchemaNode | undefined = resolveSchema(document, root);
  for (const key of path) {
    if (!schema) return undefined;
    if (typeof key === 'number') schema = resolveSchema(document, schema.items);
    else schema = schema.properties?.[key] ? resolveSchema(document, schema.properties[key]) : undefined;
  }
  return schema;
}

function isRequiredAt(document: OpenAPIObject, root: SchemaNode | undefined, path: (string | number)[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = schemaAt(document, root, path.slice(0, -1));
  return parent?.required?.includes(key) ?? false;
}

const isType = (schema: SchemaNode | undefined, type: string) => schema !== undefined && (schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type)));
const pathText = (path: (string | number)[]) => `body.${path.join('.')}`;

function bodyJson(draft: RequestDraft): unknown {
  return draft.body && 'json' in draft.body ? draft.body.json : undefined;
}

function withBody(draft: RequestDraft, json: unknown): RequestDraft {
  return { ...draft, body: { json } };
}

function withQuery(draft: RequestDraft, name: string, value: string | undefined): RequestDraft {
  const query = draft.query.filter(([key]) => key !== name);
  if (value !== undefined) query.push([name, value]);
  return { ...draft, query };
}

/** Deep-copies a JSON value and defines `key` as an own enumerable property (so `__proto__` is serialised as a key). */
function withOwnKey(root: unknown, path: (string | number)[], key: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Serialises a body with a value nested `levels` deep in place of the marker. */
function deepBody(root: unknown, path: (string | number)[], levels: number, arrays: boolean): string {
  const marker = '"__fuzz_deep__"';
  const deep = arrays ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const text = JSON.stringify(path.length === 0 ? '__fuzz_deep__' : replaceAt(root, path, '__fuzz_deep__'));
  return text.replace(marker, deep);
}

/**
 * Applies one corruption to a valid request. Each class picks its location among the body's fields,
 * the query parameters and the path parameters (by `where`) and its bad value (by `variant`).
 */
export function corrupt(document: OpenAPIObject, operation: OperationSpec, draft: RequestDraft, corruption: Corruption, ids: SeededIds): AppliedCorruption {
  const applied = corruptDraft(document, operation, draft, corruption, ids);
  // An uploaded file (`format: binary`) is content to read, not a field: any bytes in it may be a valid answer (a report).
  const field = /^body\.([^ ]+)/.exec(applied.target)?.[1];
  const fieldSchema = field ? schemaAt(document, operation.body?.schema, field.split('.')) : undefined;
  return fieldSchema?.format === 'binary' ? { ...applied, mustReject: false } : applied;
}

function corruptDraft(document: OpenAPIObject, operation: OperationSpec, draft: RequestDraft, corruption: Corruption, ids: SeededIds): AppliedCorruption {
  const { cls, where, variant } = corruption;
  const json = bodyJson(draft);
  const schema = operation.body?.schema;
  const locations: JsonLocation[] = json === undefined ? [] : locationsOf(json);
  const strings = typeof json === 'string' ? [{ path: [], value: json }] : locations.filter((l) => typeof l.value === 'string');
  const objects = locations.filter((l) => l.value !== null && typeof l.value === 'object' && !Array.isArray(l.value));
  const queryParams = operation.parameters.filter((p) => p.in === 'query');
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const isJsonBody = operation.body?.mediaType === 'application/json';

  /** The documented schema of a body location (its minLength/maxLength are promises the service made). */
  const documented = (l: JsonLocation) => schemaAt(document, schema, l.path);
  const onString = (value: (l: JsonLocation) => unknown, queryValue: string | undefined, mustReject: (l: JsonLocation) => boolean): AppliedCorruption => {
    const targets = [...strings.map((l) => ({ kind: 'body' as const, l })), ...queryParams.map((p) => ({ kind: 'query' as const, p }))];
    if (targets.length === 0) return { draft: withQuery(draft, 'q', queryValue ?? ''), target: 'query.q (added)', mustReject: false };
    const target = pick(targets, where);
    if (target.kind === 'body') return { draft: withBody(draft, replaceAt(json, target.l.path, value(target.l))), target: pathText(target.l.path), mustReject: mustReject(target.l) };
    return { draft: withQuery(draft, target.p.name, queryValue), target: `query.${target.p.name}`, mustReject: false };
  };

  switch (cls) {
    case 'empty-string':
      return onString(() => '', '', (l) => (documented(l)?.minLength ?? 0) >= 1);
    case 'whitespace-name':
      return onString(() => pick(WHITESPACE, variant), encodeURIComponent(pick(WHITESPACE, variant)), () => false);
    case 'null-required': {
      const targets = [...locations.map((l) => ({ kind: 'body' as const, l })), ...queryParams.filter((p) => p.required).map((p) => ({ kind: 'query' as const, p }))];
      if (targets.length === 0) return json === undefined ? { draft: withQuery(draft, 'q', 'null'), target: 'query.q (added)', mustReject: false } : { draft: { ...draft, body: { raw: 'null' } }, target: 'body', mustReject: false };
      const target = pick(targets, where);
      if (target.kind === 'query') return { draft: withQuery(draft, target.p.name, undefined), target: `query.${target.p.name} (removed)`, mustReject: true };
      return { draft: withBody(draft, replaceAt(json, target.l.path, null)), target: pathText(target.l.path), mustReject: isRequiredAt(document, schema, target.l.path) && !schemaAt(document, schema, target.l.path)?.nullable };
    }
    case 'impossible-date': {
      const bad = pick(IMPOSSIBLE_DATES, variant);
      const dateLike = (l: JsonLocation) => typeof l.value === 'string' && (CALENDAR_DATE.test(l.value) || DATE_NAME.test(String(l.path[l.path.length - 1])));
      const bodyTargets = strings.filter(dateLike);
      const queryTargets = queryParams.filter((p) => p.schema.format === 'date' || DATE_NAME.test(p.name));
      const targets = [...bodyTargets.map((l) => ({ kind: 'body' as const, l })), ...queryTargets.map((p) => ({ kind: 'query' as const, p }))];
      if (targets.length === 0) return onString(() => bad, bad, () => false);
      const target = pick(targets, where);
      if (target.kind === 'body') {
        const value = String(target.l.value);
        const replaced = CALENDAR_DATE.test(value) ? bad + value.slice(10) : bad;
        const fieldSchema = schemaAt(document, schema, target.l.path);
        return { draft: withBody(draft, replaceAt(json, target.l.path, replaced)), target: pathText(target.l.path), mustReject: CALENDAR_DATE.test(value) || fieldSchema?.format === 'date' };
      }
      return { draft: withQuery(draft, target.p.name, bad), target: `query.${target.p.name}`, mustReject: true };
    }
    case 'wrong-structure': {
      if (json === undefined) return { draft: { ...draft, body: { json: [{ a: 1 }] }, contentType: 'application/json' }, target: 'body (array added)', mustReject: false };
      const targets = [{ path: [] as (string | number)[], value: json }, ...locations.filter((l) => l.value !== null && typeof l.value === 'object')];
      const target = pick(targets, where);
      const value = target.value;
      const options: unknown[] = Array.isArray(value) ? [{}, value[0] ?? 'x', 'x'] : [[], [value], 'x', REMOVE];
      const replacement = pick(options, variant);
      const path = target.path;
      if (path.length === 0) return { draft: withBody(draft, replacement === REMOVE ? [] : replacement), target: 'body', mustReject: isJsonBody };
      const fieldSchema = schemaAt(document, schema, path);
      const mustReject = replacement === REMOVE ? isRequiredAt(document, schema, path) : fieldSchema !== undefined && (Array.isArray(value) ? !isType(fieldSchema, 'object') : !isType(fieldSchema, 'array'));
      return { draft: withBody(draft, replaceAt(json, path, replacement)), target: `${pathText(path)}${replacement === REMOVE ? ' (removed)' : ''}`, mustReject };
    }
    case 'numbers': {
      const bad = pick(NUMBERS, variant);
      const numeric = locations.filter((l) => typeof l.value === 'number');
      const targets = [
        ...(numeric.length > 0 ? numeric : locations).map((l) => ({ kind: 'body' as const, l })),
        ...queryParams.filter((p) => isType(p.schema, 'number') || isType(p.schema, 'integer')).map((p) => ({ kind: 'query' as const, p })),
        ...pathParams.filter((p) => isType(p.schema, 'number') || isType(p.schema, 'integer')).map((p) => ({ kind: 'path' as const, p })),
      ];
      if (targets.length === 0) return { draft: withQuery(draft, 'limit', String(bad)), target: 'query.limit (added)', mustReject: false };
      const target = pick(targets, where);
      if (target.kind === 'body') {
        const fieldSchema = schemaAt(document, schema, target.l.path);
        const integerMeant = isType(fieldSchema, 'integer');
        return { draft: withBody(draft, replaceAt(json, target.l.path, bad)), target: pathText(target.l.path), mustReject: integerMeant && (bad !== -1 || (fieldSchema?.minimum ?? -Infinity) >= 0) };
      }
      if (target.kind === 'query') return { draft: withQuery(draft, target.p.name, encodeURIComponent(String(bad))), target: `query.${target.p.name}`, mustReject: bad !== -1 };
      return { draft: { ...draft, pathParams: { ...draft.pathParams, [target.p.name]: encodeURIComponent(String(bad)) } }, target: `path.${target.p.name}`, mustReject: bad !== -1 };
    }
    case 'nul-surrogate': {
      const bodyBad = pick(['a\u0000b', '\uD800', 'x\uDFFFy', '\u0000'], variant);
      const targets = [...strings.map((l) => ({ kind: 'body' as const, l })), ...queryParams.map((p) => ({ kind: 'query' as const, p })), ...pathParams.map((p) => ({ kind: 'path' as const, p }))];
      if (targets.length === 0) return { draft: withQuery(draft, 'q', pick(BAD_QUERY_TEXT, variant)), target: 'query.q (added)', mustReject: false };
      const target = pick(targets, where);
      // A multipart field is sent as UTF-8, where a lone surrogate arrives as U+FFFD (valid); a NUL arrives as it is.
      if (target.kind === 'body') return { draft: withBody(draft, replaceAt(json, target.l.path, `${String(target.l.value)}${bodyBad}`)), target: pathText(target.l.path), mustReject: isJsonBody || bodyBad.includes('\u0000') };
      if (target.kind === 'query') {
        const text = pick(BAD_QUERY_TEXT, variant);
        // Node's query parser turns invalid UTF-8 (an encoded surrogate, an overlong NUL, a broken escape) into U+FFFD, a valid character.
        return { draft: withQuery(draft, target.p.name, text), target: `query.${target.p.name}`, mustReject: text === 'a%00b' };
      }
      return { draft: { ...draft, pathParams: { ...draft.pathParams, [target.p.name]: pick(BAD_PATH_TEXT, variant) } }, target: `path.${target.p.name}`, mustReject: true };
    }
    case 'deep-json': {
      const levels = pick([2000, 100, 65], variant);
      const arrays = Math.floor(variant / 3) % 2 === 1;
      const targets = [{ path: [] as (string | number)[] }, ...locations.map((l) => ({ path: l.path }))];
      const target = json === undefined ? { path: [] } : pick(targets, where);
      return { draft: { ...draft, body: { raw: deepBody(json ?? {}, target.path, levels, arrays) }, contentType: 'application/json' }, target: `${pathText(target.path)} (${levels} levels of ${arrays ? 'arrays' : 'objects'})`, mustReject: isJsonBody };
    }
    case 'over-long': {
      const length = pick([70_000, 2_049, 301], variant);
      return onString(() => 'a'.repeat(length), 'a'.repeat(Math.min(length, 8_000)), (l) => length > Math.min(documented(l)?.maxLength ?? Infinity, 20_000));
    }
    case 'huge-offset-version': {
      const bad = pick(HUGE, variant);
      const targets = [
        ...queryParams.filter((p) => NUMERIC_QUERY.test(p.name) || isType(p.schema, 'number') || isType(p.schema, 'integer')).map((p) => ({ kind: 'query' as const, name: p.name })),
        ...pathParams.filter((p) => isType(p.schema, 'number') || isType(p.schema, 'integer')).map((p) => ({ kind: 'path' as const, name: p.name })),
        ...locations.filter((l) => typeof l.value === 'number').map((l) => ({ kind: 'body' as const, name: '', l })),
        ...operation.parameters.filter((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match').map(() => ({ kind: 'header' as const, name: 'If-Match' })),
      ];
      if (targets.length === 0) return { draft: withQuery(withQuery(draft, 'offset', bad), 'version', bad), target: 'query.offset+version (added)', mustReject: false };
      const target = pick(targets, where);
      if (target.kind === 'query') return { draft: withQuery(draft, target.name, bad), target: `query.${target.name}`, mustReject: true };
      if (target.kind === 'path') return { draft: { ...draft, pathParams: { ...draft.pathParams, [target.name]: bad } }, target: `path.${target.name}`, mustReject: true };
      if (target.kind === 'header') {
        const value = pick([`"${bad}"`, bad, 'W/"1"', '"-1"', '*', '"1", "2"'], variant);
        return { draft: { ...draft, headers: { ...draft.headers, 'If-Match': value } }, target: `header.If-Match = ${value}`, mustReject: false };
      }
      const l = (target as { l: JsonLocation }).l;
      return { draft: withBody(draft, replaceAt(json, l.path, Number(bad))), target: pathText(l.path), mustReject: isType(schemaAt(document, schema, l.path), 'integer') && !Number.isSafeInteger(Number(bad)) };
    }
    case 'loose-boolean': {
      const bad = pick(LOOSE_BOOLEANS, variant);
      const booleans = locations.filter((l) => typeof l.value === 'boolean' || isType(schemaAt(document, schema, l.path), 'boolean'));
      const queryBooleans = queryParams.filter((p) => isType(p.schema, 'boolean'));
      const targets = [...booleans.map((l) => ({ kind: 'body' as const, l })), ...queryBooleans.map((p) => ({ kind: 'query' as const, name: p.name }))];
      if (targets.length === 0) return { draft: withQuery(draft, 'dryRun', bad), target: 'query.dryRun (added)', mustReject: false };
      const target = pick(targets, where);
      if (target.kind === 'query') return { draft: withQuery(draft, target.name, bad), target: `query.${target.name}`, mustReject: true };
      return { draft: withBody(draft, replaceAt(json, target.l.path, bad)), target: pathText(target.l.path), mustReject: true };
    }
    case 'prototype-keys': {
      const key = pick(PROTO_KEYS, variant);
      const value = { polluted: true };
      if (json === undefined || !isJsonBody) {
        const queryKey = pick([key, `${key}[polluted]`, 'a[__proto__][polluted]'], where);
        return { draft: withQuery(draft, queryKey, 'true'), target: `query.${queryKey}`, mustReject: false };
      }
      const targets = [{ path: [] as (string | number)[] }, ...objects.map((l) => ({ path: l.path }))];
      const target = Array.isArray(json) ? { path: [] } : pick(targets, where);
      if (Array.isArray(json)) return { draft: withBody(draft, withOwnKey({}, [], key, value)), target: `body.${key}`, mustReject: true };
      return { draft: withBody(draft, withOwnKey(json, target.path, key, value)), target: `${pathText(target.path)}.${key}`.replace('body..', 'body.'), mustReject: true };
    }
    case 'unknown-field': {
      const key = pick(UNKNOWN_FIELDS, variant);
      if (json === undefined || !isJsonBody || Array.isArray(json) || typeof json !== 'object' || json === null) {
        return { draft: withQuery(draft, key, 'merah'), target: `query.${key}`, mustReject: false };
      }
      const targets = [{ path: [] as (string | number)[] }, ...objects.map((l) => ({ path: l.path }))];
      const target = pick(targets, where);
      const schemaThere = schemaAt(document, schema, target.path);
      const closed = schemaThere !== undefined && schemaThere.additionalProperties !== true && typeof schemaThere.additionalProperties !== 'object';
      return { draft: withBody(draft, withOwnKey(json, target.path, key, 'merah')), target: `${pathText(target.path)}.${key}`.replace('body..', 'body.'), mustReject: closed };
    }
    case 'wrong-content-type': {
      const type = pick(CONTENT_TYPES, variant);
      const raw = json === undefined ? 'a=b' : type === 'application/x-www-form-urlencoded' ? 'unit=X&content=y' : JSON.stringify(json);
      return { draft: { ...draft, body: { raw }, contentType: type }, target: `content-type: ${type}`, mustReject: false };
    }
    case 'other-tenant-id':
    case 'missing-id': {
      const idParams = pathParams.filter((p) => ID_PARAM.test(p.name));
      // A body id that names the resource being created (`caseId` of `POST /cases`) is chosen by the client: not a reference to compare.
      const createdKind = pathParams.length === 0 && operation.method === 'post' ? kindOfId(operation.path, 'id') : undefined;
      const idFields = locations.filter((l) => typeof l.value === 'string' && /Id$/.test(String(l.path[l.path.length - 1])) && kindOfId(operation.path, String(l.path[l.path.length - 1])) !== createdKind);
      const idQuery = queryParams.filter((p) => /Id$/.test(p.name));
      const targets = [
        ...idParams.map((p) => ({ kind: 'path' as const, name: p.name })),
        ...idQuery.map((p) => ({ kind: 'query' as const, name: p.name })),
        ...idFields.map((l) => ({ kind: 'body' as const, name: String(l.path[l.path.length - 1]), l })),
      ];
      const missing = pick([fresh(), 'tidak-ada', 'a'.repeat(300), '..%2F..%2Fetc', '%E0%A4%A', '%'], variant);
      if (targets.length === 0) return { draft: withQuery(draft, 'sopId', cls === 'other-tenant-id' ? ids.other.sop ?? missing : missing), target: 'query.sopId (added)', mustReject: false };
      const target = pick(targets, where);
      const kindOf = (name: string) => kindOfId(operation.path, name);
      const setId = (value: string): RequestDraft => {
        if (target.kind === 'path') return { ...draft, pathParams: { ...draft.pathParams, [target.name]: value } };
        if (target.kind === 'query') return withQuery(draft, target.name, value);
        return withBody(draft, replaceAt(json, (target as { l: JsonLocation }).l.path, value));
      };
      if (cls === 'missing-id') return { draft: setId(target.kind === 'path' ? missing : decodeSafe(missing)), target: `${target.kind}.${target.name}`, mustReject: false };
      const other = ids.other[kindOf(target.name)];
      if (other === undefined) return { draft: setId(fresh()), target: `${target.kind}.${target.name} (no other-tenant ${kindOf(target.name)})`, mustReject: false };
      return { draft: setId(other), target: `${target.kind}.${target.name} (tenant 61's ${kindOf(target.name)})`, mustReject: false, compareWith: setId(fresh()) };
    }
  }
}

/** An id that exists nowhere (a fresh one each time: an earlier accepted request may have created any fixed one). */
const fresh = () => randomUUID();

const decodeSafe = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Which seeded resource a path's id names: `/sops/{id}` an SOP, `/cases/{id}` a case, `/surat-masuk/{id}/disposisi/{disposisiId}` a disposisi. */
export function kindOfId(path: string, name: string): string {
  if (name === 'disposisiId') return 'disposisi';
  if (name === 'sopId') return 'sop';
  if (name === 'caseId') return 'case';
  if (path.startsWith('/sops')) return 'sop';
  if (path.startsWith('/cases')) return 'case';
  if (path.startsWith('/surat-masuk')) return 'suratMasuk';
  if (path.startsWith('/surat-keluar')) return 'suratKeluar';
  if (path.startsWith('/letters')) return 'suratMasuk';
  // Any other service: `/<collection>/{id}` names a resource of that collection (seeded generically).
  return name === 'id' ? (path.split('/')[1] ?? name) : name.replace(/Id$/, '');
}
