/**
 * dana-bergulir through real HTTP: real tokens, the PostgreSQL event store, the read model and the
 * PostgreSQL transport. Programmes and loan products (define → read → new version with If-Match), loan
 * proposals through the completeness loop, verification, penetapan, penyaluran with the schedule, repayments and settlement; define → read (ETag) → new version with If-Match, the RFC 7807
 * errors naming fields, tenancy and the OpenAPI document. Nothing is published (no consumer yet): see
 * src/outbox/dana-bergulir.outbox-mapping.unit.spec.ts.
 */
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { configurePlatform } from '@jejak/nest-platform';
import { expectOperationsDocumented, startTestIssuer, type TestIssuer } from '@jejak/nest-platform/testing';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { eventually, testServiceConfig } from '@jejak/service-kit/testing';
import { DanaBergulirModule } from '../src/dana-bergulir.module';
import { DANA_BERGULIR_SERVICE } from '../src/dana-bergulir.service';

const terms = (over: Record<string, unknown> = {}) => ({
  ceilingPerBorrower: 50_000_000,
  jasaRatePercent: '6',
  termMonths: 24,
  method: 'annuity',
  frequency: 'monthly',
  grace: { periods: 0, interest: 'paid' },
  penalty: { ratePercentPerMonth: '1', graceDays: 7 },
  allocationOrder: ['penalty', 'interest', 'principal'],
  kolektibilitas: [
    { name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0.5' },
    { name: 'Kurang Lancar', fromDaysPastDue: 91, allowancePercent: '10' },
    { name: 'Diragukan', fromDaysPastDue: 121, allowancePercent: '50' },
    { name: 'Macet', fromDaysPastDue: 181, allowancePercent: '100' },
  ],
  ...over,
});

describe('dana-bergulir (HTTP e2e)', () => {
  let db: TestDatabase;
  let issuer: TestIssuer;
  let app: INestApplication;
  const tokens: Record<string, string> = {};

  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const readable = (id: string, revision: number, who = 'kasi-35.01') =>
    eventually(async () => {
      const res = await http().get(`/loan-products/${id}`).set(as(who));
      return res.status === 200 && res.body.revision === revision ? res : undefined;
    }, 10_000, `loan product ${id} at revision ${revision} in the read model`);
  const fields = (res: request.Response) => (res.body.errors as { field: string }[]).map((e) => e.field).sort();

  beforeAll(async () => {
    db = await createTestDatabase('dana_bergulir_e2e');
    issuer = await startTestIssuer();
    const moduleRef = await Test.createTestingModule({
      imports: [DanaBergulirModule.forRoot({ config: testServiceConfig(DANA_BERGULIR_SERVICE.name, db.url), auth: issuer.authConfig })],
    }).compile();
    app = configurePlatform(moduleRef.createNestApplication({ logger: false }));
    await app.init();
    for (const who of ['kasi-35.01', 'kabid-35.01', 'staf-35.01', 'petugas-35.01', 'kasi-61', 'auditor-35', 'provinsi-35']) tokens[who] = await issuer.tokenFor(who);
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.stop();
    await db?.drop();
  });

  let id = '';

  it('defines a product: 201 with Location and ETag "0"', async () => {
    const res = await http().post('/loan-products').set(as('kasi-35.01')).send({ code: ' DB-UMKM ', name: 'Dana Bergulir UMKM 2025', effectiveFrom: '2025-01-01', terms: terms() }).expect(201);
    id = res.body.id;
    expect(res.headers.location).toBe(`/loan-products/${id}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toEqual({ id, revision: 0, position: expect.stringMatching(/^\d+\.\d+$/), events: ['LoanProductDefined'] });
  });

  it('reads it from the read model with its ETag and version 1; another dinas gets 404', async () => {
    const res = await readable(id, 0);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body).toMatchObject({ id, tenant: '35.01', code: 'DB-UMKM', name: 'Dana Bergulir UMKM 2025', revision: 0 });
    expect(res.body.versions).toEqual([{ version: 1, effectiveFrom: '2025-01-01', terms: terms() }]);
    const other = await http().get(`/loan-products/${id}`).set(as('kasi-61')).expect(404);
    expect(other.body).toMatchObject({ status: 404, code: 'LOAN_PRODUCT_NOT_FOUND' });
  });

  it('answers bad input with RFC 7807 400s naming the fields', async () => {
    const shape = await http()
      .post('/loan-products')
      .set(as('kasi-35.01'))
      .send({ code: 'X', name: 'Y', effectiveFrom: '2025-13-01', terms: terms({ jasaRatePercent: 6, penalty: { ratePercentPerMonth: '1' } }), colour: 'merah' })
      .expect(400);
    expect(shape.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fields(shape)).toEqual(expect.arrayContaining(['colour', 'effectiveFrom', 'terms.jasaRatePercent', 'terms.penalty.graceDays']));
    const rules = await http()
      .post('/loan-products')
      .set(as('kasi-35.01'))
      .send({
        code: 'X',
        name: 'Y',
        effectiveFrom: '2025-01-01',
        terms: terms({ ceilingPerBorrower: 0, termMonths: 10, frequency: 'quarterly', allocationOrder: ['interest', 'interest', 'principal'], kolektibilitas: [{ name: 'Lancar', fromDaysPastDue: 5, allowancePercent: '0' }] }),
      })
      .expect(400);
    expect(rules.body).toMatchObject({ status: 400, code: 'LOAN_PRODUCT_INVALID' });
    expect(fields(rules)).toEqual(['terms.allocationOrder', 'terms.ceilingPerBorrower', 'terms.kolektibilitas[0].fromDaysPastDue', 'terms.termMonths']);
  });

  it('answers no token, a read-only or staff role and a bad id with 401, 403, 400 and 404', async () => {
    const body = { code: 'A', name: 'B', effectiveFrom: '2025-01-01', terms: terms() };
    await http().post('/loan-products').send(body).expect(401);
    await http().post('/loan-products').set(as('auditor-35')).send(body).expect(403);
    await http().post('/loan-products').set(as('staf-35.01')).send(body).expect(403);
    await http().get('/loan-products/bukan-uuid').set(as('kasi-35.01')).expect(400);
    await http().get('/loan-products/00000000-0000-4000-8000-00000000ffff').set(as('kasi-35.01')).expect(404);
  });

  it('adds a version with If-Match: stale is 412, another dinas 404, a date not later 400, the right one 200', async () => {
    const version2 = { effectiveFrom: '2026-01-01', terms: terms({ jasaRatePercent: '4.5' }) };
    const stale = await http().post(`/loan-products/${id}/versions`).set(as('kabid-35.01')).set('If-Match', '"7"').send(version2).expect(412);
    expect(stale.body).toMatchObject({ status: 412 });
    const other = await http().post(`/loan-products/${id}/versions`).set(as('kasi-61')).send(version2).expect(404);
    expect(other.body.code).toBe('LOAN_PRODUCT_NOT_FOUND');
    const early = await http().post(`/loan-products/${id}/versions`).set(as('kabid-35.01')).send({ ...version2, effectiveFrom: '2025-01-01' }).expect(400);
    expect(early.body).toMatchObject({ code: 'LOAN_PRODUCT_VERSION_NOT_LATER', errors: [{ field: 'effectiveFrom' }] });
    const added = await http().post(`/loan-products/${id}/versions`).set(as('kabid-35.01')).set('If-Match', '"0"').send(version2).expect(200);
    expect(added.headers.etag).toBe('"1"');
    expect(added.body.events).toEqual(['LoanProductVersionAdded']);
    const view = await readable(id, 1);
    expect(view.headers.etag).toBe('"1"');
    expect(view.body.versions.map((v: { version: number; effectiveFrom: string; terms: { jasaRatePercent: string } }) => [v.version, v.effectiveFrom, v.terms.jasaRatePercent])).toEqual([
      [1, '2025-01-01', '6'],
      [2, '2026-01-01', '4.5'],
    ]);
  });

  it('programmes: define (201, ETag), read, 400 naming fields, a version with If-Match (412 stale, 200), 404 across dinas', async () => {
    const bad = await http().post('/programmes').set(as('kasi-35.01')).send({ code: 'DB', name: 'P', effectiveFrom: '2025-01-01', terms: { sourceOfFunds: ' ', ceiling: 0 } }).expect(400);
    expect(bad.body.code).toBe('PROGRAMME_INVALID');
    expect(fields(bad)).toEqual(['terms.ceiling', 'terms.sourceOfFunds']);
    const shape = await http().post('/programmes').set(as('kasi-35.01')).send({ code: 'DB', name: 'P', effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD', ceiling: '2000000000' } }).expect(400);
    expect(fields(shape)).toEqual(['terms.ceiling']);
    const created = await http()
      .post('/programmes')
      .set(as('kasi-35.01'))
      .send({ code: 'DB-2025', name: 'Dana Bergulir Koperasi dan UMKM 2025', effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_000_000_000 } })
      .expect(201);
    const programmeId = created.body.id;
    expect([created.headers.location, created.headers.etag]).toEqual([`/programmes/${programmeId}`, '"0"']);
    const read = await eventually(async () => {
      const res = await http().get(`/programmes/${programmeId}`).set(as('kasi-35.01'));
      return res.status === 200 ? res : undefined;
    });
    expect(read.body).toMatchObject({ id: programmeId, tenant: '35.01', code: 'DB-2025', versions: [{ version: 1, effectiveFrom: '2025-01-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_000_000_000 } }] });
    await http().get(`/programmes/${programmeId}`).set(as('kasi-61')).expect(404);
    const version2 = { effectiveFrom: '2025-07-01', terms: { sourceOfFunds: 'APBD Kabupaten Pacitan', ceiling: 2_500_000_000 } };
    await http().post(`/programmes/${programmeId}/versions`).set(as('kabid-35.01')).set('If-Match', '"3"').send(version2).expect(412);
    const added = await http().post(`/programmes/${programmeId}/versions`).set(as('kabid-35.01')).set('If-Match', '"0"').send(version2).expect(200);
    expect([added.headers.etag, added.body.events]).toEqual(['"1"', ['ProgrammeVersionAdded']]);
    const after = await eventually(async () => {
      const res = await http().get(`/programmes/${programmeId}`).set(as('kasi-35.01'));
      return res.body.revision === 1 ? res : undefined;
    });
    expect(after.body.versions.map((v: { terms: { ceiling: number } }) => v.terms.ceiling)).toEqual([2_000_000_000, 2_500_000_000]);
  });

  describe('loans: proposal and the completeness loop (SOP 17)', () => {
    const NIK = '3501014512800001';
    const proposal = (over: Record<string, unknown> = {}) => ({
      productId: id,
      receivedOn: '2025-03-03',
      applicant: { kind: 'usaha', number: '9120001234567', name: 'UD Batik Tulis Sari' },
      personal: { nik: NIK, name: 'Sri Lestari', address: 'Jl. Ahmad Yani 10, Pacitan' },
      amount: 25_000_000,
      purpose: 'Modal kerja pembelian kain dan malam',
      collateral: 'BPKB sepeda motor',
      ...over,
    });
    const loanAt = (loanId: string, revision: number, who = 'staf-35.01') =>
      eventually(async () => {
        const res = await http().get(`/loans/${loanId}`).set(as(who));
        return res.status === 200 && res.body.revision === revision ? res : undefined;
      }, 10_000, `loan ${loanId} at revision ${revision}`);
    let loanId = '';

    it('records a proposal under the product version in force on the receipt day; personal data only for the dinas', async () => {
      const res = await http().post('/loans').set(as('staf-35.01')).send(proposal()).expect(201);
      loanId = res.body.id;
      expect([res.headers.location, res.headers.etag, res.body.events]).toEqual([`/loans/${loanId}`, '"0"', ['LoanProposed']]);
      const view = await loanAt(loanId, 0);
      expect(view.body).toMatchObject({
        stage: 'submitted',
        tenant: '35.01',
        product: { productId: id, version: 1 },
        applicant: { kind: 'usaha', number: '9120001234567' },
        personal: { nik: NIK, name: 'Sri Lestari' },
        amount: 25_000_000,
        returns: 0,
      });
      const province = await http().get(`/loans/${loanId}`).set(as('provinsi-35')).expect(200);
      expect(province.body).toMatchObject({ id: loanId, personal: null });
      await http().get(`/loans/${loanId}`).set(as('kasi-61')).expect(404);
      const later = await http().post('/loans').set(as('staf-35.01')).send(proposal({ receivedOn: '2026-02-01' })).expect(201);
      expect((await loanAt(later.body.id, 0)).body.product).toEqual({ productId: id, version: 2 });
    });

    it('answers wrong proposals with 400s naming the fields', async () => {
      const rules = await http()
        .post('/loans')
        .set(as('staf-35.01'))
        .send(proposal({ amount: 50_000_001, applicant: { kind: 'usaha', number: '12345', name: 'UD' }, personal: { nik: '3501013212800001', name: 'Sri', address: 'Pacitan' } }))
        .expect(400);
      expect(rules.body.code).toBe('LOAN_INVALID');
      expect(fields(rules)).toEqual(['amount', 'applicant.number', 'personal.nik']);
      const shape = await http().post('/loans').set(as('staf-35.01')).send(proposal({ personal: undefined, amount: '25000000' })).expect(400);
      expect(fields(shape)).toEqual(expect.arrayContaining(['amount', 'personal']));
      const unknown = await http().post('/loans').set(as('staf-35.01')).send(proposal({ productId: '00000000-0000-4000-8000-00000000ffff' })).expect(400);
      expect(unknown.body).toMatchObject({ code: 'LOAN_PRODUCT_NOT_FOUND', errors: [{ field: 'productId' }] });
      const foreign = await http().post('/loans').set(as('kasi-61')).send(proposal()).expect(400);
      expect(foreign.body.code).toBe('LOAN_PRODUCT_NOT_FOUND');
      const early = await http().post('/loans').set(as('staf-35.01')).send(proposal({ receivedOn: '2024-12-31' })).expect(400);
      expect(fields(early)).toEqual(['productId']);
      await http().post('/loans').send(proposal()).expect(401);
      await http().post('/loans').set(as('provinsi-35')).send(proposal()).expect(403);
    });

    it('returns it as incomplete (If-Match), takes it back with a lower amount, then accepts it as complete', async () => {
      const back = { missing: ['Fotokopi KTP pemohon'], note: 'Mohon dilengkapi' };
      await http().post(`/loans/${loanId}/return-incomplete`).set(as('petugas-35.01')).set('If-Match', '"5"').send(back).expect(412);
      await http().post(`/loans/${loanId}/return-incomplete`).set(as('kasi-61')).send(back).expect(404);
      const empty = await http().post(`/loans/${loanId}/return-incomplete`).set(as('petugas-35.01')).send({ missing: [' '] }).expect(400);
      expect(empty.body).toMatchObject({ code: 'LOAN_INVALID', errors: [{ field: 'missing' }] });
      const returned = await http().post(`/loans/${loanId}/return-incomplete`).set(as('petugas-35.01')).set('If-Match', '"0"').send(back).expect(200);
      expect([returned.headers.etag, returned.body.events]).toEqual(['"1"', ['ProposalReturnedIncomplete']]);
      expect((await loanAt(loanId, 1)).body).toMatchObject({ stage: 'incomplete', returns: 1, missing: ['Fotokopi KTP pemohon'] });
      const notYet = await http().post(`/loans/${loanId}/accept-complete`).set(as('petugas-35.01')).send({}).expect(409);
      expect(notYet.body.code).toBe('LOAN_NOT_AWAITING_CHECK');
      const over = await http().post(`/loans/${loanId}/resubmit`).set(as('staf-35.01')).send({ receivedOn: '2025-03-12', amount: 60_000_000, purpose: 'Modal kerja', collateral: 'BPKB' }).expect(400);
      expect(fields(over)).toEqual(['amount']);
      await http().post(`/loans/${loanId}/resubmit`).set(as('staf-35.01')).set('If-Match', '"1"').send({ receivedOn: '2025-03-12', amount: 20_000_000, purpose: 'Modal kerja', collateral: 'BPKB sepeda motor' }).expect(200);
      const accepted = await http().post(`/loans/${loanId}/accept-complete`).set(as('petugas-35.01')).set('If-Match', '"2"').send({}).expect(200);
      expect([accepted.headers.etag, accepted.body.events]).toEqual(['"3"', ['ProposalAcceptedComplete']]);
      const view = await loanAt(loanId, 3);
      expect(view.body).toMatchObject({ stage: 'awaiting_verification', amount: 20_000_000, receivedOn: '2025-03-12', returns: 1, missing: [] });
      const again = await http().post(`/loans/${loanId}/accept-complete`).set(as('petugas-35.01')).send({}).expect(409);
      expect(again.body.code).toBe('LOAN_NOT_AWAITING_CHECK');
    });

    it('verification (reduce), penetapan by SK and penyaluran: the schedule starts at the disbursement date', async () => {
      const early = await http().post(`/loans/${loanId}/approve`).set(as('kabid-35.01')).send({ skNumber: '500/17/2025', skDate: '2025-04-01', approvedAmount: 18_000_000 }).expect(409);
      expect(early.body.code).toBe('LOAN_NOT_VERIFIED');
      const bad = await http().post(`/loans/${loanId}/verification`).set(as('petugas-35.01')).send({ team: ['Eko Nugroho'], reportDate: '2025-03-20', recommendation: 'reduce', recommendedAmount: 20_000_000 }).expect(400);
      expect(fields(bad)).toEqual(['recommendedAmount']);
      await http()
        .post(`/loans/${loanId}/verification`)
        .set(as('petugas-35.01'))
        .set('If-Match', '"3"')
        .send({ team: ['Eko Nugroho', 'Yuliana Pratiwi'], reportDate: '2025-03-20', recommendation: 'reduce', recommendedAmount: 18_000_000, note: 'Omzet lebih kecil dari usulan' })
        .expect(200);
      await http().post(`/loans/${loanId}/approve`).set(as('staf-35.01')).send({ skNumber: '500/17/2025', skDate: '2025-04-01', approvedAmount: 18_000_000 }).expect(403);
      const over = await http().post(`/loans/${loanId}/approve`).set(as('kabid-35.01')).send({ skNumber: '500/17/2025', skDate: '2025-04-01', approvedAmount: 18_000_001 }).expect(400);
      expect(fields(over)).toEqual(['approvedAmount']);
      await http().post(`/loans/${loanId}/approve`).set(as('kabid-35.01')).set('If-Match', '"4"').send({ skNumber: '500/17/408.46/2025', skDate: '2025-04-01', approvedAmount: 18_000_000 }).expect(200);
      const beforeSk = await http().post(`/loans/${loanId}/disburse`).set(as('staf-35.01')).send({ disbursedOn: '2025-03-31', bankReference: 'TRF-1' }).expect(400);
      expect(fields(beforeSk)).toEqual(['disbursedOn']);
      const disbursed = await http().post(`/loans/${loanId}/disburse`).set(as('staf-35.01')).set('If-Match', '"5"').send({ disbursedOn: '2025-04-02', bankReference: 'TRF-BJATIM-20250402-0001' }).expect(200);
      expect([disbursed.headers.etag, disbursed.body.events]).toEqual(['"6"', ['LoanDisbursed']]);
      await http().post(`/loans/${loanId}/disburse`).set(as('staf-35.01')).send({ disbursedOn: '2025-04-03', bankReference: 'TRF-2' }).expect(409);
      const view = await loanAt(loanId, 6);
      expect(view.body).toMatchObject({
        stage: 'active',
        recommendation: 'reduce',
        recommendedAmount: 18_000_000,
        sk: { number: '500/17/408.46/2025', date: '2025-04-01' },
        approvedAmount: 18_000_000,
        disbursedOn: '2025-04-02',
        bankReference: 'TRF-BJATIM-20250402-0001',
      });
      // Computed independently (exact fractions): annuity of Rp 18.000.000 at 0,5 % a month over 24 months.
      const schedule = view.body.schedule as { number: number; dueDate: string; principal: number; interest: number; total: number; balance: number }[];
      expect(schedule).toHaveLength(24);
      expect(schedule[0]).toEqual({ number: 1, dueDate: '2025-05-02', principal: 707_771, interest: 90_000, total: 797_771, balance: 17_292_229 });
      expect(schedule[23]).toEqual({ number: 24, dueDate: '2027-04-02', principal: 793_803, interest: 3_969, total: 797_772, balance: 0 });
      expect(schedule.reduce((sum, i) => sum + i.interest, 0)).toBe(1_146_505);
    });

    it('records repayments from bank lines with their allocation, refuses bad lines, and settles when all is paid', async () => {
      const line = { paidOn: '2025-05-02', amount: 797_771, bankReference: 'RK-BJATIM-20250502-0042' };
      const early = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).send({ ...line, paidOn: '2025-04-01' }).expect(400);
      expect(fields(early)).toEqual(['paidOn']);
      const first = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).set('If-Match', '"6"').send(line).expect(200);
      expect([first.headers.etag, first.body.events]).toEqual(['"7"', ['RepaymentRecorded']]);
      const duplicate = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).send(line).expect(400);
      expect(duplicate.body).toMatchObject({ code: 'LOAN_REPAYMENT_DUPLICATE', errors: [{ field: 'bankReference' }] });
      // Hand-computed: 19.146.505 due in all (pokok 18.000.000 + jasa 1.146.505), minus the first installment.
      const over = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).send({ paidOn: '2025-06-02', amount: 18_348_735, bankReference: 'RK-2' }).expect(400);
      expect(fields(over)).toEqual(['amount']);
      const afterFirst = await loanAt(loanId, 7);
      expect(afterFirst.body).toMatchObject({ stage: 'active', principalPaid: 707_771, interestPaid: 90_000, outstandingPrincipal: 17_292_229, repayments: 1 });
      const rest = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).send({ paidOn: '2025-06-02', amount: 18_348_734, bankReference: 'RK-2' }).expect(200);
      expect(rest.body.events).toEqual(['RepaymentRecorded', 'LoanSettled']);
      const settled = await loanAt(loanId, 9);
      expect(settled.body).toMatchObject({ stage: 'settled', settledOn: '2025-06-02', principalPaid: 18_000_000, interestPaid: 1_146_505, outstandingPrincipal: 0, repayments: 2 });
      const closed = await http().post(`/loans/${loanId}/repayments`).set(as('staf-35.01')).send({ paidOn: '2025-07-02', amount: 1, bankReference: 'RK-3' }).expect(409);
      expect(closed.body.code).toBe('LOAN_NOT_ACTIVE');
    });
  });

  it('documents every operation in OpenAPI with examples', async () => {
    expect(await expectOperationsDocumented(app)).toBe(15);
  });
});
