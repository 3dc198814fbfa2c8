/**
 * One application's life through real HTTP on PostgreSQL: an IUI rekomtek through two deficiency
 * rounds, a field inspection, an outside step and the issued permit; a NIK koperasi issued with its
 * validity; a withdrawal; the 400s naming fields, the 409 of an outcome before verification, 412, tenancy.
 * The clock is injected so the outside time is exact.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { configurePlatform } from '@jejak/nest-platform';
import { startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { permittingOutboxMapping } from '../src/outbox/permitting.outbox-mapping';
import { PermittingModule } from '../src/permitting.module';
import { PERMITTING_SERVICE } from '../src/permitting.service';

const HOUR = 3_600_000;
const T0 = Date.parse('2025-03-03T01:00:00.000Z');
const hash = (n: number) => n.toString(16).padStart(64, '0');
/** Built for tests: structurally valid, nobody's number. */
const NIB = '9120001234567';
const NIK_WOMAN = '3501015708900002';
const NIK_KOPERASI = '3501020030012345';

describe('permit applications (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  let now = T0;
  let iuiId = '';
  const tokens: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();
  const step = (id: string, path: string, body: object = {}, who = 'staf-35.01') => http().post(`/permit-applications/${id}/${path}`).set(as(who)).send(body);
  const view = (id: string, until: (b: Record<string, unknown>) => boolean) =>
    eventually(async () => {
      const res = await http().get(`/permit-applications/${id}`).set(as('staf-35.01'));
      return res.status === 200 && until(res.body) ? res : undefined;
    }, 10_000, `application ${id} in the read model`);

  beforeAll(async () => {
    db = await createTestDatabase('permitting_applications_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [PermittingModule.forRoot({ config: testServiceConfig(PERMITTING_SERVICE.name, db.url), auth: issuer.authConfig, clock: { now: () => new Date(now) } })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['staf-35.01', 'kabid-35.01', 'staf-61', 'auditor-35']) tokens[who] = await issuer.tokenFor(who);
    await http().post('/permit-types/seed').set(as('kabid-35.01')).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  const iui = {
    permitType: 'IUI_REKOMTEK',
    applicant: { kind: 'business', nib: NIB, organisationName: 'CV Batik Pacitan' },
    personal: { name: 'Siti Contoh', nik: NIK_WOMAN, phone: '081200000000' },
    nationalReference: { system: 'OSS', reference: 'OSS-2025-000123' },
  };

  it('refuses bad registrations with 400s naming the field', async () => {
    const nib = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...iui, applicant: { ...iui.applicant, nib: '912000123456' } }).expect(400);
    expect(nib.body).toMatchObject({ code: 'APPLICATION_INVALID', errors: [{ field: 'applicant.nib' }] });
    const nik = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...iui, personal: { name: 'Siti', nik: '3501017208900002' } }).expect(400);
    expect(nik.body.errors).toEqual([expect.objectContaining({ field: 'personal.nik' })]);
    const type = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...iui, permitType: 'IZIN_X' }).expect(400);
    expect(type.body).toMatchObject({ code: 'PERMIT_TYPE_UNKNOWN', errors: [{ field: 'permitType' }] });
    const kind = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...iui, applicant: { kind: 'cooperative', nikKoperasi: NIK_KOPERASI, organisationName: 'KSP' } }).expect(400);
    expect(kind.body.errors).toEqual([expect.objectContaining({ field: 'applicant.kind' })]);
    const shape = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...iui, applicant: { kind: 'alien' }, extra: 1 }).expect(400);
    expect(shape.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['applicant.kind', 'extra']));
    await http().post('/permit-applications').send(iui).expect(401);
    await http().post('/permit-applications').set(as('auditor-35')).send(iui).expect(403);
  });

  it('runs an IUI rekomtek through two deficiency rounds, an inspection, an outside step and the issued permit', async () => {
    const reg = await http().post('/permit-applications').set(as('staf-35.01')).send(iui).expect(201);
    const id: string = reg.body.id;
    iuiId = id;
    expect(reg.headers.location).toBe(`/permit-applications/${id}`);
    expect(reg.body).toEqual({ id, stage: 'checking', revision: 0, position: expect.stringMatching(/^\d+\.\d+$/), events: ['ApplicationRegistered'] });

    now = T0 + 1 * HOUR;
    await step(id, 'documents/ktp/receive', { contentHash: hash(1) }).expect(200);
    await step(id, 'documents/nib/receive', { contentHash: hash(2) }).expect(200);
    const foreign = await step(id, 'documents/akta-notaris/receive', { contentHash: hash(3) }).expect(400);
    expect(foreign.body).toMatchObject({ code: 'DOCUMENT_NOT_IN_CHECKLIST', errors: [{ field: 'document' }] });
    const early = await step(id, 'issue', { number: 'IUI-1', issuedOn: '2025-03-03', validUntil: null }, 'kabid-35.01').expect(409);
    expect(early.body).toMatchObject({ status: 409, code: 'APPLICATION_NOT_VERIFIED' });

    now = T0 + 2 * HOUR;
    await step(id, 'documents/ktp/check', { verdict: 'accepted' }).expect(200);
    const noReason = await step(id, 'documents/nib/check', { verdict: 'rejected' }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    await step(id, 'documents/nib/check', { verdict: 'rejected', reason: 'NIB tidak sesuai nama usaha' }).expect(200);
    const round1 = await step(id, 'deficiencies', { letterReference: '500.9/112/DIKUPERIND/2025' }).expect(200);
    expect(round1.body).toMatchObject({ stage: 'deficient', events: ['DeficiencyNoticed'] });
    const waiting = await view(id, (b) => b.stage === 'deficient');
    expect(waiting.body).toMatchObject({ turn: 'pemohon', deficiencyRounds: 1, documents: { ktp: { status: 'accepted' }, nib: { status: 'rejected', reason: 'NIB tidak sesuai nama usaha' } } });

    now = T0 + 26 * HOUR;
    await step(id, 'documents/nib/receive', { contentHash: hash(4) }).expect(200);
    await step(id, 'deficiencies/complete').expect(200);
    await step(id, 'documents/nib/check', { verdict: 'accepted' }).expect(200);
    const incomplete = await step(id, 'verify').expect(409);
    expect(incomplete.body).toMatchObject({ code: 'APPLICATION_INCOMPLETE' });
    await step(id, 'deficiencies', { letterReference: null }).expect(200);

    now = T0 + 50 * HOUR;
    await step(id, 'documents/data-perusahaan/receive', { contentHash: hash(5) }).expect(200);
    await step(id, 'documents/bukti-pendaftaran-siinas/receive', { contentHash: hash(6) }).expect(200);
    await step(id, 'deficiencies/complete').expect(200);
    await step(id, 'documents/data-perusahaan/check', { verdict: 'accepted' }).expect(200);
    await step(id, 'documents/bukti-pendaftaran-siinas/check', { verdict: 'accepted' }).expect(200);
    const verified = await step(id, 'verify').expect(200);
    expect(verified.body).toMatchObject({ stage: 'verified', events: ['ApplicationVerified'] });
    const noInspection = await step(id, 'issue', { number: 'IUI-1', issuedOn: '2025-03-06', validUntil: null }, 'kabid-35.01').expect(409);
    expect(noInspection.body.code).toBe('INSPECTION_REQUIRED');

    now = T0 + 72 * HOUR;
    const badAnswers = await step(id, 'inspection', { answers: [{ check: 'data-perusahaan-sesuai', answer: 'ya' }], report: 'x' }).expect(400);
    expect(badAnswers.body.errors).toEqual([expect.objectContaining({ field: 'answers' })]);
    await step(id, 'inspection', { answers: [{ check: 'data-perusahaan-sesuai', answer: 'ya' }, { check: 'kapasitas-produksi-sesuai', answer: 'ya' }], report: 'Sesuai data SIINas; BAP ditandatangani Kepala Dinas' }).expect(200);

    now = T0 + 130 * HOUR;
    const badStep = await step(id, 'outside-steps', { step: 'djki-permohonan', reference: 'X', startedAt: at(80), completedAt: at(120) }).expect(400);
    expect(badStep.body.errors).toEqual([expect.objectContaining({ field: 'step' })]);
    await step(id, 'outside-steps', { step: 'oss-rekomtek-diterima', reference: 'OSS-IUI-2025-000777', startedAt: at(80), completedAt: at(120) }).expect(200);
    await step(id, 'issue', { number: 'IUI-3501-2025-000123', issuedOn: '2025-03-08', validUntil: null }).expect(403);
    await step(id, 'issue', { number: 'IUI-3501-2025-000123', issuedOn: '2025-03-08', validUntil: null }, 'kabid-35.01').set('If-Match', '"3"').expect(412);
    const issued = await step(id, 'issue', { number: 'IUI-3501-2025-000123', issuedOn: '2025-03-08', validUntil: null }, 'kabid-35.01').expect(200);
    expect(issued.body).toMatchObject({ stage: 'closed', events: ['PermitIssued'] });
    const again = await step(id, 'withdraw', { reason: 'Terlambat' }).expect(409);
    expect(again.body.code).toBe('APPLICATION_CLOSED');

    const done = await view(id, (b) => b.stage === 'closed');
    expect(done.headers.etag).toBe(`"${issued.body.revision}"`);
    expect(done.body).toMatchObject({
      permitType: 'IUI_REKOMTEK', permitTypeVersion: 1, applicantKind: 'business', organisationName: 'CV Batik Pacitan',
      nationalReference: { system: 'OSS', reference: 'OSS-2025-000123' }, turn: 'selesai', deficiencyRounds: 2, inspected: true,
      outcome: 'issued', permitNumber: 'IUI-3501-2025-000123', issuedOn: '2025-03-08', validUntil: null,
      elapsedMs: 130 * HOUR, outsideMs: 40 * HOUR,
    });
    expect(JSON.stringify(done.body)).not.toContain(NIK_WOMAN);
    await http().get(`/permit-applications/${id}`).set(as('staf-61')).expect(404);
    await step(id, 'withdraw', { reason: 'x' }, 'staf-61').expect(404);
  });

  it('keeps personal data under `personal` in the stored event, and out of the read model', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const [registered] = await store.readStream(`permit-application-${iuiId}`);
    const data = registered!.data as Record<string, unknown>;
    expect(registered!.type).toBe('ApplicationRegistered');
    expect(data.personal).toEqual({ name: 'Siti Contoh', nik: NIK_WOMAN, phone: '081200000000' });
    expect(JSON.stringify({ ...data, personal: null })).not.toMatch(/Siti Contoh|081200000000|3501015708900002/);
  });

  it('publishes nothing: every stored application event maps to no integration event (no consumer yet)', async () => {
    const recorded = await app.get<EventStore>(EVENT_STORE).readStream(`permit-application-${iuiId}`);
    expect(new Set(recorded.map((e) => e.type)).size).toBeGreaterThanOrEqual(10);
    for (const event of recorded) expect({ type: event.type, mapped: permittingOutboxMapping(event) }).toEqual({ type: event.type, mapped: null });
  });

  it('issues a NIK koperasi with the validity from the national system, and records a withdrawal', async () => {
    now = T0 + 200 * HOUR;
    const body = { permitType: 'NIK_KOPERASI', applicant: { kind: 'cooperative', nikKoperasi: NIK_KOPERASI, organisationName: 'KSP Sejahtera' }, personal: { name: 'Budi Contoh' } };
    const bad = await http().post('/permit-applications').set(as('staf-35.01')).send({ ...body, applicant: { ...body.applicant, nikKoperasi: '35010200' } }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'applicant.nikKoperasi' })]);
    const { body: reg } = await http().post('/permit-applications').set(as('staf-35.01')).send(body).expect(201);
    for (const [i, doc] of ['form-profil-nik', 'tanda-terima-berkas'].entries()) {
      await step(reg.id, `documents/${doc}/receive`, { contentHash: hash(10 + i) }).expect(200);
      await step(reg.id, `documents/${doc}/check`, { verdict: 'accepted' }).expect(200);
    }
    await step(reg.id, 'verify').expect(200);
    now = T0 + 400 * HOUR;
    await step(reg.id, 'outside-steps', { step: 'kementerian-verifikasi-cetak', reference: 'ODS-3501-0099', startedAt: at(201), completedAt: at(390) }).expect(200);
    await step(reg.id, 'issue', { number: NIK_KOPERASI, issuedOn: '2025-03-19', validUntil: '2027-03-19' }, 'kabid-35.01').expect(200);
    const done = await view(reg.id, (b) => b.stage === 'closed');
    expect(done.body).toMatchObject({ applicantKind: 'cooperative', outcome: 'issued', validUntil: '2027-03-19', deficiencyRounds: 0, outsideMs: 189 * HOUR });

    const { body: other } = await http().post('/permit-applications').set(as('staf-35.01')).send(body).expect(201);
    await step(other.id, 'withdraw', { reason: 'Pengurus menarik permohonan' }).expect(200);
    const withdrawn = await view(other.id, (b) => b.stage === 'closed');
    expect(withdrawn.body).toMatchObject({ outcome: 'withdrawn', permitNumber: null });
  });

  it('keeps the register per permit type and the monthly counts with dinas and outside time apart', async () => {
    const register = await eventually(async () => {
      const res = await http().get('/permit-types/IUI_REKOMTEK/register?year=2025').set(as('staf-35.01')).expect(200);
      return res.body.entries.length === 1 && res.body.entries[0].outcome === 'issued' ? res : undefined;
    });
    expect(register.body).toMatchObject({ tenant: '35.01', permitType: 'IUI_REKOMTEK', year: 2025 });
    const own = register;
    expect(own.body.entries).toEqual([expect.objectContaining({
      no: 1, applicationId: iuiId, applicantKind: 'business', organisationName: 'CV Batik Pacitan', nationalReference: 'OSS-2025-000123',
      deficiencyRounds: 2, outcome: 'issued', permitNumber: 'IUI-3501-2025-000123', issuedOn: '2025-03-08', outsideHours: 40,
    })]);
    expect(JSON.stringify(own.body)).not.toContain('Siti Contoh');
    expect((await http().get('/permit-types/IUI_REKOMTEK/register?year=2024').set(as('staf-35.01')).expect(200)).body.entries).toEqual([]);
    const xlsx = await http().get('/permit-types/IUI_REKOMTEK/register.xlsx?year=2025').set(as('staf-35.01'))
      .buffer(true).parse((res, done) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => done(null, Buffer.concat(chunks))); })
      .expect(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="register-iui_rekomtek-35.01-2025.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(4).value).toBe('Nama usaha / koperasi');
    expect([1, 3, 4, 5, 7, 8, 9, 10, 12].map((c) => sheet.getRow(3).getCell(c).value)).toEqual([1, 'Pelaku usaha', 'CV Batik Pacitan', 'OSS-2025-000123', 2, 'Terbit', 'IUI-3501-2025-000123', '2025-03-08', 40]);
    expect(sheet.rowCount).toBe(3);
    const badYear = await http().get('/permit-types/IUI_REKOMTEK/register?year=dua').set(as('staf-35.01')).expect(400);
    expect(badYear.body.errors).toEqual([expect.objectContaining({ field: 'year' })]);

    const monthly = await eventually(async () => {
      const res = await http().get('/permit-reports/monthly?month=2025-03').set(as('staf-35.01')).expect(200);
      return res.body.permitTypes.find((t: { permitType: string; withdrawn: number }) => t.permitType === 'NIK_KOPERASI')?.withdrawn === 1 ? res : undefined;
    });
    expect(monthly.body).toEqual({
      tenant: '35.01', month: '2025-03', permitTypes: [
        { permitType: 'IUI_REKOMTEK', received: 1, issued: 1, refused: 0, withdrawn: 0, deficiencyRounds: 2, medianDinasHours: 90, medianOutsideHours: 40 },
        { permitType: 'NIK_KOPERASI', received: 2, issued: 1, refused: 0, withdrawn: 1, deficiencyRounds: 0, medianDinasHours: 11, medianOutsideHours: 189 },
      ],
    });
    expect((await http().get('/permit-reports/monthly?month=2025-03').set(as('staf-61')).expect(200)).body.permitTypes).toEqual([]);
    const badMonth = await http().get('/permit-reports/monthly?month=2025-13').set(as('staf-35.01')).expect(400);
    expect(badMonth.body.errors).toEqual([expect.objectContaining({ field: 'month' })]);
  });
});
