/**
 * permitting through real HTTP: real tokens, the PostgreSQL event store, the read model and the
 * PostgreSQL transport. Permit types: seed, define, revise with If-Match, read as of a date, the
 * RFC 7807 errors naming fields, tenancy, OpenAPI, and that nothing is published (no consumer yet).
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { IntegrationEvent } from '@jejak/contracts';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { PostgresTransport, type ConsumerHandle } from '@jejak/messaging';
import { configurePlatform } from '@jejak/nest-platform';
import { expectOperationsDocumented, startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { PERMIT_TYPE_SEEDS } from '../src/domain';
import { permittingOutboxMapping } from '../src/outbox/permitting.outbox-mapping';
import { PermittingModule } from '../src/permitting.module';
import { PERMITTING_SERVICE } from '../src/permitting.service';

describe('permitting (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let transport: PostgresTransport;
  let consumer: ConsumerHandle;
  const published: IntegrationEvent[] = [];
  const tokens: Record<string, string> = {};

  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const readable = (code: string, who = 'staf-35.01', until: (body: { versions: unknown[] }) => boolean = () => true) =>
    eventually(async () => {
      const res = await http().get(`/permit-types/${code}`).set(as(who));
      return res.status === 200 && until(res.body) ? res : undefined;
    }, 10_000, `permit type ${code} in the read model`);
  const seed = (code: string) => structuredClone(PERMIT_TYPE_SEEDS.find((s) => s.code === code)!);

  beforeAll(async () => {
    db = await createTestDatabase('permitting_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [PermittingModule.forRoot({ config: testServiceConfig(PERMITTING_SERVICE.name, db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['staf-35.01', 'kabid-35.01', 'kabid-61', 'auditor-35']) tokens[who] = await issuer.tokenFor(who);
    transport = new PostgresTransport({ pool: db.pool });
    consumer = await transport.subscribe({ group: 'e2e-observer', topics: [PERMITTING_SERVICE.topic], handle: async (event) => { published.push(event); } });
  });

  afterAll(async () => {
    await consumer?.stop();
    await transport?.close();
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  it('seeds the eight permit types once; seeding again leaves them', async () => {
    const first = await http().post('/permit-types/seed').set(as('kabid-35.01')).expect(200);
    expect(first.body).toEqual({ defined: PERMIT_TYPE_SEEDS.map((s) => s.code), existing: [] });
    const again = await http().post('/permit-types/seed').set(as('kabid-35.01')).expect(200);
    expect(again.body).toEqual({ defined: [], existing: PERMIT_TYPE_SEEDS.map((s) => s.code) });
  });

  it('reads a seeded type with its UNVERIFIED values marked and its ETag; another dinas gets 404', async () => {
    const res = await readable('NIK_KOPERASI');
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ tenant: '35.01', code: 'NIK_KOPERASI', revision: 0, versions: [{ version: 1, effectiveFrom: '2023-01-04' }] });
    expect(res.body.versions[0].content.validity).toMatchObject({ kind: 'months', months: 24, verification: 'UNVERIFIED' });
    expect(res.body.versions[0].content.sop).toMatchObject({ nomor: '01/SOP/DIKUPERIND/2023', verification: 'VERIFIED' });
    const other = await http().get('/permit-types/NIK_KOPERASI').set(as('kabid-61')).expect(404);
    expect(other.body).toMatchObject({ status: 404, code: 'PERMIT_TYPE_NOT_FOUND' });
  });

  it('defines a new type through the API: 201 with Location; the same code again is 409', async () => {
    const body = { code: 'SIUP_KHUSUS', effectiveFrom: '2025-01-01', content: seed('PIRT').content };
    const res = await http().post('/permit-types').set(as('kabid-61')).send(body).expect(201);
    expect(res.headers.location).toBe('/permit-types/SIUP_KHUSUS');
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toEqual({ code: 'SIUP_KHUSUS', version: 1, revision: 0, position: expect.stringMatching(/^\d+\.\d+$/), events: ['PermitTypeDefined'] });
    const again = await http().post('/permit-types').set(as('kabid-61')).send(body).expect(409);
    expect(again.body.code).toBe('PERMIT_TYPE_ALREADY_EXISTS');
  });

  it('answers bad input with 400 naming the fields, no token 401, a role that may not edit 403', async () => {
    const content = seed('IUI_REKOMTEK').content as unknown as Record<string, unknown>;
    const shape = await http().post('/permit-types').set(as('kabid-35.01')).send({ code: 'X_Y', effectiveFrom: '2025-02-30', content: { ...content, outputs: ['piagam'] }, warna: 'merah' }).expect(400);
    expect(shape.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['effectiveFrom', 'warna']));
    const docs = (content.documents as Record<string, unknown>[]).map((d, i) => (i === 0 ? { ...d, code: 'nib' } : d));
    const rules = await http().post('/permit-types').set(as('kabid-35.01')).send({ code: 'iui', effectiveFrom: '2025-01-01', content: { ...content, documents: docs } }).expect(400);
    expect(rules.body).toMatchObject({ code: 'PERMIT_TYPE_INVALID' });
    expect(rules.body.errors.map((e: { field: string }) => e.field)).toEqual(['code', 'documents[1].code']);
    await http().post('/permit-types').send({ code: 'A1', effectiveFrom: '2025-01-01', content }).expect(401);
    await http().post('/permit-types').set(as('staf-35.01')).send({ code: 'A1', effectiveFrom: '2025-01-01', content }).expect(403);
    await http().post('/permit-types/seed').set(as('auditor-35')).expect(403);
    await http().get('/permit-types/bukan-kode').set(as('staf-35.01')).expect(400);
  });

  it('revises with If-Match: stale 412, earlier date 400, the right one 201; as-of reads pick the version in force', async () => {
    const current = await readable('NIK_KOPERASI');
    const content = { ...current.body.versions[0].content, validity: { kind: 'months', months: 36, verification: 'VERIFIED', source: 'Peraturan daerah (contoh)' } };
    await http().post('/permit-types/NIK_KOPERASI/versions').set(as('kabid-35.01')).set('If-Match', '"5"').send({ effectiveFrom: '2025-07-01', content }).expect(412);
    const early = await http().post('/permit-types/NIK_KOPERASI/versions').set(as('kabid-35.01')).set('If-Match', '"0"').send({ effectiveFrom: '2022-01-01', content }).expect(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'effectiveFrom' })]);
    await http().post('/permit-types/NIK_KOPERASI/versions').set(as('kabid-61')).send({ effectiveFrom: '2025-07-01', content }).expect(404);
    const revised = await http().post('/permit-types/NIK_KOPERASI/versions').set(as('kabid-35.01')).set('If-Match', '"0"').send({ effectiveFrom: '2025-07-01', content }).expect(201);
    expect(revised.headers.etag).toBe('"1"');
    expect(revised.body).toEqual({ code: 'NIK_KOPERASI', version: 2, revision: 1, position: expect.stringMatching(/^\d+\.\d+$/), events: ['PermitTypeRevised'] });
    const both = await readable('NIK_KOPERASI', 'staf-35.01', (b) => b.versions.length === 2);
    expect(both.headers.etag).toBe('"1"');
    const before = await http().get('/permit-types/NIK_KOPERASI?asOf=2025-06-30').set(as('staf-35.01')).expect(200);
    expect(before.body.versions.map((v: { version: number }) => v.version)).toEqual([1]);
    const after = await http().get('/permit-types/NIK_KOPERASI?asOf=2025-07-01').set(as('staf-35.01')).expect(200);
    expect(after.body.versions).toEqual([expect.objectContaining({ version: 2, content: expect.objectContaining({ validity: expect.objectContaining({ months: 36 }) }) })]);
    const none = await http().get('/permit-types/NIK_KOPERASI?asOf=2020-01-01').set(as('staf-35.01')).expect(404);
    expect(none.body.code).toBe('PERMIT_TYPE_NOT_IN_FORCE');
  });

  it('documents every operation in OpenAPI (4 permit-type, 12 application, 3 report operations)', async () => {
    expect(await expectOperationsDocumented(app)).toBe(19);
  });

  it('publishes nothing: every stored permit-type event maps to no integration event, and none reaches the topic', async () => {
    await readable('SIUP_KHUSUS', 'kabid-61');
    const recorded = await app.get<EventStore>(EVENT_STORE).readStream('permit-type-35.01~NIK_KOPERASI');
    expect(recorded.map((e) => e.type)).toEqual(['PermitTypeDefined', 'PermitTypeRevised']);
    for (const event of recorded) expect(permittingOutboxMapping(event)).toBeNull();
    expect(published).toEqual([]);
  });
});
