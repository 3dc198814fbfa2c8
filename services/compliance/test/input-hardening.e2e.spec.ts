/**
 * Issue 10 for compliance: bad input never writes, another dinas's ids are not found, and a poison event of one dinas
 * never halts the read model of the others. Every rejected request is checked against the event log: nothing stored.
 */
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { ComplianceWorkers } from '../src/workers/compliance.workers';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_PACITAN = '9c4e1d2a-3501-4b7f-8a27-0000000000a1';
const SOP_KALBAR = '9c4e1d2a-6100-4b7f-8a27-0000000000a2';
const NO_SUCH_CASE = '00000000-0000-4000-8000-00000000dead';

type FieldError = { field?: string; message: string };

describe('bad input never writes; other dinas are not found; a poison event never halts the others (e2e)', () => {
  let t: ComplianceTestApp;
  let pacitanCase = '';
  const eventCount = async () => Number((await t.db.pool.query(`SELECT count(*) AS n FROM compliance_es.events`)).rows[0].n);
  const fields = (body: { errors?: FieldError[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];

  /** Sends a request that must be refused with `status`, and checks that the event log did not change. */
  async function refused(status: number, send: () => Promise<{ status: number; body: { errors?: FieldError[]; code?: string } }>) {
    const before = await eventCount();
    const res = await send();
    expect(res.status).toBe(status);
    expect(await eventCount()).toBe(before);
    return res.body;
  }

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_hardening', wib('2025-07-07T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_PACITAN, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.publishEffectiveSop({ sopId: SOP_KALBAR, tenant: '61', unit: 'Sekretariat', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
    pacitanCase = (await t.http().post('/cases').set(await t.as('staf-35.01')).send({ sopId: SOP_PACITAN, reference: 'KP/2025/001' }).expect(201)).body.caseId;
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('impossible dates are a 400 naming the field and the format, in bodies and query strings', () => {
    const evaluation = { sopId: SOP_PACITAN, version: 1, dari: '2025-01-01', sampai: '2025-06-30', answers: [{ criterionId: 'mendorong_kinerja', penilaian: 'Ya' }] };

    it('PUT /sop-evaluations with 30 February or month 13 stores nothing', async () => {
      const feb30 = await refused(400, async () => t.http().put('/sop-evaluations').set(await t.as('kabid-35.01')).send({ ...evaluation, dari: '2024-02-30' }));
      expect(feb30.errors).toEqual([{ field: 'dari', message: expect.stringContaining('YYYY-MM-DD') }]);
      const month13 = await refused(400, async () => t.http().put('/sop-evaluations').set(await t.as('kabid-35.01')).send({ ...evaluation, sampai: '2024-13-01' }));
      expect(fields(month13)).toEqual(['sampai']);
      expect(month13.errors?.[0].message).toMatch(/^sampai .*YYYY-MM-DD/);
    });

    it('report, summary and case-list query strings refuse impossible dates', async () => {
      const report = await refused(400, async () => t.http().get('/reports/monitoring').query({ sopId: SOP_PACITAN, dari: '2024-02-30', sampai: '2024-03-31' }).set(await t.as('kabid-35.01')));
      expect(fields(report)).toEqual(['dari']);
      const signed = await refused(400, async () => t.http().get('/reports/evaluation').query({ sopId: SOP_PACITAN, dari: '2024-02-01', sampai: '2024-02-29', tanggal: '2024-02-31' }).set(await t.as('kabid-35.01')));
      expect(fields(signed)).toEqual(['tanggal']);
      expect(fields(await refused(400, async () => t.http().get('/compliance/summary').query({ sampai: '2025-13-01' }).set(await t.as('kabid-35.01'))))).toEqual(['sampai']);
      expect(fields(await refused(400, async () => t.http().get('/cases').query({ dari: '2023-02-29' }).set(await t.as('kabid-35.01'))))).toEqual(['dari']);
      // 29 February of a leap year is a real day.
      await t.http().get('/cases').query({ dari: '2024-02-29' }).set(await t.as('kabid-35.01')).expect(200);
    });

    it('a history line with an impossible time refuses the whole file, naming the line', async () => {
      const csv = 'case reference,sop number,step number,role,actor,started at,completed at,decision,note\n' +
        'KP/2024/900,27/SOP/DIKUPERIND/2023,1,Staf,Budi,2024-02-28 08:00,2024-02-28 09:00,,\n' +
        'KP/2024/901,27/SOP/DIKUPERIND/2023,1,Staf,Budi,2024-02-30 08:00,2024-02-30 09:00,,\n';
      const body = await refused(400, async () => t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(csv));
      expect(fields(body)).toEqual(['baris 3']);
      expect(body.errors?.map((e) => e.message)).toEqual([expect.stringContaining('kolom "started at": "2024-02-30 08:00" bukan waktu'), expect.stringContaining('kolom "completed at"')]);
    });
  });

  describe('structure, presence, lengths and numbers', () => {
    it('POST /cases: blank, null, wrong types and unsafe numbers', async () => {
      const as = await t.as('staf-35.01');
      const cases: Array<[object, string[]]> = [
        [{ sopId: '   ' }, ['sopId']],
        [{ sopId: null }, ['sopId']],
        [{ sopId: SOP_PACITAN, reference: '' }, ['reference']],
        [{ sopId: SOP_PACITAN, reference: null }, ['reference']],
        [{ sopId: SOP_PACITAN, reference: 'x'.repeat(301) }, ['reference']],
        [{ sopId: 'x'.repeat(101) }, ['sopId']],
        [{ sopId: SOP_PACITAN, procedureIndex: 1e308 }, ['procedureIndex']],
        [{ sopId: SOP_PACITAN, procedureIndex: 0.5 }, ['procedureIndex']],
        [{ sopId: SOP_PACITAN, procedureIndex: -1 }, ['procedureIndex']],
        [{ sopId: SOP_PACITAN, procedureIndex: '0' }, ['procedureIndex']],
        [{ sopId: SOP_PACITAN, caseId: 'not-a-uuid' }, ['caseId']],
        [{ sopId: SOP_PACITAN, caseId: null }, ['caseId']],
      ];
      for (const [body, expected] of cases) {
        const res = await refused(400, () => t.http().post('/cases').set(as).send(body));
        expect([body, fields(res)]).toEqual([body, expected]);
      }
      expect(fields(await refused(400, () => t.http().post('/cases').set(as).send([{ sopId: SOP_PACITAN }])))).not.toHaveLength(0);
    });

    it('every write refuses a body of the wrong shape (a list, a text, a number) and an over-long step key', async () => {
      const writes: Array<[string, string, string]> = [
        ['post', '/cases', 'staf-35.01'],
        ['post', `/cases/${pacitanCase}/steps/1.1/complete`, 'staf-35.01'],
        ['post', `/cases/${pacitanCase}/steps/1.1/decision`, 'staf-35.01'],
        ['post', `/cases/${pacitanCase}/cancel`, 'staf-35.01'],
        ['put', '/sop-evaluations', 'kabid-35.01'],
        ['put', '/calendars/35.01', 'sekretaris-35.01'],
        ['put', '/calendars/35.01/holidays/2025', 'sekretaris-35.01'],
      ];
      for (const [method, path, user] of writes) {
        for (const body of ['[]', '[{"sopId":"x"}]', '"teks"', '42']) {
          const res = await refused(400, async () => (method === 'put' ? t.http().put(path) : t.http().post(path)).set(await t.as(user)).set('Content-Type', 'application/json').send(body));
          expect([path, body, res.code]).toEqual([path, body, expect.stringMatching(/^(VALIDATION_FAILED|BAD_REQUEST|INVALID_JSON|MALFORMED_JSON)/)]);
        }
      }
      const longKey = await refused(400, async () => t.http().post(`/cases/${pacitanCase}/steps/1.${'9'.repeat(400)}/start`).set(await t.as('staf-35.01')));
      expect(fields(longKey)).toEqual(['stepKey']);
    });

    it('step, decision and cancel bodies: arrays vs objects, null, blank reasons, long texts', async () => {
      const as = await t.as('staf-35.01');
      const at = (action: string) => `/cases/${pacitanCase}/${action}`;
      const checks: Array<[string, object, string[]]> = [
        ['steps/1.1/complete', { kelengkapanChecked: { a: 1 }, outputProduced: true }, ['kelengkapanChecked']],
        ['steps/1.1/complete', { kelengkapanChecked: ['x'.repeat(301)], outputProduced: true }, ['kelengkapanChecked']],
        ['steps/1.1/complete', { kelengkapanChecked: [], outputProduced: null }, ['outputProduced']],
        ['steps/1.1/complete', { kelengkapanChecked: [], outputProduced: 'true' }, ['outputProduced']],
        ['steps/1.1/complete', { kelengkapanChecked: [], outputProduced: true, documentRef: null }, ['documentRef']],
        ['steps/1.1/decision', { answer: null }, ['answer']],
        ['cancel', { reason: '   ' }, ['reason']],
        ['cancel', { reason: null }, ['reason']],
        ['cancel', { reason: 'x'.repeat(2001) }, ['reason']],
        ['cancel', {}, ['reason']],
      ];
      for (const [action, body, expected] of checks) {
        const res = await refused(400, () => t.http().post(at(action)).set(as).send(body));
        expect([action, body, fields(res)]).toEqual([action, body, expected]);
      }
    });

    it('PUT /sop-evaluations: nested answers validated (objects vs arrays), whitespace, numbers', async () => {
      const as = await t.as('kabid-35.01');
      const good = { sopId: SOP_PACITAN, version: 1, dari: '2025-01-01', sampai: '2025-06-30', answers: [{ criterionId: 'mendorong_kinerja', penilaian: 'Ya' }] };
      const checks: Array<[object, string[]]> = [
        [{ ...good, answers: { criterionId: 'mendorong_kinerja', penilaian: 'Ya' } }, ['answers']],
        [{ ...good, answers: [null] }, ['answers', 'answers.0']],
        [{ ...good, answers: undefined }, ['answers']],
        [{ ...good, answers: [{ criterionId: '  ', penilaian: 'Ya' }] }, ['answers.0.criterionId']],
        [{ ...good, answers: [{ criterionId: 'mendorong_kinerja', penilaian: 'Ya', catatan: 'x'.repeat(2001) }] }, ['answers.0.catatan']],
        [{ ...good, answers: [{ criterionId: 'mendorong_kinerja', penilaian: 'Ya', skor: 5 }] }, ['answers.0.skor']],
        [{ ...good, version: 1e308 }, ['version']],
        [{ ...good, version: 1.5 }, ['version']],
        [{ ...good, version: '1' }, ['version']],
        [{ ...good, sopId: ' ' }, ['sopId']],
        [{ ...good, dari: null }, ['dari']],
      ];
      for (const [body, expected] of checks) {
        const res = await refused(400, () => t.http().put('/sop-evaluations').set(as).send(body));
        expect([body, fields(res).sort()]).toEqual([body, [...expected].sort()]);
      }
    });

    it('query and path numbers and cursors are strict; calendar texts and lists are bounded', async () => {
      const kasi = await t.as('kasi-35.01');
      for (const limit of ['0', '201', '1e2', '-5', '10.5', 'sepuluh']) {
        expect(fields(await refused(400, () => t.http().get('/cases').query({ limit }).set(kasi)))).toEqual(['limit']);
      }
      expect(fields(await refused(400, () => t.http().get('/cases').query({ cursor: 'bukan kursor!' }).set(kasi)))).toEqual(['cursor']);
      expect(fields(await refused(400, () => t.http().get('/cases').query({ cursor: 'AAAA' }).set(kasi)))).toEqual(['cursor']);
      expect(fields(await refused(400, () => t.http().get('/compliance/summary').query({ version: '1e308' }).set(kasi)))).toEqual(['version']);
      expect(fields(await refused(400, () => t.http().get('/reports/monitoring').query({ sopId: SOP_PACITAN, version: '9007199254740993', dari: '2025-01-01', sampai: '2025-01-31' }).set(kasi)))).toEqual(['version']);

      const sekretaris = await t.as('sekretaris-35.01');
      const year = (holidays: object[], source = 'SKB 3 Menteri') => ({ source, holidays });
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01/holidays/2e3').set(sekretaris).send(year([]))))).toEqual(['year']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01/holidays/2025').set(sekretaris).send(year([{ date: '2025-02-29', name: 'x', kind: 'libur_nasional' }]))))).toEqual(['holidays[0].date']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01/holidays/2025').set(sekretaris).send(year([{ date: '2025-08-18', name: 'x'.repeat(301), kind: 'libur_nasional' }]))))).toEqual(['holidays[0].name']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01/holidays/2025').set(sekretaris).send(year([], 'x'.repeat(2001)))))).toEqual(['source']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01/holidays/2025').set(sekretaris).send({ source: 'SKB', holidays: { date: '2025-08-18' } })))).toEqual(['holidays']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01').set(sekretaris).send({ timeZone: null })))).toEqual(['timeZone']);
      expect(fields(await refused(400, () => t.http().put('/calendars/35.01').set(sekretaris).send({ holidays: [{ year: 2030, source: 's'.repeat(2001), holidays: [] }] })))).toEqual(['holidays[0].source']);
    });

    it('history import: a NUL byte or an over-long cell is a 400 naming the line; an over-size file a 413', async () => {
      const header = 'case reference,sop number,step number,role,actor,started at,completed at,decision,note\n';
      const nul = await refused(400, async () => t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(`${header}KP/2025/777,27/SOP/DIKUPERIND/2023,1,Staf,Bu\u0000di,2025-07-01 08:00,2025-07-01 09:00,,\n`));
      expect(nul.errors).toEqual([{ field: 'baris 2', message: expect.stringContaining('kolom "actor"') }]);
      const long = await refused(400, async () => t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(`${header}KP/2025/778,27/SOP/DIKUPERIND/2023,1,Staf,Budi,2025-07-01 08:00,2025-07-01 09:00,,${'n'.repeat(2001)}\n`));
      expect(long.errors).toEqual([{ field: 'baris 2', message: expect.stringContaining('kolom "note": paling panjang 2000 karakter') }]);
      const huge = `${header}${'KP/2025/779,27/SOP/DIKUPERIND/2023,1,Staf,Budi,2025-07-01 08:00,2025-07-01 09:00,,catatan\n'.repeat(60_000)}`;
      expect(Buffer.byteLength(huge)).toBeGreaterThan(5 * 1024 * 1024);
      expect((await refused(413, async () => t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(huge))).code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe("another dinas's ids answer 404 exactly like ids that do not exist", () => {
    const problem = (body: { status?: number; code?: string }) => [body.status, body.code];

    it('cases: read and every write', async () => {
      const outsider = await t.as('kabid-61');
      const theirs = await refused(404, () => t.http().get(`/cases/${pacitanCase}`).set(outsider));
      const none = await refused(404, () => t.http().get(`/cases/${NO_SUCH_CASE}`).set(outsider));
      expect(problem(theirs)).toEqual(problem(none));
      for (const [action, body] of [['steps/1.1/start', {}], ['steps/1.1/complete', { kelengkapanChecked: [], outputProduced: true }], ['steps/1.1/decision', { answer: 'ya' }], ['cancel', { reason: 'uji' }]] as const) {
        const a = await refused(404, () => t.http().post(`/cases/${pacitanCase}/${action}`).set(outsider).send(body));
        const b = await refused(404, () => t.http().post(`/cases/${NO_SUCH_CASE}/${action}`).set(outsider).send(body));
        expect([action, problem(a)]).toEqual([action, problem(b)]);
      }
      // The province's viewer and auditor keep reading the regency's case.
      await t.http().get(`/cases/${pacitanCase}`).set(await t.as('provinsi-35')).expect(200);
      await t.http().get(`/cases/${pacitanCase}`).set(await t.as('auditor-35')).expect(200);
    });

    it('calendars: read, set, set a year, remove a year', async () => {
      const outsider = await t.as('sekretaris-61');
      const year = { source: 'SKB', holidays: [] };
      const pairs: Array<[() => Promise<{ status: number; body: { errors?: FieldError[]; code?: string } }>, () => Promise<{ status: number; body: { errors?: FieldError[]; code?: string } }>]> = [
        [() => t.http().get('/calendars/35.01').set(outsider), () => t.http().get('/calendars/99.99').set(outsider)],
        [() => t.http().put('/calendars/35.01').set(outsider).send({ timeZone: 'WIB' }), () => t.http().put('/calendars/99.99').set(outsider).send({ timeZone: 'WIB' })],
        [() => t.http().put('/calendars/35.01/holidays/2025').set(outsider).send(year), () => t.http().put('/calendars/99.99/holidays/2025').set(outsider).send(year)],
        [() => t.http().delete('/calendars/35.01/holidays/2025').set(outsider), () => t.http().delete('/calendars/99.99/holidays/2025').set(outsider)],
      ];
      for (const [theirs, none] of pairs) {
        const a = await refused(404, theirs);
        const b = await refused(404, none);
        expect(problem(a)).toEqual([404, 'CALENDAR_NOT_FOUND']);
        expect(problem(b)).toEqual(problem(a));
      }
      await t.http().get('/calendars/35.01').set(await t.as('provinsi-35')).expect(200);
      await t.http().get('/calendars/35.01').set(await t.as('auditor-35')).expect(200);
    });

    it("evaluations and reports of another dinas's SOP", async () => {
      const answer = (sopId: string) => ({ sopId, version: 1, dari: '2025-01-01', sampai: '2025-06-30', answers: [{ criterionId: 'mendorong_kinerja', penilaian: 'Ya' }] });
      const kabid61 = await t.as('kabid-61');
      const theirs = await refused(404, () => t.http().put('/sop-evaluations').set(kabid61).send(answer(SOP_PACITAN)));
      const none = await refused(404, () => t.http().put('/sop-evaluations').set(kabid61).send(answer('9c4e1d2a-0000-4b7f-8a27-000000000000')));
      expect(problem(theirs)).toEqual(problem(none));
      for (const form of ['monitoring', 'evaluation']) {
        const query = (sopId: string) => ({ sopId, dari: '2025-01-01', sampai: '2025-06-30' });
        const a = await refused(404, () => t.http().get(`/reports/${form}`).query(query(SOP_PACITAN)).set(kabid61));
        const b = await refused(404, () => t.http().get(`/reports/${form}`).query(query('9c4e1d2a-0000-4b7f-8a27-000000000000')).set(kabid61));
        expect([form, problem(a)]).toEqual([form, problem(b)]);
        await t.http().get(`/reports/${form}`).query(query(SOP_PACITAN)).set(await t.as('provinsi-35')).expect(200);
      }
    });
  });

  it("parks a poison evaluation event of one dinas; the others' read model keeps going and /health/ready says degraded", async () => {
    // Old bad data: an evaluation of Pacitan stored before dates were validated (30 February cannot be a date column).
    const store = t.app.get<EventStore>(EVENT_STORE);
    const poison = { tenant: '35.01', sopId: SOP_PACITAN, version: 1, dari: '2024-02-30', sampai: '2024-03-31', answers: { mendorong_kinerja: { penilaian: 'Ya' } }, answeredBy: { userId: 'kabid-35.01', name: 'Kabid', role: 'KEPALA_BIDANG' }, answeredAt: '2025-07-07T01:00:00.000Z' };
    await store.append(`evaluation-35.01-${SOP_PACITAN}-v1-2024-02-30-2024-03-31`, [{ type: 'SopEvaluationAnswered', data: poison, metadata: { tenant: '35.01', actor: { userId: 'kabid-35.01', role: 'KEPALA_BIDANG' }, correlationId: 'poison' } }], { expectedRevision: 'no_stream' });

    // Kalimantan Barat answers its own evaluation afterwards: it reaches the read model and the form.
    const body = { sopId: SOP_KALBAR, version: 1, dari: '2025-01-01', sampai: '2025-06-30', answers: [{ criterionId: 'mudah_dipahami', penilaian: 'Tidak', catatan: 'Istilah perlu dijelaskan' }] };
    await t.http().put('/sop-evaluations').set(await t.as('kabid-61')).send(body).expect(200);
    await t.settle();
    const form = await t.http().get('/reports/evaluation').query({ sopId: SOP_KALBAR, version: 1, dari: '2025-01-01', sampai: '2025-06-30' }).set(await t.as('kabid-61')).expect(200);
    expect(form.body.rows.find((r: { criterionId: string }) => r.criterionId === 'mudah_dipahami')).toMatchObject({ penilaian: 'Tidak' });
    // So does a new case of Pacitan (another stream of the same dinas).
    await t.http().post('/cases').set(await t.as('staf-35.01')).send({ sopId: SOP_PACITAN, reference: 'KP/2025/002' }).expect(201);
    await t.settle();
    const listed = await t.http().get('/cases').query({ reference: 'KP/2025/002' }).set(await t.as('kasi-35.01')).expect(200);
    expect(listed.body).toHaveLength(1);

    const parked = await t.app.get(ComplianceWorkers).projection.parked();
    expect(parked.map((p) => [p.eventType, p.tenant, p.stream])).toEqual([['SopEvaluationAnswered', '35.01', `evaluation-35.01-${SOP_PACITAN}-v1-2024-02-30-2024-03-31`]]);
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.degraded).toEqual([expect.stringMatching(/1 parked event$/)]);
  });
});
