/**
 * Kalimantan Barat's "Peningkatan Pelayanan PLUT" (28 steps, imported from the seed with the SOP book importer) run as
 * ONE case through HTTP with a fixed clock, in February 2026, including a "tidak" loop at step 7; then measured,
 * reported, and rebuilt byte for byte.
 *
 * The dinas (61) runs on the default calendar: WIB, Mon-Thu 07:30-16:00 (510 office minutes), Fri 07:30-16:30
 * (540), national holidays and cuti bersama 2026 (Mon 16 Feb cuti bersama Imlek, Tue 17 Feb Imlek).
 * Each step is started when the previous one finished and completed (decided) at the time in `PLUT_TIMELINE`.
 * A step's time runs from when it became available (the previous step's finish) to its own finish. "N hari" is due
 * at the same office position N working days later; "N jam" after N*60 office minutes.
 */
import type { SopContent } from '@jejak/contracts';
import { findDemoUser } from '@jejak/nest-platform';
import { runRebuildCli } from '@jejak/service-kit';
import { COMPLIANCE_SERVICE } from '../src/compliance.service';
import { complianceProjection } from '../src/workers/compliance.projection';
import { ComplianceWorkers } from '../src/workers/compliance.workers';
import { kalbarPlutFromSeed } from './support/kalbar-plut.seed';
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { PLUT_CASE_START, PLUT_TIMELINE, wib, type PlutStep } from './support/plut-timeline';

const SOP_ID = '2f6b7c1e-61aa-4c0d-9e51-5a0b3c7d9e01';
const UNIT = 'Bidang Pemberdayaan Usaha Kecil';
/** Imported from docs/seeds/kalbar-sop-peningkatan-pelayanan-plut.txt with the importer (see kalbar-plut.seed.ts). */
const PLUT = kalbarPlutFromSeed();
const USERS: Record<PlutStep['by'], string> = { kabid: 'kabid-61', kasi: 'kasi-61', staf: 'staf-61', sekretaris: 'sekretaris-61', kadis: 'kadis-61', petugas: 'petugas-61' };

/** Version 2, effective from 12 Feb 2026: steps 1 and 24 are now the Kasubid's. */
function plutVersion2(): SopContent {
  const content = kalbarPlutFromSeed();
  content.procedures[0].steps[0].pelaksana = ['Kasubid'];
  content.procedures[0].steps[23].pelaksana = ['Kasubid'];
  content.identity.tanggalRevisi = '2026-02-12';
  return content;
}

describe('the PLUT SOP run as a case through HTTP (e2e)', () => {
  let t: ComplianceTestApp;
  let caseId = '';
  const report = (format: string) => `/reports/monitoring?sopId=${SOP_ID}&version=1&dari=2026-02-01&sampai=2026-02-28&tempat=Pontianak&tanggal=2026-02-27&format=${format}`;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_plut', wib('2026-01-05T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '61', unit: UNIT, version: 1, content: PLUT, effectiveFrom: '2020-07-22', time: '2026-01-05T01:00:00.000Z' });
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  const step = async (stepKey: string, action: 'start' | 'complete' | 'decision', user: string, body?: object) =>
    t.http().post(`/cases/${caseId}/steps/${stepKey}/${action}`).set(await t.as(user)).send(body ?? {});

  it('starts a case pinned to the version in force today: 201 with Location and ETag', async () => {
    expect(PLUT.procedures.map((p) => p.steps.length)).toEqual([28]);
    t.clock.set(wib(PLUT_CASE_START));
    const res = await t.http().post('/cases').set(await t.as('staf-61')).send({ sopId: SOP_ID, reference: 'PLUT-2026-01' }).expect(201);
    caseId = res.body.caseId;
    expect(res.headers.location).toBe(`/cases/${caseId}`);
    expect(res.headers.etag).toBe('"0"');
    expect(res.body.events).toEqual(['CaseStarted']);
  });

  it('refuses bad input with 400 naming the fields, and unknown SOPs or cases with 404', async () => {
    const noSop = await t.http().post('/cases').set(await t.as('staf-61')).send({ procedureIndex: -1, colour: 'red' }).expect(400);
    expect(noSop.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['sopId', 'procedureIndex', 'colour']));
    await t.http().post('/cases').set(await t.as('staf-61')).send({ sopId: 'no-such-sop' }).expect(404);
    const badStep = await t.http().post(`/cases/${caseId}/steps/satu/start`).set(await t.as('kabid-61')).expect(400);
    expect(badStep.body.errors.map((e: { field: string }) => e.field)).toEqual(['stepKey']);
    await t.http().post('/cases/00000000-0000-4000-8000-00000000ffff/steps/1.1/start').set(await t.as('kabid-61')).expect(404);
  });

  it('lets only a pelaksana of the step act, only on the step the flow expects', async () => {
    // Step 1's pelaksana is the Kepala Bidang: the staf is refused, and step 2 cannot start before step 1.
    const wrongRole = await step('1.1', 'start', 'staf-61');
    expect([wrongRole.status, wrongRole.body.code]).toEqual([403, 'NOT_PELAKSANA']);
    const early = await step('1.2', 'start', 'kasi-61');
    expect([early.status, early.body.code]).toEqual([409, 'STEP_OUT_OF_ORDER']);
    expect((await step('1.1', 'complete', 'kabid-61', { kelengkapanChecked: [], outputProduced: true })).body.code).toBe('STEP_NOT_STARTED');
  });

  it('keeps other dinas out: 404 for their users, 403 for read-only roles writing; the auditor reads', async () => {
    await t.http().get(`/cases/${caseId}`).set(await t.as('kasi-35')).expect(404);
    await t.http().post(`/cases/${caseId}/steps/1.1/start`).set(await t.as('kabid-35')).expect(404);
    expect((await t.http().post(`/cases/${caseId}/steps/1.1/start`).set(await t.as('auditor-61')).expect(403)).body.code).toBe('READ_ONLY_ROLE');
    await t.http().post('/cases').set(await t.as('provinsi-61')).send({ sopId: SOP_ID }).expect(403);
    await t.http().get('/compliance/summary').query({ tenant: '61' }).set(await t.as('kasi-35')).expect(403);
    await t.settle();
    await t.http().get(`/cases/${caseId}`).set(await t.as('auditor-61')).expect(200);
    await t.http().get(`/cases/${caseId}`).expect(401);
  });

  it('runs the 28 steps, with a "tidak" at step 7 that sends the case back to step 5 (rework)', async () => {
    let readyAt = wib(PLUT_CASE_START);
    for (const s of PLUT_TIMELINE) {
      const key = `1.${s.no}`;
      const user = USERS[s.by];
      t.clock.set(readyAt);
      expect((await step(key, 'start', user)).status).toBe(200);
      t.clock.set(wib(s.done));
      if (s.no === 1) {
        const unknown = await step(key, 'complete', user, { kelengkapanChecked: ['Surat Tugas'], outputProduced: true });
        expect([unknown.status, unknown.body.code, unknown.body.errors[0].field]).toEqual([400, 'KELENGKAPAN_UNKNOWN', 'kelengkapanChecked[0]']);
        const badBody = await step(key, 'complete', user, { kelengkapanChecked: 'RKA/DPA' });
        expect(badBody.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['kelengkapanChecked', 'outputProduced']));
      }
      const kelengkapanChecked = s.kelengkapan ?? PLUT.procedures[0].steps[s.no - 1].mutuBaku.kelengkapan;
      const done = await step(key, 'complete', user, { kelengkapanChecked, outputProduced: s.outputProduced ?? true, documentRef: `DOC-${s.no}` });
      expect(done.status).toBe(200);
      if (s.decision) {
        if (s.no === 7 && s.decision === 'tidak') {
          expect((await step(key, 'decision', user, { answer: 'mungkin' })).body.errors.map((e: { field: string }) => e.field)).toEqual(['answer']);
        }
        const decided = await step(key, 'decision', user, { answer: s.decision });
        expect(decided.status).toBe(200);
        if (s.decision === 'tidak') expect(decided.body.events).toEqual(['DecisionTaken', 'CaseLoopedBack']);
      }
      if (s.no === 17) {
        // The catalogue publishes version 2 (steps 1 and 24 now the Kasubid's), in force from 12 Feb 2026.
        await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '61', unit: UNIT, version: 2, content: plutVersion2(), effectiveFrom: '2026-02-12', time: wib('2026-02-12T09:00') });
        await t.settle();
      }
      readyAt = wib(s.done);
    }
    await t.settle();
    const view = await t.http().get(`/cases/${caseId}`).set(await t.as('kasi-61')).expect(200);
    expect(view.body).toMatchObject({ status: 'completed', reworkLoops: 1, completedAt: wib('2026-02-23T11:00'), sop: { version: 1 } });
  });

  it('keeps the case on the version it started with; a case started after the revision runs version 2', async () => {
    // Step 24 was still the Kepala Bidang's in version 1: the case above completed it as kabid after the revision.
    const view = await t.http().get(`/cases/${caseId}`).set(await t.as('kasi-61')).expect(200);
    // The execution names who did it (name and jabatan as the token had them).
    expect(view.body.measurement.executions.find((e: { stepKey: string }) => e.stepKey === '1.24').actor).toEqual({ userId: expect.any(String), role: 'KEPALA_BIDANG', name: findDemoUser('kabid-61')!.name, jabatan: 'Kepala Bidang' });
    const second = await t.http().post('/cases').set(await t.as('staf-61')).send({ sopId: SOP_ID, reference: 'PLUT-2026-02' }).expect(201);
    const refused = await t.http().post(`/cases/${second.body.caseId}/steps/1.1/start`).set(await t.as('kabid-61'));
    expect([refused.status, refused.body.code]).toEqual([403, 'NOT_PELAKSANA']);
    await t.http().post(`/cases/${second.body.caseId}/steps/1.1/start`).set(await t.as('kasi-61')).expect(200);
    await t.http().post(`/cases/${second.body.caseId}/cancel`).set(await t.as('kasi-61')).send({ reason: 'Uji revisi' }).expect(200);
    await t.settle();
    const list = await t.http().get('/cases').query({ sopId: SOP_ID }).set(await t.as('kasi-61')).expect(200);
    expect(list.body.map((c: { reference: string; version: number; status: string }) => [c.reference, c.version, c.status])).toEqual([
      ['PLUT-2026-02', 2, 'cancelled'],
      ['PLUT-2026-01', 1, 'completed'],
    ]);
  });

  it('measures every step execution in working time against its mutu baku', async () => {
    const view = await t.http().get(`/cases/${caseId}`).set(await t.as('kasi-61')).expect(200);
    const m = view.body.measurement;
    // [step, office minutes, on time, office minutes late]. Durations run from the previous finish:
    //  1.1 Mon 2 Feb 08:00-10:00 = 120                                    (1 hari: on time)
    //  1.2 Mon 10:00-Tue 3 Feb 12:00 = 360 + 270 = 630; due Tue 10:00     (1 hari: late 120 = 1 + 120/510 = 1.2353 hari)
    //  1.3 Tue 12:00-15:00 = 180; 1.4 Tue 15:00-Wed 4 Feb 09:00 = 60 + 90 = 150; 1.5 Wed 09:00-11:00 = 120; 1.6 11:00-14:00 = 180
    //  1.7 Wed 14:00-Thu 5 Feb 09:00 = 120 + 90 = 210, "tidak": back to 1.5 (rework loop 1)
    //  1.5 Thu 09:00-13:00 = 240; 1.6 Thu 13:00-Fri 6 Feb 10:00 = 180 + 150 = 330 (due Fri 13:00)
    //  1.7 Fri 10:00-Mon 9 Feb 11:00 = 390 + 210 = 600; due Mon 10:00     (1 hari: late 60 = 1.1176 hari)
    //  1.8 180; 1.9 Mon 14:00-Tue 10:00 = 120 + 150 = 270; 1.10 Tue 10:00-15:00 = 300; 1.11 Tue 15:00-Wed 11 Feb 08:30 = 60 + 60 = 120
    //  1.12 90; 1.13 60; 1.14 120; 1.15 60; 1.16 60 (output not produced); 1.17 Wed 15:00-Thu 12 Feb 09:00 = 60 + 90 = 150
    //  1.18 Thu 09:00-12:00 = 180 against 2 jam                            (late 60: 3 jam, over by 1 jam)
    //  1.19 120 (3 jam); 1.20 Thu 14:00-Fri 13 Feb 10:00 = 120 + 150 = 270; 1.21 120 (3 jam); 1.22 60 (2 jam)
    //  1.23 Fri 13 Feb 13:00-Wed 18 Feb 09:00 = 210 + 90 = 300: Mon 16 and Tue 17 are holidays, so it is due Wed 13:00 (on time)
    //  1.24 60; 1.25 Wed 10:00-Thu 19 Feb 15:00 = 360 + 450 = 810 (3 hari); 1.26 Thu 15:00-Fri 20 Feb 08:00 = 60 + 30 = 90
    //  1.27 Fri 20 Feb 08:00-Mon 23 Feb 09:00 = 510 + 90 = 600; due Mon 08:00 (1 hari: late 60); 1.28 Mon 09:00-11:00 = 120
    expect(m.executions.map((e: { stepKey: string; waktu: { duration: { officeMinutes: number }; onTime: boolean; overByOfficeMinutes: number } }) => [
      e.stepKey, e.waktu.duration.officeMinutes, e.waktu.onTime, e.waktu.overByOfficeMinutes,
    ])).toEqual([
      ['1.1', 120, true, 0], ['1.2', 630, false, 120], ['1.3', 180, true, 0], ['1.4', 150, true, 0], ['1.5', 120, true, 0],
      ['1.6', 180, true, 0], ['1.7', 210, true, 0], ['1.5', 240, true, 0], ['1.6', 330, true, 0], ['1.7', 600, false, 60],
      ['1.8', 180, true, 0], ['1.9', 270, true, 0], ['1.10', 300, true, 0], ['1.11', 120, true, 0], ['1.12', 90, true, 0],
      ['1.13', 60, true, 0], ['1.14', 120, true, 0], ['1.15', 60, true, 0], ['1.16', 60, true, 0], ['1.17', 150, true, 0],
      ['1.18', 180, false, 60], ['1.19', 120, true, 0], ['1.20', 270, true, 0], ['1.21', 120, true, 0], ['1.22', 60, true, 0],
      ['1.23', 300, true, 0], ['1.24', 60, true, 0], ['1.25', 810, true, 0], ['1.26', 90, true, 0], ['1.27', 600, false, 60],
      ['1.28', 120, true, 0],
    ]);
    const late = m.executions.filter((e: { waktu: { onTime: boolean } }) => !e.waktu.onTime);
    expect(late.map((e: { stepKey: string; waktu: { actual: object; overBy: object } }) => [e.stepKey, e.waktu.actual, e.waktu.overBy])).toEqual([
      ['1.2', { amount: 1.2353, unit: 'hari' }, { amount: 0.2353, unit: 'hari' }],
      ['1.7', { amount: 1.1176, unit: 'hari' }, { amount: 0.1176, unit: 'hari' }],
      ['1.18', { amount: 3, unit: 'jam' }, { amount: 1, unit: 'jam' }],
      ['1.27', { amount: 1.1176, unit: 'hari' }, { amount: 0.1176, unit: 'hari' }],
    ]);
    // 1.23 shows the holidays at work: 5 calendar days, 300 office minutes = 300/540 of Friday's working day.
    expect(m.executions[25].waktu.actual).toEqual({ amount: 0.5556, unit: 'hari' });
    expect(m.deviations).toEqual([
      { kind: 'kelengkapan_missing', stepKey: '1.1', seq: 1, missing: ['RKA/DPA'] },
      { kind: 'output_missing', stepKey: '1.16', seq: 19 },
    ]);
    // Start to finish: Mon 2 Feb 08:00 (480) + Tue-Thu (3 x 510) + Fri 6 (540) + Mon 9-Thu 12 (4 x 510) + Fri 13 (540)
    // + Wed 18-Thu 19 (2 x 510) + Fri 20 (540) + Mon 23 07:30-11:00 (210) = 6900 office minutes; 13 working days to
    // Mon 23 08:00, then 180 of the 510 office minutes to Tue 24 08:00: 13.3529 working days.
    expect(m.duration).toEqual({ officeMinutes: 6900, workingDays: 13.3529 });
    expect([m.reworkLoops, m.conformance.fitness, m.conformance.skipped, m.conformance.extra]).toEqual([1, 1, [], []]);
  });

  it('sums up the SOP in the period: 27 of 31 executions on time, bottlenecks ranked by minutes late', async () => {
    t.clock.set(wib('2026-02-27T12:00'));
    const res = await t.http().get('/compliance/summary').query({ sopId: SOP_ID, version: 1, dari: '2026-02-01', sampai: '2026-02-28' }).set(await t.as('provinsi-61')).expect(200);
    const f = res.body.figures;
    expect(f.cases).toEqual({ started: 1, completed: 1, cancelled: 0, open: 0 });
    expect(f.timeliness).toEqual({ measured: 31, onTime: 27, late: 4, rate: 0.871 });
    expect(f.caseDurations.officeMinutes).toEqual({ count: 1, median: 6900, p90: 6900 });
    // 1.2 is 120 minutes late; 1.27 and 1.18 60 each (both always late; 1.27's p90 600 > 1.18's 180); 1.7 late 1 of 2.
    expect(f.bottlenecks.map((b: { stepKey: string; lateOfficeMinutes: number; lateRate: number }) => [b.stepKey, b.lateOfficeMinutes, b.lateRate])).toEqual([
      ['1.2', 120, 1], ['1.27', 60, 1], ['1.18', 60, 1], ['1.7', 60, 0.5],
    ]);
    expect(f.rework).toEqual({ loops: 1, casesWithRework: 1 });
    const step7 = f.steps.find((s: { stepKey: string }) => s.stepKey === '1.7');
    expect(step7.officeMinutes).toEqual({ count: 2, median: 210, p90: 600 });
  });

  it('fills the monitoring form: late steps "Tidak berjalan dengan baik", with notes and actions in Bahasa Indonesia', async () => {
    const res = await t.http().get(report('json')).set(await t.as('kabid-61')).expect(200);
    expect(res.headers['content-type']).toContain('application/json');
    const form = res.body;
    expect(form.sop).toMatchObject({ sopId: SOP_ID, version: 1, nomor: '518 / 917 / KUKRU - IV - 1', nama: 'PENINGKATAN PELAYANAN PLUT' });
    expect(form.aturanPenilaian).toContain('sekurang-kurangnya 80% pelaksanaan selesai dalam mutu baku waktu');
    expect(form.rows).toHaveLength(28);
    // The default rule: on time in at least 80 % of executions and never outside the pelaksana.
    const notGood = form.rows.filter((r: { penilaian: string }) => r.penilaian === 'Tidak berjalan dengan baik').map((r: { no: number }) => r.no);
    expect(notGood).toEqual([2, 7, 18, 27]);
    const row = (no: number) => form.rows[no - 1];
    expect(row(2).catatanHasilPenilaian).toBe(
      'Dilaksanakan 1 kali; tepat waktu 0 dari 1 (0%); terlambat 1 kali, total 120 menit kerja melewati batas; median 1,24 hari kerja, persentil ke-90 1,24 hari kerja.',
    );
    // Step 7 ran twice (210 and 600 office minutes: 0.4118 and 1.1176 working days).
    expect(row(7).catatanHasilPenilaian).toBe(
      'Dilaksanakan 2 kali; tepat waktu 1 dari 2 (50%); terlambat 1 kali, total 60 menit kerja melewati batas; median 0,41 hari kerja, persentil ke-90 1,12 hari kerja.',
    );
    expect(row(18).catatanHasilPenilaian).toContain('median 180 menit kerja');
    expect(row(1)).toMatchObject({ penilaian: 'Berjalan dengan baik', catatanHasilPenilaian: expect.stringContaining('kelengkapan tidak lengkap 1 kali') });
    expect(row(16).catatanHasilPenilaian).toContain('output tidak dihasilkan 1 kali');
    expect(row(1).tindakanYangHarusDiambil).toContain('Pastikan kelengkapan diperiksa');
    expect(row(2).tindakanYangHarusDiambil).toContain('Telaah penyebab keterlambatan');
    expect(row(3).tindakanYangHarusDiambil).toBe('Pertahankan pelaksanaan sesuai SOP.');
  });

  it('serves the form as CSV, XLSX and PDF too (by ?format= or Accept)', async () => {
    const csv = await t.http().get(report('csv')).set(await t.as('kabid-61')).buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    expect(csv.text).toContain('Penilaian terhadap penerapan');
    const byAccept = await t.http().get(report('csv').replace('&format=csv', '')).set(await t.as('kabid-61')).set('Accept', 'text/csv').expect(200);
    expect(byAccept.text).toBe(csv.text);
    const xlsx = await binary(report('xlsx'), 'kabid-61');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const pdf = await binary(report('pdf'), 'kabid-61');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await t.http().get(report('doc')).set(await t.as('kabid-61')).expect(400);
    await t.http().get(report('json')).set(await t.as('kasi-35')).expect(404);
  });

  it('fills the evaluation form with the evaluator\'s answers beside the measured figures', async () => {
    const body = {
      sopId: SOP_ID,
      version: 1,
      dari: '2026-02-01',
      sampai: '2026-02-28',
      answers: [
        { criterionId: 'mendorong_kinerja', penilaian: 'Ya' },
        { criterionId: 'mudah_dilaksanakan', penilaian: 'Tidak', catatan: 'SK dikembalikan Kepala Dinas', tindakLanjut: 'Periksa konsep SK sebelum diajukan' },
      ],
    };
    await t.http().put('/sop-evaluations').set(await t.as('staf-61')).send(body).expect(403);
    const unknown = await t.http().put('/sop-evaluations').set(await t.as('kabid-61')).send({ ...body, answers: [{ criterionId: 'indah', penilaian: 'Ya' }] }).expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.0.criterionId']);
    const bad = await t.http().put('/sop-evaluations').set(await t.as('kabid-61')).send({ ...body, dari: '1 Feb 2026', answers: [{ criterionId: 'x', penilaian: 'Mungkin' }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['dari', 'answers.0.penilaian']));
    await t.http().put('/sop-evaluations').set(await t.as('kabid-61')).send(body).expect(200);
    await t.settle();
    const res = await t.http().get(report('json').replace('/monitoring', '/evaluation')).set(await t.as('auditor-61')).expect(200);
    expect(res.body.rows.map((r: { criterionId: string; penilaian: string | null; dataPendukung: string | null }) => [r.criterionId, r.penilaian, r.dataPendukung])).toEqual([
      ['mendorong_kinerja', 'Ya', 'Tepat waktu 27 dari 31 pelaksanaan langkah (87,1%); 1 dari 1 kasus selesai.'],
      ['mudah_dipahami', null, null],
      ['mudah_dilaksanakan', 'Tidak', 'Kesesuaian alur (fitness) rata-rata 1; langkah dilewati 0 kali, di luar urutan 0 kali; pengulangan (rework) 1 kali.'],
      ['menjalankan_peran', null, 'Dikerjakan di luar kolom pelaksana SOP 0 dari 31 pelaksanaan langkah.'],
      ['mengatasi_permasalahan', null, null],
      ['kebutuhan_kinerja_organisasi', null, null],
    ]);
    expect(res.body.skor).toMatchObject({ ya: 1, dijawab: 2, jumlahKriteria: 6, persentaseYa: 0.5 });
  });

  it('reproduces every report byte for byte after a blue-green rebuild and after dropping the read models', async () => {
    const evaluation = report('json').replace('/monitoring', '/evaluation');
    const outputs = [
      report('json'), report('csv'), report('xlsx'), report('html'), report('pdf'),
      evaluation, evaluation.replace('format=json', 'format=xlsx'), evaluation.replace('format=json', 'format=csv'),
      `/cases/${caseId}`, `/compliance/summary?sopId=${SOP_ID}&groupBy=sop`, `/cases?sopId=${SOP_ID}`,
    ];
    const produce = async () => Promise.all(outputs.map((path) => binary(path, 'kabid-61')));
    const before = await produce();

    // What `dist/cli/rebuild.main.js` runs: a blue-green rebuild of the whole log, the service still running.
    const result = await runRebuildCli(COMPLIANCE_SERVICE, complianceProjection, { DATABASE_URL: t.db.url });
    expect(result.processed).toBeGreaterThanOrEqual(83);
    await t.settle();
    expect(await produce()).toEqual(before);

    const workers = t.app.get(ComplianceWorkers);
    await workers.projection.stop();
    await t.db.pool.query('DROP SCHEMA compliance_rm CASCADE');
    await workers.projection.start();
    await workers.projection.caughtUp();
    expect(await produce()).toEqual(before);
  });

  async function binary(path: string, user: string): Promise<Buffer> {
    const res = await t
      .http()
      .get(path)
      .set(await t.as(user))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return res.body as Buffer;
  }
});
