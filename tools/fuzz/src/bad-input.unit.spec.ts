import type { OpenAPIObject } from '@nestjs/swagger';
import { corrupt, type RequestDraft } from './bad-input';
import { locationsOf, replaceAt, REMOVE, type OperationSpec } from './openapi-operations';

const document = {
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Body: {
        type: 'object',
        required: ['nama', 'jumlah', 'identity'],
        properties: {
          nama: { type: 'string' },
          jumlah: { type: 'integer', minimum: 0 },
          identity: { $ref: '#/components/schemas/Identity' },
          aktif: { type: 'boolean' },
        },
      },
      Identity: { type: 'object', required: ['tanggal'], properties: { tanggal: { type: 'string', format: 'date' } } },
    },
  },
} as unknown as OpenAPIObject;

const operation: OperationSpec = {
  service: 'contoh',
  method: 'post',
  path: '/things/{id}',
  key: 'POST /things/{id}',
  parameters: [
    { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'offset', in: 'query', required: false, schema: { type: 'number' } },
  ],
  body: { mediaType: 'application/json', schema: { $ref: '#/components/schemas/Body' }, required: true },
  responses: ['200', '400'],
};

const valid: RequestDraft = {
  pathParams: { id: 'own-id' },
  query: [['offset', '0']],
  body: { json: { nama: 'Koperasi', jumlah: 3, identity: { tanggal: '2025-03-03' }, aktif: true } },
};
const ids = { own: { things: 'own-id' }, other: { things: 'other-id' } };
const bodyOf = (draft: RequestDraft) => (draft.body && 'json' in draft.body ? (draft.body.json as Record<string, unknown>) : undefined);

describe('bad input classes', () => {
  it('lists every location of a body and replaces or removes one without touching the original', () => {
    const body = bodyOf(valid)!;
    expect(locationsOf(body).map((l) => l.path.join('.'))).toEqual(['nama', 'jumlah', 'identity', 'identity.tanggal', 'aktif']);
    expect(replaceAt(body, ['identity', 'tanggal'], '2024-02-30')).toEqual({ ...body, identity: { tanggal: '2024-02-30' } });
    expect(replaceAt(body, ['identity'], REMOVE)).not.toHaveProperty('identity');
    expect(body.identity).toEqual({ tanggal: '2025-03-03' });
  });

  it('puts an impossible date in a date field and requires it to be rejected', () => {
    const applied = corrupt(document, operation, valid, { cls: 'impossible-date', where: 0, variant: 0 }, ids);
    expect(applied.target).toBe('body.identity.tanggal');
    expect(bodyOf(applied.draft)!.identity).toEqual({ tanggal: '2024-02-30' });
    expect(applied.mustReject).toBe(true);
  });

  it('sets null on a required field (must reject) and removes a required nested object', () => {
    const nulled = corrupt(document, operation, valid, { cls: 'null-required', where: 0, variant: 0 }, ids);
    expect(bodyOf(nulled.draft)!.nama).toBeNull();
    expect(nulled.mustReject).toBe(true);
    const removed = corrupt(document, operation, valid, { cls: 'wrong-structure', where: 1, variant: 3 }, ids);
    expect(bodyOf(removed.draft)).not.toHaveProperty('identity');
    expect(removed.mustReject).toBe(true);
  });

  it('requires a non-integer where the schema says integer to be rejected', () => {
    const applied = corrupt(document, operation, valid, { cls: 'numbers', where: 0, variant: 2 }, ids);
    expect(bodyOf(applied.draft)!.jumlah).toBe(1.5);
    expect(applied.mustReject).toBe(true);
  });

  it('adds __proto__ as an own key, so it is serialised into the request', () => {
    const applied = corrupt(document, operation, valid, { cls: 'prototype-keys', where: 0, variant: 0 }, ids);
    expect(JSON.stringify(bodyOf(applied.draft))).toContain('"__proto__":{"polluted":true}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(applied.mustReject).toBe(true);
  });

  it('nests JSON 2,000 levels deep as raw text', () => {
    const applied = corrupt(document, operation, valid, { cls: 'deep-json', where: 0, variant: 0 }, ids);
    const raw = applied.draft.body && 'raw' in applied.draft.body ? applied.draft.body.raw : '';
    expect(raw.split('{"a":').length - 1).toBe(2000);
  });

  it("swaps in another tenant's id and keeps a request with a missing id to compare answers with", () => {
    const applied = corrupt(document, operation, valid, { cls: 'other-tenant-id', where: 0, variant: 0 }, ids);
    expect(applied.draft.pathParams.id).toBe('other-id');
    expect(applied.compareWith?.pathParams.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(applied.compareWith?.pathParams.id).not.toBe('own-id');
  });

  it('sends a huge offset in the query', () => {
    const applied = corrupt(document, operation, valid, { cls: 'huge-offset-version', where: 0, variant: 0 }, ids);
    expect(applied.draft.query).toEqual([['offset', '1e20']]);
    expect(applied.mustReject).toBe(true);
  });
});
