/**
 * Through real HTTP (real tokens, PostgreSQL event store, read model and transport):
 * - a decision without a "ya" or "tidak" target is refused on submission (409 SOP_DECISION_TARGET_MISSING,
 *   each decision named in Bahasa Indonesia), so a case can never end on a missing branch;
 * - an SOP already in force on paper is registered with its former signer, original dates and scanned original,
 *   without recording today's Kepala Dinas as its approver; visible in the SOP, its history and as-of, published as effective.
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
import { kalbarPlutSop } from '../src/domain/testing/kalbar-plut.fixture';
import { SopCatalogueModule } from '../src/sop-catalogue.module';
import { SopCatalogueWorkers } from '../src/workers/sop-catalogue.workers';

const UNIT = 'Bidang Pemberdayaan Usaha Kecil';
/** Today's Kepala Dinas: not the official who signed the 2020 SOP. */
const KADIS_TODAY = { username: 'kadis-61', name: 'Dr. Harisson, M.Kes', nip: '197503152000031004' };
const FORMER_KADIS = { nama: 'Ir. Ansfridus J. Andjioe, ME', nip: '196607191993111002', jabatan: 'Kepala Dinas Koperasi, UKM Provinsi Kalimantan Barat' };
const ORIGINAL = { reference: 'Arsip Sekretariat No. 518/917/KUKRU-IV-1 (pindaian PDF)' };

describe('SOP decisions without targets and SOPs in force on paper (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let transport: PostgresTransport;
  let consumer: ConsumerHandle;
  const published: IntegrationEvent[] = [];
  const tokens: Record<string, string> = {};

  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const draft = async (content: SopContent): Promise<string> =>
    (await http().post('/sops').set(as('kabid-61')).send({ unit: UNIT, content }).expect(201)).body.sopId;

  beforeAll(async () => {
    db = await createTestDatabase('sop_paper_e2e');
    issuer = await startTestIssuer();
    const config = testServiceConfig('sop-catalogue', db.url);
    const moduleRef = await Test.createTestingModule({ imports: [SopCatalogueModule.forRoot({ config, auth: issuer.authConfig })] }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['kabid-61', 'staf-61', 'sekretaris-61', 'kadis-35']) tokens[who] = await issuer.tokenFor(who);
    tokens['kadis-61'] = await issuer.tokenFor(KADIS_TODAY);
    transport = new PostgresTransport({ pool: db.pool });
    consumer = await transport.subscribe({
      group: 'e2e-paper-observer',
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

  describe('a decision without a "tidak" target', () => {
    it('is refused on submission with 409 naming each decision, and shows among what blocks approval', async () => {
      const content = kalbarPlutSop();
      content.procedures[0].steps[3].decision = { question: 'Ketikan konsep SK sudah benar?', ya: 5, tidak: null };
      content.procedures[0].steps[13].decision = { question: 'Surat undangan sudah benar?', ya: null, tidak: null };
      const sopId = await draft(content);

      const res = await http().post(`/sops/${sopId}/versions/1/submit`).set(as('kabid-61')).expect(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('SOP_DECISION_TARGET_MISSING');
      expect(res.body.detail).toBe('2 keputusan belum memiliki langkah tujuan "Ya" atau "Tidak"; lengkapi tujuannya sebelum SOP diajukan atau disahkan');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['procedures[0].steps[3].decision.tidak', 'procedures[0].steps[13].decision']);
      expect(res.body.errors[0].message).toMatch(/^Langkah 4 "Mengoreksi hasil ketikan .*": keputusan "Ketikan konsep SK sudah benar\?" belum memiliki langkah tujuan untuk jawaban "Tidak"\. Isi nomor langkah/);
      expect(res.body.errors[1].message).toContain('Langkah 14 "Kepala Dinas membaca');
      expect(res.body.errors[1].message).toContain('jawaban "Ya" dan "Tidak"');

      const view = await http().get(`/sops/${sopId}`).set(as('staf-61')).expect(200);
      expect(view.body.versions[0].missingForApproval.map((m: { field: string }) => m.field)).toEqual(
        expect.arrayContaining(['procedures[0].steps[3].decision.tidak', 'procedures[0].steps[13].decision']),
      );
      const history = await http().get(`/sops/${sopId}/history`).set(as('staf-61')).expect(200);
      expect(history.body.map((e: { type: string }) => e.type)).toEqual(['SopDrafted']);
    });

    it('is submitted once every target is filled in', async () => {
      const content = kalbarPlutSop();
      content.procedures[0].steps[3].decision = { question: 'Ketikan konsep SK sudah benar?', ya: 5, tidak: null };
      const sopId = await draft(content);
      await http().post(`/sops/${sopId}/versions/1/submit`).set(as('kabid-61')).expect(409);
      content.procedures[0].steps[3].decision = { question: 'Ketikan konsep SK sudah benar?', ya: 5, tidak: 3 };
      await http().put(`/sops/${sopId}/versions/1/content`).set(as('kabid-61')).send({ content }).expect(200);
      await http().post(`/sops/${sopId}/versions/1/submit`).set(as('kabid-61')).expect(200);
    });
  });

  describe('an SOP already in force on paper', () => {
    let sopId = '';
    const body = (overrides: Record<string, unknown> = {}) => ({ signedBy: FORMER_KADIS, approvedOn: '2020-07-22', effectiveFrom: '2020-07-22', original: ORIGINAL, ...overrides });

    beforeAll(async () => {
      sopId = await draft(kalbarPlutSop());
    });

    it('refuses bad input with 400 naming the field, and records nothing', async () => {
      const path = `/sops/${sopId}/versions/1/register-on-paper`;
      const badDate = await http().post(path).set(as('kadis-61')).send(body({ effectiveFrom: '22-07-2020' })).expect(400);
      expect(badDate.body.errors.map((e: { field: string }) => e.field)).toContain('effectiveFrom');
      const noSigner = await http().post(path).set(as('kadis-61')).send(body({ signedBy: { nama: FORMER_KADIS.nama } })).expect(400);
      expect(noSigner.body.errors.map((e: { field: string }) => e.field)).toContain('signedBy.jabatan');
      const future = await http().post(path).set(as('kadis-61')).send(body({ effectiveFrom: '2999-01-01', original: {} })).expect(400);
      expect(future.body.code).toBe('SOP_PAPER_APPROVAL_INVALID');
      expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['effectiveFrom', 'original']);
      expect(future.body.errors[0].message).toContain('Tanggal efektif 2999-01-01 belum terjadi');
      const otherSigner = await http().post(path).set(as('kadis-61')).send(body({ signedBy: { nama: 'Orang Lain', jabatan: 'Kepala Dinas' } })).expect(400);
      expect(otherSigner.body.errors.map((e: { field: string }) => e.field)).toEqual(['signedBy']);
      const history = await http().get(`/sops/${sopId}/history`).set(as('staf-61')).expect(200);
      expect(history.body.map((e: { type: string }) => e.type)).toEqual(['SopDrafted']);
    });

    it('is refused to drafters (403), across dinas (404) and with a stale If-Match (412)', async () => {
      const path = `/sops/${sopId}/versions/1/register-on-paper`;
      await http().post(path).set(as('staf-61')).send(body()).expect(403);
      await http().post(path).set(as('kadis-35')).send(body()).expect(404);
      const stale = await http().post(path).set(as('kadis-61')).set('If-Match', '"5"').send(body()).expect(412);
      expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
    });

    it('registers the paper approval and the original effective date, with no Jejak approver', async () => {
      const res = await http()
        .post(`/sops/${sopId}/versions/1/register-on-paper`)
        .set(as('kadis-61'))
        .set('If-Match', '"0"')
        .send(body({ signedBy: { ...FORMER_KADIS, nip: null } }))
        .expect(200);
      expect(res.body.events).toEqual(['SopApprovedOnPaper', 'SopMadeEffective']);
      expect(res.headers.etag).toBe('"2"');

      const view = await http().get(`/sops/${sopId}`).set(as('staf-61')).expect(200);
      expect(view.body.versions[0]).toMatchObject({
        stage: 'effective',
        effectiveFrom: '2020-07-22',
        approvedBy: {
          approvedBy: null,
          onPaper: { signedBy: { nama: FORMER_KADIS.nama, nip: null, jabatan: FORMER_KADIS.jabatan }, approvedOn: '2020-07-22', original: { reference: ORIGINAL.reference, documentId: null } },
        },
      });
      expect(JSON.stringify(view.body)).not.toContain(KADIS_TODAY.name);

      const history = await http().get(`/sops/${sopId}/history`).set(as('staf-61')).expect(200);
      expect(history.body.map((e: { type: string }) => e.type)).toEqual(['SopDrafted', 'SopApprovedOnPaper', 'SopMadeEffective']);
      expect(history.body[1].data).toMatchObject({ version: 1, approvedOn: '2020-07-22', signedBy: { nama: FORMER_KADIS.nama } });
      expect(history.body[1].actor.userId).not.toBe('');

      const before = await http().get(`/sops/${sopId}/as-of?date=2020-07-21`).set(as('staf-61')).expect(200);
      expect(before.body.effective).toBeNull();
      const on = await http().get(`/sops/${sopId}/as-of?date=2021-03-01`).set(as('staf-61')).expect(200);
      expect(on.body.effective).toMatchObject({
        version: 1,
        effectiveFrom: '2020-07-22',
        approvedBy: null,
        approvedOnPaper: { signedBy: { nama: FORMER_KADIS.nama }, approvedOn: '2020-07-22' },
        retroactive: true,
      });
    });

    it('cannot be registered twice (409), and is published as effective, not as approved in Jejak', async () => {
      const again = await http().post(`/sops/${sopId}/versions/1/register-on-paper`).set(as('kadis-61')).send(body()).expect(409);
      expect(again.body.code).toBe('SOP_ALREADY_EFFECTIVE');
      const types = await eventually(async () => {
        const mine = published.filter((e) => e.subject === sopId).map((e) => e.type);
        return mine.includes('jejak.sop.version-effective.v1') ? mine : undefined;
      }, 15_000, 'the version-effective event');
      expect(types).toEqual(['jejak.sop.drafted.v1', 'jejak.sop.version-effective.v1']);
      const effective = published.find((e) => e.subject === sopId && e.type === 'jejak.sop.version-effective.v1');
      expect(effective).toMatchObject({ tenant: '61', data: { version: 1, effectiveFrom: '2020-07-22', supersedesVersion: null } });
      await app.get(SopCatalogueWorkers).projection.caughtUp();
      const list = await http().get('/sops').query({ q: 'plut', stage: 'effective' }).set(as('staf-61')).expect(200);
      expect(list.body.items.map((i: { sopId: string }) => i.sopId)).toEqual([sopId]);
    });
  });
});
