/**
 * Regression tests for issue 10/11 in the SOP catalogue, through real HTTP on real PostgreSQL: bad
 * input is a 400 naming the field and stores NOTHING (the event log is compared before and after),
 * another dinas's SOP is a 404 exactly like an id that does not exist, the importer's limits answer
 * as problems, creates are retry-safe, and `GET /sops` pages with a stable cursor while writes happen.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { testServiceConfig } from '@jejak/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { kalbarPlutSop } from '../src/domain/testing/kalbar-plut.fixture';
import { SopCatalogueModule } from '../src/sop-catalogue.module';
import { SOP_BOOK_MAX_BYTES } from '../src/sops/commands/import-sop-book/sop-book-upload.interceptor';
import { SopCatalogueWorkers } from '../src/workers/sop-catalogue.workers';

type Json = Record<string, unknown>;

describe('SOP catalogue: bad input never writes, retryable creates, paged lists (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  const tokens: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  /** Every stored event, as (stream, revision, id): what "nothing was stored" is compared on. */
  const eventLog = async (): Promise<string[]> =>
    (await db.pool.query(`SELECT stream_id, revision, event_id FROM sop_catalogue_es.events ORDER BY global_position`)).rows.map(
      (r: { stream_id: string; revision: number; event_id: string }) => `${r.stream_id}#${r.revision}#${r.event_id}`,
    );
  const expectNothingStored = async (before: string[]) => expect(await eventLog()).toEqual(before);
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
  const content = (): Json => kalbarPlutSop() as unknown as Json;
  const withIdentity = (patch: Json): Json => {
    const c = content();
    return { ...c, identity: { ...(c.identity as Json), ...patch } };
  };
  const withStep = (patch: Json): Json => {
    const c = kalbarPlutSop();
    Object.assign(c.procedures[0].steps[0] as unknown as Json, patch);
    return c as unknown as Json;
  };

  let sopId = '';

  beforeAll(async () => {
    db = await createTestDatabase('sop_bad_input_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [SopCatalogueModule.forRoot({ config: testServiceConfig('sop-catalogue', db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['kabid-61', 'kadis-61', 'staf-61', 'staf-35', 'kadis-35', 'auditor-35', 'provinsi-61']) tokens[who] = await issuer.tokenFor(who);
    const created = await http().post('/sops').set(as('kabid-61')).send({ unit: 'UPT PLUT KUMKM', content: content() }).expect(201);
    sopId = created.body.sopId;
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  describe('POST /sops and PUT content: a 400 naming the field, nothing stored', () => {
    const cases: [string, Json, string][] = [
      ['content as an array (the poison event of issue 10)', { unit: 'X', content: [] }, 'content'],
      ['content missing', { unit: 'X' }, 'content'],
      ['content null', { unit: 'X', content: null }, 'content'],
      ['identity as an array', { unit: 'X', content: { ...content(), identity: [] } }, 'content.identity'],
      ['identity missing', { unit: 'X', content: { procedures: [] } }, 'content.identity'],
      ['procedures missing', { unit: 'X', content: { identity: content().identity } }, 'content.procedures'],
      ['an empty unit', { unit: '', content: content() }, 'unit'],
      ['a whitespace-only unit', { unit: '   ', content: content() }, 'unit'],
      ['a whitespace-only nama', { unit: 'X', content: withIdentity({ nama: ' \t ' }) }, 'content.identity.nama'],
      ['nama null', { unit: 'X', content: withIdentity({ nama: null }) }, 'content.identity.nama'],
      ['a missing nullable field (nomor)', { unit: 'X', content: withIdentity({ nomor: undefined }) }, 'content.identity.nomor'],
      ['an impossible identity date (30 February)', { unit: 'X', content: withIdentity({ tanggalPembuatan: '2024-02-30' }) }, 'content.identity.tanggalPembuatan'],
      ['month 13 in an identity date', { unit: 'X', content: withIdentity({ tanggalEfektif: '2024-13-01' }) }, 'content.identity.tanggalEfektif'],
      ['a text date in the identity', { unit: 'X', content: withIdentity({ tanggalRevisi: '30 Februari 2024' }) }, 'content.identity.tanggalRevisi'],
      ['disahkanOleh as an array', { unit: 'X', content: withIdentity({ disahkanOleh: [] }) }, 'content.identity.disahkanOleh'],
      ['a string over its maximum', { unit: 'X', content: withIdentity({ peringatan: 'x'.repeat(20_001) }) }, 'content.identity.peringatan'],
      ['a unit over its maximum', { unit: 'u'.repeat(301), content: content() }, 'unit'],
      ['a step number beyond safe integers', { unit: 'X', content: withStep({ no: 9007199254740992 }) }, 'content.procedures.0.steps.0.no'],
      ['a fractional step number', { unit: 'X', content: withStep({ no: 1.5 }) }, 'content.procedures.0.steps.0.no'],
      ['mutuBaku as an array', { unit: 'X', content: withStep({ mutuBaku: [] }) }, 'content.procedures.0.steps.0.mutuBaku'],
      ['decision missing', { unit: 'X', content: withStep({ decision: undefined }) }, 'content.procedures.0.steps.0.decision'],
      ['a sopId that is not a UUID', { sopId: 'sop-1', unit: 'X', content: content() }, 'sopId'],
      ['a procedure that is an array (fuzz finding)', { unit: 'X', content: { ...content(), procedures: [[]] } }, 'content.procedures'],
      ['a step that is an array (fuzz finding)', { unit: 'X', content: { ...content(), procedures: [{ ...(content().procedures as Json[])[0], steps: [[]] }] } }, 'content.procedures.0.steps'],
    ];

    it.each(cases)('POST /sops with %s', async (_name, body, field) => {
      const before = await eventLog();
      const res = await http().post('/sops').set(as('kabid-61')).send(body).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fields(res.body)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}`))]));
      await expectNothingStored(before);
    });

    it('1e308 as a waktu is a 400 and stores nothing', async () => {
      const before = await eventLog();
      const c = kalbarPlutSop();
      (c.procedures[0].steps[0].mutuBaku.waktu as unknown as Json).max = 1e308;
      const res = await http().post('/sops').set(as('kabid-61')).send({ unit: 'X', content: c }).expect(400);
      expect(fields(res.body)).toContain('content.procedures.0.steps.0.mutuBaku.waktu.max');
      await expectNothingStored(before);
    });

    it('PUT content with content as an array or an impossible date', async () => {
      const before = await eventLog();
      const array = await http().put(`/sops/${sopId}/versions/1/content`).set(as('kabid-61')).send({ content: [] }).expect(400);
      expect(fields(array.body)).toContain('content');
      const date = await http().put(`/sops/${sopId}/versions/1/content`).set(as('kabid-61')).send({ content: withIdentity({ tanggalPembuatan: '2023-02-29' }) }).expect(400);
      expect(fields(date.body)).toContain('content.identity.tanggalPembuatan');
      await expectNothingStored(before);
    });
  });

  describe('paths, queries and the other writes', () => {
    it.each([['9007199254740993'], ['1e3'], ['0'], ['-1'], ['1.5'], ['99999999999999999999']])('version %s in the path is a 400 naming version', async (version) => {
      const before = await eventLog();
      const res = await http().post(`/sops/${sopId}/versions/${version}/submit`).set(as('kabid-61')).expect(400);
      expect(fields(res.body)).toContain('version');
      await expectNothingStored(before);
    });

    it('huge offset, limit and diff versions are 400s naming the parameter', async () => {
      expect(fields((await http().get('/sops').query({ offset: '9007199254740993' }).set(as('kabid-61')).expect(400)).body)).toContain('offset');
      expect(fields((await http().get('/sops').query({ offset: '1e3' }).set(as('kabid-61')).expect(400)).body)).toContain('offset');
      expect(fields((await http().get('/sops').query({ limit: '201' }).set(as('kabid-61')).expect(400)).body)).toContain('limit');
      expect(fields((await http().get(`/sops/${sopId}/diff`).query({ from: 1, to: '1e400' }).set(as('kabid-61')).expect(400)).body)).toContain('to');
      expect(fields((await http().get('/sops').query({ cursor: 'bm90LWEtY3Vyc29y' }).set(as('kabid-61')).expect(400)).body)).toContain('cursor');
    });

    it('an impossible as-of date is a 400, not a 500', async () => {
      const res = await http().get(`/sops/${sopId}/as-of`).query({ date: '2024-02-30' }).set(as('kabid-61')).expect(400);
      expect(fields(res.body)).toContain('date');
    });

    it('reject, retire and make-effective refuse blank reasons and impossible dates, storing nothing', async () => {
      const before = await eventLog();
      expect(fields((await http().post(`/sops/${sopId}/retire`).set(as('kadis-61')).send({ retiredFrom: '2024-02-30', reason: 'x' }).expect(400)).body)).toContain('retiredFrom');
      expect(fields((await http().post(`/sops/${sopId}/retire`).set(as('kadis-61')).send({ retiredFrom: '2024-03-01', reason: '   ' }).expect(400)).body)).toContain('reason');
      expect(fields((await http().post(`/sops/${sopId}/versions/1/make-effective`).set(as('kadis-61')).send({ effectiveFrom: '2024-13-01' }).expect(400)).body)).toContain('effectiveFrom');
      expect(fields((await http().post(`/sops/${sopId}/versions/1/reject`).set(as('kadis-61')).send({ reason: '' }).expect(400)).body)).toContain('reason');
      await expectNothingStored(before);
    });

    it('dryRun=yes on POST /sop-imports is a 400 naming dryRun and creates nothing', async () => {
      const before = await eventLog();
      const book = Buffer.from('SOP\nNama SOP: Contoh\n');
      const res = await http().post('/sop-imports').set(as('kabid-61')).field('dryRun', 'yes').attach('file', book, 'book.txt').expect(400);
      expect(fields(res.body)).toContain('dryRun');
      await expectNothingStored(before);
    });

    it('an Idempotency-Key that is not 1–200 printable ASCII is a 400 naming the header', async () => {
      const before = await eventLog();
      const res = await http().post('/sops').set(as('kabid-61')).set('Idempotency-Key', 'k'.repeat(201)).send({ unit: 'X', content: content() }).expect(400);
      expect(res.body).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY' });
      expect(fields(res.body)).toEqual(['Idempotency-Key']);
      await expectNothingStored(before);
    });
  });

  describe("another dinas's SOP answers exactly like one that does not exist", () => {
    const missing = randomUUID();
    const routes: [string, (id: string) => request.Test][] = [
      ['GET /sops/{id}', (id) => http().get(`/sops/${id}`)],
      ['GET as-of', (id) => http().get(`/sops/${id}/as-of`).query({ date: '2024-03-01' })],
      ['GET diff', (id) => http().get(`/sops/${id}/diff`).query({ from: 1, to: 1 })],
      ['GET history', (id) => http().get(`/sops/${id}/history`)],
      ['GET document', (id) => http().get(`/sops/${id}/versions/1/document`)],
      ['PUT content', (id) => http().put(`/sops/${id}/versions/1/content`).send({ content: kalbarPlutSop() })],
      ['POST submit', (id) => http().post(`/sops/${id}/versions/1/submit`)],
      ['POST reject', (id) => http().post(`/sops/${id}/versions/1/reject`).send({ reason: 'kurang' })],
      ['POST approve', (id) => http().post(`/sops/${id}/versions/1/approve`).send({})],
      ['POST make-effective', (id) => http().post(`/sops/${id}/versions/1/make-effective`).send({ effectiveFrom: '2024-03-01' })],
      ['POST revisions', (id) => http().post(`/sops/${id}/revisions`)],
      ['POST retire', (id) => http().post(`/sops/${id}/retire`).send({ retiredFrom: '2024-03-01', reason: 'diganti' })],
    ];

    it.each(routes)('%s', async (_name, call) => {
      const before = await eventLog();
      const foreign = await call(sopId).set(as('kadis-35'));
      const absent = await call(missing).set(as('kadis-35'));
      expect(foreign.status).toBe(404);
      expect(absent.status).toBe(404);
      expect(foreign.body.code).toBe(absent.body.code);
      expect(foreign.body.detail.replace(sopId, '<id>')).toBe(absent.body.detail.replace(missing, '<id>'));
      await expectNothingStored(before);
    });
  });

  describe('the importer runs off the request thread, within its limits', () => {
    it('an upload over the size limit is a 413 SOP_IMPORT_TOO_LARGE naming file, and stores nothing', async () => {
      const before = await eventLog();
      const big = Buffer.alloc(SOP_BOOK_MAX_BYTES + 1, 'a');
      const res = await http().post('/sop-imports').set(as('kabid-61')).attach('file', big, 'besar.txt').expect(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 413, code: 'SOP_IMPORT_TOO_LARGE' });
      expect(fields(res.body)).toEqual(['file']);
      await expectNothingStored(before);
    });
  });

  describe('POST /sops is retry-safe', () => {
    it('with a client sopId: sent twice (committed, never acknowledged), the second answers the first result', async () => {
      const id = randomUUID();
      const body = { sopId: id, unit: 'UPT PLUT KUMKM', content: content() };
      const first = await http().post('/sops').set(as('kabid-61')).send(body).expect(201);
      const afterFirst = await eventLog();
      const retry = await http().post('/sops').set(as('kabid-61')).send(body).expect(201);
      expect(first.body).toEqual({ sopId: id, revision: 0, position: expect.stringMatching(/^\d+\.\d+$/), events: ['SopDrafted'] });
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(retry.headers.location).toBe(`/sops/${id}`);
      await expectNothingStored(afterFirst);
    });

    it('with an Idempotency-Key: the retry returns the same id and revision even after the SOP moved on', async () => {
      const key = `kunci-${randomUUID()}`;
      const body = { unit: 'UPT PLUT KUMKM', content: content() };
      const first = await http().post('/sops').set(as('kabid-61')).set('Idempotency-Key', key).send(body).expect(201);
      await http().put(`/sops/${first.body.sopId}/versions/1/content`).set(as('kabid-61')).send({ content: withIdentity({ nama: 'Nama baru' }) }).expect(200);
      const before = await eventLog();
      const retry = await http().post('/sops').set(as('kabid-61')).set('Idempotency-Key', key).send(body).expect(201);
      expect(retry.body).toEqual({ sopId: first.body.sopId, revision: 0, position: first.body.position, events: ['SopDrafted'] });
      await expectNothingStored(before);
    });

    it('concurrent identical retries store one SOP; a different body or user with the same key is a 409', async () => {
      const key = `kunci-${randomUUID()}`;
      const body = { unit: 'UPT PLUT KUMKM', content: content() };
      const answers = await Promise.all([0, 1, 2, 3].map(() => http().post('/sops').set(as('kabid-61')).set('Idempotency-Key', key).send(body)));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.sopId)).size).toBe(1);
      const id = answers[0].body.sopId as string;
      expect((await db.pool.query(`SELECT count(*)::int AS n FROM sop_catalogue_es.events WHERE stream_id = $1`, [`sop-${id}`])).rows[0].n).toBe(1);

      const before = await eventLog();
      const other = await http().post('/sops').set(as('kabid-61')).set('Idempotency-Key', key).send({ ...body, unit: 'Sekretariat' }).expect(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const otherUser = await http().post('/sops').set(as('staf-61')).send({ ...body, sopId: id }).expect(409);
      expect(otherUser.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      await expectNothingStored(before);
    });
  });

  describe('GET /sops pages with a stable cursor', () => {
    it('walks every page of a list larger than a page while SOPs are drafted and edited: no duplicates, no gaps', async () => {
      const workers = app.get(SopCatalogueWorkers);
      for (let i = 0; i < 23; i += 1) {
        await http().post('/sops').set(as('staf-61')).send({ unit: 'Bidang Paging', content: withIdentity({ nama: `SOP halaman ${i}` }) }).expect(201);
      }
      await workers.projection.caughtUp();
      const all = await http().get('/sops').query({ limit: 200 }).set(as('staf-61')).expect(200);
      const existing: string[] = all.body.items.map((i: { sopId: string }) => i.sopId);
      expect(existing.length).toBeGreaterThan(25);
      expect(all.body.next).toBeNull();
      expect(all.headers.link).toBeUndefined();

      const seen: string[] = [];
      let url: string | null = '/sops?limit=4';
      let pages = 0;
      while (url !== null) {
        const page: request.Response = await http().get(url).set(as('staf-61')).expect(200);
        seen.push(...page.body.items.map((i: { sopId: string }) => i.sopId));
        expect(page.body.items.length).toBeLessThanOrEqual(4);
        pages += 1;
        // writes between pages: new drafts and edits of names (which an order by name would reshuffle)
        const created = await http().post('/sops').set(as('staf-61')).send({ unit: 'Bidang Paging', content: withIdentity({ nama: `AAA baru ${pages}` }) }).expect(201);
        await http().put(`/sops/${existing[pages % existing.length]}/versions/1/content`).set(as('kabid-61')).send({ content: withIdentity({ nama: `ZZZ ${pages}` }) });
        expect(created.status).toBe(201);
        await workers.projection.caughtUp();
        if (page.body.next !== null) {
          expect(page.headers.link).toMatch(/^<\/sops\?.*cursor=[A-Za-z0-9_-]+.*>; rel="next"$/);
          url = /^<([^>]+)>/.exec(page.headers.link as string)![1];
          expect(url).toContain('limit=4');
        } else {
          url = null;
        }
      }
      expect(pages).toBeGreaterThan(6);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(expect.arrayContaining(existing));
    });

    it('keeps the filters on every page and counts every match', async () => {
      for (let i = 0; i < 23; i += 1) {
        await http().post('/sops').set(as('staf-61')).send({ unit: 'Bidang Saring', content: withIdentity({ nama: `SOP saringan ${i}` }) }).expect(201);
      }
      await http().post('/sops').set(as('staf-61')).send({ unit: 'Bidang Saring', content: withIdentity({ nama: 'Lain' }) }).expect(201);
      await app.get(SopCatalogueWorkers).projection.caughtUp();
      const first = await http().get('/sops').query({ unit: 'Bidang Saring', q: 'saringan', limit: 10 }).set(as('staf-61')).expect(200);
      expect(first.body.total).toBe(23);
      const second = await http().get('/sops').query({ unit: 'Bidang Saring', q: 'saringan', limit: 10, cursor: first.body.next }).set(as('staf-61')).expect(200);
      const third = await http().get('/sops').query({ unit: 'Bidang Saring', q: 'saringan', limit: 10, cursor: second.body.next }).set(as('staf-61')).expect(200);
      expect([first, second, third].map((p) => p.body.items.length)).toEqual([10, 10, 3]);
      expect(third.body.next).toBeNull();
      const names = [first, second, third].flatMap((p) => p.body.items.map((i: { nama: string }) => i.nama));
      expect(names.every((n: string) => n.startsWith('SOP saringan'))).toBe(true);
      expect(new Set(names).size).toBe(23);
    });

    it('is indexed for its filters', async () => {
      const { rows } = await db.pool.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'sop_catalogue_rm' AND tablename = 'sop_list'`);
      const names = rows.map((r: { indexname: string }) => r.indexname);
      expect(names).toEqual(expect.arrayContaining(['sop_list_page_idx', 'sop_list_unit_page_idx', 'sop_list_stage_page_idx']));
      expect(names.includes('sop_list_nama_trgm_idx') || names.includes('sop_list_nama_lower_idx')).toBe(true);
    });
  });
});
