/**
 * The SOP lifecycle through real HTTP: real tokens, real PostgreSQL event store, read model and
 * PostgreSQL transport. Covers every lifecycle rule with its 409s and 400s, tenancy, If-Match,
 * time travel and diff across two revisions, and the published integration events.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { IntegrationEvent, SopContent } from '@jejak/contracts';
import { PostgresTransport, type ConsumerHandle } from '@jejak/messaging';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { kalbarPlutSop } from '../src/domain/testing/kalbar-plut.fixture';
import { SopCatalogueModule } from '../src/sop-catalogue.module';
import { SopCatalogueWorkers } from '../src/workers/sop-catalogue.workers';

const KADIS_61 = { username: 'kadis-61', name: 'Ir. Ansfridus J. Andjioe, ME', nip: '196607191993111002' };

describe('SOP catalogue lifecycle (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let transport: PostgresTransport;
  let consumer: ConsumerHandle;
  const published: IntegrationEvent[] = [];
  const tokens: Record<string, string> = {};

  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    db = await createTestDatabase('sop_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [SopCatalogueModule.forRoot({ config: testServiceConfig('sop-catalogue', db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['kabid-61', 'staf-61', 'staf-35', 'auditor-61', 'provinsi-61', 'sekretaris-61']) tokens[who] = await issuer.tokenFor(who);
    tokens['kadis-61'] = await issuer.tokenFor(KADIS_61);
    tokens['kadis-61-wrong'] = await issuer.tokenFor({ username: 'kadis-61', nip: '197001011990031001', name: 'Orang Lain' });

    transport = new PostgresTransport({ pool: db.pool });
    consumer = await transport.subscribe({
      group: 'e2e-observer',
      topics: ['jejak.sop-catalogue.v1'],
      handle: async (event) => {
        published.push(event);
      },
    });
  });

  afterAll(async () => {
    await consumer?.stop();
    await transport?.close();
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  let sopId = '';
  let etag = '';

  it('drafts an SOP: 201, Location and ETag', async () => {
    const res = await http().post('/sops').set(as('kabid-61')).send({ unit: 'Bidang Pemberdayaan Usaha Kecil', content: kalbarPlutSop() }).expect(201);
    sopId = res.body.sopId;
    expect(res.headers.location).toBe(`/sops/${sopId}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body.events).toEqual(['SopDrafted']);
    etag = res.headers.etag;
  });

  it('rejects bad input with 400 naming the field, and stores nothing', async () => {
    const content = kalbarPlutSop() as unknown as Record<string, unknown>;
    const bad = await http().post('/sops').set(as('kabid-61')).send({ unit: 'X', content, colour: 'red' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('colour');

    const badDate = kalbarPlutSop();
    (badDate.identity as { tanggalPembuatan: string }).tanggalPembuatan = '22 Juli 2020';
    const res = await http().post('/sops').set(as('kabid-61')).send({ unit: 'X', content: badDate }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('content.identity.tanggalPembuatan');

    const badStep = kalbarPlutSop();
    (badStep.procedures[0].steps[2] as unknown as { no: string }).no = 'tiga';
    const stepRes = await http().post('/sops').set(as('kabid-61')).send({ unit: 'X', content: badStep }).expect(400);
    expect(stepRes.body.errors.map((e: { field: string }) => e.field)).toContain('content.procedures.0.steps.2.no');

    await http().post(`/sops/${sopId}/versions/abc/submit`).set(as('kabid-61')).expect(400);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM sop_catalogue_es.events`);
    expect(rows[0].n).toBe(1);
  });

  it('enforces identity: 401 without a token, 403 for read-only roles writing, 404 across dinas', async () => {
    await http().get(`/sops/${sopId}`).expect(401);
    await http().post('/sops').set(as('auditor-61')).send({ unit: 'X', content: kalbarPlutSop() }).expect(403);
    await http().post(`/sops/${sopId}/versions/1/submit`).set(as('provinsi-61')).expect(403);
    await http().get(`/sops/${sopId}`).set(as('staf-35')).expect(404);
    await http().get(`/sops/${sopId}`).set(as('auditor-61')).expect(200);
    await http().post(`/sops/${sopId}/versions/1/approve`).set(as('kabid-61')).expect(403);
  });

  it('refuses to submit an incomplete SOP with 409 listing every missing step field', async () => {
    const incomplete: SopContent = kalbarPlutSop();
    incomplete.procedures[0].steps[3].pelaksana = [];
    incomplete.procedures[0].steps[5].mutuBaku = { kelengkapan: [], waktu: { raw: '', min: null, max: null, unit: null, ceiling: false }, output: '' };
    incomplete.identity.nomor = null;
    const created = await http().post('/sops').set(as('staf-61')).send({ unit: 'Bidang Pemberdayaan Usaha Kecil', content: incomplete }).expect(201);
    const res = await http().post(`/sops/${created.body.sopId}/versions/1/submit`).set(as('staf-61')).expect(409);
    expect(res.body.code).toBe('SOP_INCOMPLETE');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['identity.nomor', 'procedures[0].steps[3].pelaksana', 'procedures[0].steps[5].mutuBaku']));
    expect(res.body.errors.find((e: { field: string }) => e.field === 'procedures[0].steps[3].pelaksana').message).toContain('Langkah 4');
    const history = await http().get(`/sops/${created.body.sopId}/history`).set(as('staf-61')).expect(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['SopDrafted']);
  });

  it('enforces the order: approve before submit and effective before approve are 409', async () => {
    const approve = await http().post(`/sops/${sopId}/versions/1/approve`).set(as('kadis-61')).expect(409);
    expect(approve.body.code).toBe('SOP_NOT_SUBMITTED');
    const effective = await http().post(`/sops/${sopId}/versions/1/make-effective`).set(as('kadis-61')).send({ effectiveFrom: '2020-07-22' }).expect(409);
    expect(effective.body.code).toBe('SOP_NOT_APPROVED');
  });

  it('submits, refuses an approver who is not the pengesah, approves, and makes effective', async () => {
    const stale = await http().post(`/sops/${sopId}/versions/1/submit`).set(as('kabid-61')).set('If-Match', '"7"').expect(412);
    expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
    const submitted = await http().post(`/sops/${sopId}/versions/1/submit`).set(as('kabid-61')).set('If-Match', etag).expect(200);
    expect(submitted.headers.etag).toBe('"1"');
    const wrong = await http().post(`/sops/${sopId}/versions/1/approve`).set(as('kadis-61-wrong')).expect(403);
    expect(wrong.body.code).toBe('SOP_APPROVER_NOT_PENGESAH');
    await http().post(`/sops/${sopId}/versions/1/approve`).set(as('kadis-61')).expect(200);
    await http().post(`/sops/${sopId}/versions/1/make-effective`).set(as('kadis-61')).send({ effectiveFrom: '22-07-2020' }).expect(400);
    await http().post(`/sops/${sopId}/versions/1/make-effective`).set(as('kadis-61')).send({ effectiveFrom: '2020-07-22' }).expect(200);
    const view = await http().get(`/sops/${sopId}`).set(as('staf-61')).expect(200);
    expect(view.body.versions[0]).toMatchObject({ stage: 'effective', effectiveFrom: '2020-07-22' });
  });

  it('never changes an effective version (409)', async () => {
    const res = await http().put(`/sops/${sopId}/versions/1/content`).set(as('kabid-61')).send({ content: kalbarPlutSop() }).expect(409);
    expect(res.body.code).toBe('SOP_VERSION_NOT_EDITABLE');
  });

  it('revises into version 2 while version 1 stays readable; time travel and diff across the revisions', async () => {
    await http().post(`/sops/${sopId}/revisions`).set(as('kabid-61')).expect(200);
    const revised = kalbarPlutSop();
    revised.procedures[0].steps[0].mutuBaku.waktu = { raw: '2 hari', min: 2, max: 2, unit: 'hari', ceiling: false };
    revised.procedures[0].steps[1].pelaksana = ['Kasubid', 'Fungsional Umum'];
    revised.identity.tanggalRevisi = '2024-01-02';
    await http().put(`/sops/${sopId}/versions/2/content`).set(as('kabid-61')).send({ content: revised }).expect(200);
    await http().post(`/sops/${sopId}/versions/2/submit`).set(as('kabid-61')).expect(200);
    await http().post(`/sops/${sopId}/versions/2/approve`).set(as('kadis-61')).expect(200);
    await http().post(`/sops/${sopId}/versions/2/make-effective`).set(as('sekretaris-61')).send({ effectiveFrom: '2024-01-02' }).expect(200);

    const in2021 = await http().get(`/sops/${sopId}/as-of`).query({ date: '2021-03-01' }).set(as('auditor-61')).expect(200);
    expect(in2021.body.effective.version).toBe(1);
    expect(in2021.body.effective.content.procedures[0].steps[0].mutuBaku.waktu.raw).toBe(kalbarPlutSop().procedures[0].steps[0].mutuBaku.waktu.raw);
    const in2024 = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-06-01' }).set(as('auditor-61')).expect(200);
    expect(in2024.body.effective.version).toBe(2);
    expect(in2024.body.effective.effectiveFrom).toBe('2024-01-02');
    await http().get(`/sops/${sopId}/as-of`).query({ date: 'kemarin' }).set(as('auditor-61')).expect(400);
    // Version 2 is in force from 2024-01-02: 23:30 WIB on 1 January is still version 1, the same instant in WITA is 2 January.
    const lateWib = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-01-01T23:30:00+07:00' }).set(as('auditor-61')).expect(200);
    expect(lateWib.body).toMatchObject({ date: '2024-01-01', effective: { version: 1 } });
    const lateWita = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-01-01T23:30:00+07:00', zone: 'WITA' }).set(as('auditor-61')).expect(200);
    expect(lateWita.body).toMatchObject({ date: '2024-01-02', effective: { version: 2 } });
    const wallClock = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-01-02T00:30' }).set(as('auditor-61')).expect(200);
    expect(wallClock.body).toMatchObject({ date: '2024-01-02', effective: { version: 2 } });
    const badZone = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-01-02', zone: 'UTC' }).set(as('auditor-61')).expect(400);
    expect(badZone.body.errors).toEqual([{ field: 'zone', message: expect.stringContaining('WIB, WITA, WIT') }]);

    const diff = await http().get(`/sops/${sopId}/diff`).query({ from: 1, to: 2 }).set(as('staf-61')).expect(200);
    const paths = diff.body.changes.map((c: { path: string }) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['identity.tanggalRevisi', 'procedures[0].steps[0].mutuBaku.waktu', 'procedures[0].steps[1].pelaksana']));
    await http().get(`/sops/${sopId}/diff`).query({ from: 1, to: 9 }).set(as('staf-61')).expect(400);

    const view = await http().get(`/sops/${sopId}`).set(as('staf-61')).expect(200);
    expect(view.body.versions.map((v: { stage: string }) => v.stage)).toEqual(['superseded', 'effective']);
  });

  it('lists and searches the catalogue within the dinas the user may read', async () => {
    const workers = app.get(SopCatalogueWorkers);
    await workers.projection.caughtUp();
    const mine = await http().get('/sops').query({ q: 'plut' }).set(as('staf-61')).expect(200);
    expect(mine.body.items.map((i: { sopId: string }) => i.sopId)).toContain(sopId);
    const found = mine.body.items.find((i: { sopId: string }) => i.sopId === sopId);
    expect(found).toMatchObject({ tenant: '61', latestVersion: 2, latestStage: 'effective', effectiveVersion: 2, nomor: '518 / 917 / KUKRU - IV - 1' });
    const effectiveOnly = await http().get('/sops').query({ stage: 'effective' }).set(as('staf-61')).expect(200);
    expect(effectiveOnly.body.total).toBe(1);
    const other = await http().get('/sops').query({ q: 'plut' }).set(as('staf-35')).expect(200);
    expect(other.body.total).toBe(0);
    await http().get('/sops').query({ tenant: '61' }).set(as('staf-35')).expect(403);
    await http().get('/sops').query({ limit: 1000 }).set(as('staf-61')).expect(400);
  });

  it('publishes integration events through the outbox (drafted, approved, version-effective with content)', async () => {
    const types = await eventually(async () => {
      const mine = published.filter((e) => e.subject === sopId).map((e) => e.type);
      return mine.filter((t) => t === 'jejak.sop.version-effective.v1').length === 2 ? mine : undefined;
    }, 15_000, 'the version-effective events');
    expect(types).toEqual([
      'jejak.sop.drafted.v1', 'jejak.sop.approved.v1', 'jejak.sop.version-effective.v1',
      'jejak.sop.drafted.v1', 'jejak.sop.approved.v1', 'jejak.sop.version-effective.v1',
    ]);
    const effective = published.filter((e) => e.subject === sopId && e.type === 'jejak.sop.version-effective.v1');
    expect(effective[1]).toMatchObject({ tenant: '61', partitionkey: sopId, data: { version: 2, supersedesVersion: 1, effectiveFrom: '2024-01-02' } });
    expect((effective[1].data as { content: SopContent }).content.procedures[0].steps).toHaveLength(28);
  });

  it('retires the SOP from a date', async () => {
    await http().post(`/sops/${sopId}/retire`).set(as('kadis-61')).send({ retiredFrom: '2026-01-01' }).expect(400);
    await http().post(`/sops/${sopId}/retire`).set(as('kadis-61')).send({ retiredFrom: '2026-01-01', reason: 'Digantikan SOP layanan PLUT terpadu' }).expect(200);
    const after = await http().get(`/sops/${sopId}/as-of`).query({ date: '2026-02-01' }).set(as('auditor-61')).expect(200);
    expect(after.body.effective).toBeNull();
    expect(after.body.retired.retiredFrom).toBe('2026-01-01');
  });

  it('rebuilds the read model from position 0 with the rebuild CLI (progress bar, events/s)', async () => {
    const cli = resolve(__dirname, '../dist/cli/rebuild.main.js');
    expect(existsSync(cli)).toBe(true); // built by `npm test`'s build step
    await app.get(SopCatalogueWorkers).projection.caughtUp();
    const before = await db.pool.query(`SELECT * FROM sop_catalogue_rm.sop_list ORDER BY sop_id`);
    await db.pool.query(`UPDATE sop_catalogue_rm.sop_list SET nama = 'rusak'`);
    const run = spawnSync(process.execPath, [cli], { env: { ...process.env, DATABASE_URL: db.url, EVENT_STORE: 'postgres' }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/rebuilt projection "sop-catalogue" from \d+ events .* events\/s/);
    expect(run.stderr).toContain('events/s');
    const after = await db.pool.query(`SELECT * FROM sop_catalogue_rm.sop_list ORDER BY sop_id`);
    expect(after.rows).toEqual(before.rows);
  });
});
