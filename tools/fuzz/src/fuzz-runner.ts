import fc from 'fast-check';
import { createHash, randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { corrupt, kindOfId, type AppliedCorruption, type BadInputClass, type RequestDraft, type SeededIds } from './bad-input';
import { schemaArbitrary, type OperationSpec, type ParameterSpec } from './openapi-operations';
import type { ServiceUnderFuzz, StoreSnapshot } from './service-under-fuzz';

/** Demo users of the caller's tenant the requests are sent as (fast-check picks one per case). */
export const ACTORS = ['kabid-35', 'kadis-35', 'sekretaris-35', 'kasi-35', 'staf-35', 'petugas-35'] as const;

export type FailureKind = 'server-error' | 'stored-by-rejected-request' | 'bad-input-accepted' | 'other-tenant-id-distinguishable';

/** One failing request, shrunk by fast-check. */
export interface FuzzFailure {
  service: string;
  operation: string;
  cls: BadInputClass;
  kind: FailureKind;
  target: string;
  request: { actor: string; method: string; url: string; contentType?: string; body?: string; headers?: Record<string, string> };
  status: number;
  responseBody: string;
  /** What the store gained (for `stored-by-rejected-request`) or the other answer (for `other-tenant-id-distinguishable`). */
  detail?: string;
  seed: number;
  counterexample?: string;
}

export interface FuzzContext {
  service: ServiceUnderFuzz;
  document: OpenAPIObject;
  ids: SeededIds;
  /** Authorization header of a demo user. */
  as(username: string): Promise<Record<string, string>>;
  /** Text of an SOP book to upload to multipart imports. */
  sampleFile: string;
}

const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);
const printable = (text: string) => clip(JSON.stringify(text).slice(1, -1));

/** A valid value for a path or a required query parameter: a seeded id, a real version, a date in range. */
function validParameter(operation: OperationSpec, parameter: ParameterSpec, ids: SeededIds): string {
  const example = parameter.example ?? parameter.schema.example;
  switch (parameter.name) {
    case 'id':
    case 'disposisiId':
    case 'sopId':
    case 'caseId':
      return ids.own[kindOfId(operation.path, parameter.name)] ?? String(example ?? randomUUID());
    case 'stepKey':
      return ids.own.stepKey ?? String(example ?? '1');
    case 'tenant':
      return '35';
    case 'version':
    case 'from':
      return '1';
    case 'to':
      return '1';
    case 'year':
      return '2025';
    case 'dari':
      return '2025-01-01';
    case 'sampai':
      return '2025-06-30';
    case 'date':
    case 'asOf':
      return '2025-03-03';
  }
  if (example !== undefined) return String(example);
  if (parameter.schema.enum?.length) return String(parameter.schema.enum[0]);
  if (parameter.schema.format === 'date') return '2025-03-03';
  if (parameter.schema.type === 'number' || parameter.schema.type === 'integer') return '1';
  return 'x';
}

/** Replaces example ids in a body by the seeded ones (`sopId`, `caseId`), so a valid body names real resources. */
function withSeededIds(body: unknown, ids: SeededIds): unknown {
  if (Array.isArray(body)) return body.map((item) => withSeededIds(item, ids));
  if (body === null || typeof body !== 'object') return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'sopId' && typeof value === 'string' && ids.own.sop) out[key] = ids.own.sop;
    else if (key === 'caseId' && typeof value === 'string' && ids.own.case) out[key] = ids.own.case;
    else out[key] = withSeededIds(value, ids);
  }
  return out;
}

/** Valid requests of an operation: seeded path ids, required query parameters, optional ones from their schema, the documented or a schema-generated body. */
export function validRequestArbitrary(context: FuzzContext, operation: OperationSpec): fc.Arbitrary<RequestDraft> {
  const { document, ids } = context;
  const pathParams: Record<string, string> = {};
  for (const p of operation.parameters.filter((p) => p.in === 'path')) pathParams[p.name] = encodeURIComponent(validParameter(operation, p, ids));
  const required = operation.parameters.filter((p) => p.in === 'query' && p.required);
  const optional = operation.parameters.filter((p) => p.in === 'query' && !p.required);
  const optionalQuery = fc.tuple(
    ...optional.map((p) =>
      fc.option(
        fc.oneof(fc.constant(validParameter(operation, p, ids)), schemaArbitrary(document, p.schema).map((v) => String(v))),
        { nil: undefined, freq: 2 },
      ),
    ),
  );
  let body: fc.Arbitrary<RequestDraft['body']> = fc.constant(undefined);
  if (operation.body) {
    const isMultipart = operation.body.mediaType.startsWith('multipart/') && operation.path === '/sop-imports';
    const example = operation.body.example;
    const fromExample = isMultipart ? { ...(example as Record<string, unknown>), file: context.sampleFile, dryRun: true } : withSeededIds(example, ids);
    const generated = isMultipart || typeof example === 'string' ? fc.constant(fromExample) : schemaArbitrary(document, operation.body.schema).map((b) => withSeededIds(b, ids));
    body = fc.oneof({ weight: 3, arbitrary: fc.constant(fromExample) }, { weight: 1, arbitrary: generated }).map((json) => ({ json: structuredClone(json) }));
  }
  return fc.tuple(optionalQuery, body).map(([values, b]) => ({
    pathParams: { ...pathParams },
    query: [
      ...required.map((p): [string, string] => [p.name, encodeURIComponent(validParameter(operation, p, ids))]),
      ...optional.flatMap((p, i): [string, string][] => (values[i] === undefined ? [] : [[p.name, encodeURIComponent(values[i] as string)]])),
    ],
    body: b,
  }));
}

interface Sent {
  status: number;
  text: string;
  code?: string;
  url: string;
  contentType?: string;
  bodyText?: string;
}

/** Sends a draft over HTTP with a fresh correlation id. */
async function send(context: FuzzContext, operation: OperationSpec, draft: RequestDraft, actor: string, correlationId: string): Promise<Sent> {
  let url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => draft.pathParams[name] ?? '');
  if (draft.query.length > 0) url += `?${draft.query.map(([k, v]) => `${k}=${v}`).join('&')}`;
  const http = context.service.http();
  let req = http[operation.method](url).set(await context.as(actor)).set('x-correlation-id', correlationId).set(draft.headers ?? {});
  let contentType: string | undefined;
  let bodyText: string | undefined;
  const isMultipart = operation.body?.mediaType.startsWith('multipart/') && operation.path === '/sop-imports';
  if (draft.body && 'json' in draft.body && isMultipart && draft.contentType === undefined && draft.body.json !== null && typeof draft.body.json === 'object' && !Array.isArray(draft.body.json)) {
    contentType = 'multipart/form-data';
    const fields = draft.body.json as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      req = name === 'file' ? req.attach('file', Buffer.from(text, 'utf8'), { filename: 'sop.txt', contentType: 'text/plain' }) : req.field(name, text);
    }
    bodyText = clip(JSON.stringify({ ...fields, file: typeof fields.file === 'string' ? clip(fields.file, 60) : fields.file }));
  } else if (draft.body && !('json' in draft.body && draft.body.json === undefined)) {
    const isText = 'json' in draft.body && typeof draft.body.json === 'string' && operation.body?.mediaType !== 'application/json';
    contentType = draft.contentType ?? (isText ? operation.body?.mediaType : 'application/json');
    bodyText = 'raw' in draft.body ? draft.body.raw : isText ? String((draft.body as { json: unknown }).json) : JSON.stringify(draft.body.json);
    req = req.set('Content-Type', contentType!).send(bodyText);
    bodyText = printable(bodyText);
  }
  const res = await req.ok(() => true);
  const text = res.text ?? '';
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { status: res.status, text, code, url: clip(url, 300), contentType, bodyText };
}

const sameStore = (a: StoreSnapshot, b: StoreSnapshot) => JSON.stringify(a) === JSON.stringify(b);

/** Sends one corrupted request and returns what is wrong with the answer, if anything. */
export async function checkOne(context: FuzzContext, operation: OperationSpec, cls: BadInputClass, applied: AppliedCorruption, actor: string): Promise<Omit<FuzzFailure, 'seed'> | undefined> {
  const { service } = context;
  const correlationId = `fuzz-${randomUUID()}`;
  const before = await service.snapshot();
  const sent = await send(context, operation, applied.draft, actor, correlationId);
  const after = await service.snapshot();
  const written = await service.eventsOf(correlationId);
  const accepted = sent.status >= 200 && sent.status < 300;
  if (accepted && operation.method !== 'get') await service.quiesce();
  const failure = (kind: FailureKind, detail?: string): Omit<FuzzFailure, 'seed'> => ({
    service: service.name,
    operation: operation.key,
    cls,
    kind,
    target: applied.target,
    request: { actor, method: operation.method.toUpperCase(), url: sent.url, contentType: sent.contentType, body: sent.bodyText, headers: applied.draft.headers },
    status: sent.status,
    responseBody: clip(sent.text, 600),
    detail,
  });
  const documented503 = sent.status === 503 && operation.responses.includes('503');
  if (sent.status >= 500 && !documented503) return failure('server-error');
  if (!accepted && (written.length > 0 || !sameStore(before, after))) {
    return failure('stored-by-rejected-request', `${written.map((e) => `${e.type}@${e.stream}`).join(', ') || 'no event under this correlation id'}; store ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  }
  if (applied.mustReject && accepted) return failure('bad-input-accepted', written.length > 0 ? `stored ${written.map((e) => e.type).join(', ')}` : undefined);
  if (applied.compareWith) {
    const compareId = `fuzz-${randomUUID()}`;
    const other = await send(context, operation, applied.compareWith, actor, compareId);
    if (other.status !== sent.status || other.code !== sent.code) {
      return failure('other-tenant-id-distinguishable', `an id that does not exist answers ${other.status} ${other.code ?? ''}; another tenant's id answers ${sent.status} ${sent.code ?? ''}`);
    }
  }
  return undefined;
}

/** Appends the bad value to the target (`body.content.nama = ""`, `query.offset = 1e20`), for the report. */
function withValueShown(applied: AppliedCorruption): AppliedCorruption {
  const { draft, target } = applied;
  const show = (value: unknown) => `${target} = ${clip(typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value)), 80)}`;
  const bodyPath = /^body\.([^ ]+)$/.exec(target);
  if (bodyPath && draft.body && 'json' in draft.body) {
    let value: unknown = draft.body.json;
    for (const key of bodyPath[1].split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
    return { ...applied, target: show(value) };
  }
  const queryName = /^query\.([^ ]+)$/.exec(target);
  if (queryName) {
    const pair = draft.query.find(([name]) => name === queryName[1]);
    if (pair) return { ...applied, target: `${target} = ${clip(pair[1], 80)}` };
  }
  const pathName = /^path\.([^ ]+)$/.exec(target);
  if (pathName && draft.pathParams[pathName[1]] !== undefined) return { ...applied, target: `${target} = ${clip(draft.pathParams[pathName[1]], 80)}` };
  return applied;
}

/** A seed per (operation, class), stable when other operations are added. */
export function seedFor(base: number, operation: string, cls: string): number {
  return (base ^ createHash('sha256').update(`${operation} ${cls}`).digest().readInt32BE(0)) | 0;
}

/**
 * Runs the property "no bad input of this class makes this operation answer 5xx, store events when it
 * is rejected, accept what is invalid beyond doubt, or tell another tenant's id from a missing one".
 */
export async function fuzzOperation(context: FuzzContext, operation: OperationSpec, cls: BadInputClass, options: { runs: number; seed: number }): Promise<FuzzFailure | undefined> {
  let last: Omit<FuzzFailure, 'seed'> | undefined;
  const seed = seedFor(options.seed, operation.key, cls);
  const property = fc.asyncProperty(
    fc.record({ actor: fc.constantFrom(...ACTORS), draft: validRequestArbitrary(context, operation), where: fc.nat(40), variant: fc.nat(11) }),
    async ({ actor, draft, where, variant }) => {
      const applied = withValueShown(corrupt(context.document, operation, draft, { cls, where, variant }, context.ids));
      const found = await checkOne(context, operation, cls, applied, actor);
      if (found) last = found;
      return found === undefined;
    },
  );
  const details = await fc.check(property, { seed, numRuns: options.runs, endOnFailure: false });
  if (!details.failed) return undefined;
  if (!last) {
    const error = details.errorInstance;
    throw error instanceof Error ? error : new Error(`fuzzing ${operation.key} (${cls}) failed: ${String(error)}`);
  }
  return { ...last, seed, counterexample: clip(JSON.stringify(details.counterexample) ?? String(details.counterexample), 600) };
}

/** One line of a failure, as the report and the findings file show it. */
export function describeFailure(f: FuzzFailure): string {
  return [
    `${f.service} ${f.operation} [${f.cls}] ${f.kind}: ${f.status} at ${f.target}`,
    `  request: ${f.request.method} ${f.request.url} as ${f.request.actor}${f.request.contentType ? ` (${f.request.contentType})` : ''}${f.request.headers ? ` headers ${JSON.stringify(f.request.headers)}` : ''}${f.request.body ? ` body ${f.request.body}` : ''}`,
    `  response: ${f.status} ${f.responseBody}`,
    ...(f.detail ? [`  detail: ${f.detail}`] : []),
    `  seed ${f.seed}`,
  ].join('\n');
}
