/**
 * History from paper: Pacitan's "Kenaikan Pangkat Pegawai" step logs imported as CSV. A file with bad lines is
 * refused line by line and leaves nothing behind; the clean file then becomes three cases whose report and figures
 * are worked out by hand below. Dinas 35.01 runs on the default calendar: WIB, Mon-Thu 07:30-16:00 (510 office
 * minutes), Fri 07:30-16:30 (540); no holidays in July 2025. The import happens on Fri 1 Aug 2025 08:00 WIB.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { BAD_HISTORY, CLEAN_HISTORY } from './support/kenaikan-pangkat.history';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-000000000027';

describe('importing case history from paper logs (CSV, e2e)', () => {
  let t: ComplianceTestApp;
  const caseEvents = async () => Number((await t.db.pool.query(`SELECT count(*) AS n FROM compliance_es.events WHERE stream_id LIKE 'case-%'`)).rows[0].n);
  const cases = async () => (await t.http().get('/cases').query({ sopId: SOP_ID }).set(await t.as('kasi-35.01')).expect(200)).body;

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_history', wib('2025-08-01T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('refuses a file with bad lines, naming each line and its reason, and records nothing', async () => {
    const res = await t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(BAD_HISTORY).expect(400);
    expect(res.body.code).toBe('HISTORY_IMPORT_INVALID');
    expect(res.body.detail).toBe('8 baris ditolak (3, 4, 5, 6, 7, 8, 9, 10); tidak ada yang dicatat');
    const byLine = res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]);
    expect(byLine).toEqual([
      ['baris 3', 'baris 3, kolom "sop number": SOP nomor "99/SOP/XX/2023" tidak dikenal di dinas ini'],
      ['baris 4', 'baris 4, kolom "completed at": "kemarin sore" bukan waktu (contoh: 2026-03-02 15:00)'],
      ['baris 5', 'baris 5, kolom "role": peran "Lurah" tidak dikenal'],
      ['baris 6', expect.stringContaining('no step 1.9')],
      ['baris 7', expect.stringContaining('step 1.2 is a decision: record its answer (ya / tidak)')],
      ['baris 8', 'baris 8, kolom "decision": "mungkin" harus "ya", "tidak" atau kosong'],
      ['baris 9', expect.stringMatching(/startedAt \(2025-07-10T03:00:00.000Z\) is after completedAt/)],
      ['baris 10', expect.stringContaining('is in the future')],
    ]);
    expect(await caseEvents()).toBe(0);
    await t.settle();
    expect(await cases()).toEqual([]);
  });

  it('refuses what is not a CSV log: no body type, missing columns, read-only roles', async () => {
    await t.http().post('/cases/history').set(await t.as('staf-35.01')).send({ csv: 'x' }).expect(415);
    const header = await t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send('case reference;step number\r\nKP-1;1').expect(400);
    expect(header.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'baris 1: kolom "sop number" tidak ada pada judul kolom',
      'baris 1: kolom "completed at" tidak ada pada judul kolom',
    ]);
    await t.http().post('/cases/history').set(await t.as('auditor-35')).set('Content-Type', 'text/csv').send(BAD_HISTORY).expect(403);
    await t.http().post('/cases/history').set(await t.as('petugas-35.01')).set('Content-Type', 'text/csv').send(BAD_HISTORY).expect(403);
  });

  it('imports the clean log (multipart upload) in one go: three cases, twelve steps', async () => {
    const res = await t.http().post('/cases/history').set(await t.as('staf-35.01')).attach('file', Buffer.from(CLEAN_HISTORY, 'utf8'), 'agenda-kepegawaian-juli-2025.csv').expect(201);
    expect(res.body.steps).toBe(12);
    expect(res.body.cases.map((c: { reference: string; steps: number }) => [c.reference, c.steps])).toEqual([['KP-001', 7], ['KP-002', 4], ['KP-003', 1]]);
    await t.settle();
    expect((await cases()).map((c: { reference: string; status: string; origin: string }) => [c.reference, c.status, c.origin]).sort()).toEqual([
      ['KP-001', 'completed', 'historical'],
      ['KP-002', 'completed', 'historical'],
      ['KP-003', 'open', 'historical'],
    ]);
    const again = await t.http().post('/cases/history').set(await t.as('staf-35.01')).set('Content-Type', 'text/csv').send(CLEAN_HISTORY).expect(400);
    expect(again.body.errors.map((e: { field: string }) => e.field)).toEqual(['baris 2', 'baris 9', 'baris 13']);
  });

  it('measures the imported steps and flags the departures from the SOP', async () => {
    const list = await cases();
    const view = async (reference: string) =>
      (await t.http().get(`/cases/${list.find((c: { reference: string }) => c.reference === reference).caseId}`).set(await t.as('kasi-35.01')).expect(200)).body;
    const kp1 = await view('KP-001');
    // KP-001 starts Mon 7 Jul 08:00 (its earliest time). Times run from the previous finish (or the step's own start, if earlier):
    //  1.1 Mon 08:00-Tue 10:00 = 480 + 150 = 630 (2 hari: on time)   1.2 Tue 10:00-14:00 = 240, "tidak"
    //  1.1 Tue 14:00-Wed 09:00 = 120 + 90 = 210                          1.2 Wed 09:00-11:00 = 120, "ya"
    //  1.3 Wed 11:00-15:00 = 240                                          1.4 Wed 15:00-Fri 11 Jul 09:00 = 60 + 510 + 90 = 660;
    //      due Thu 15:00, so late by Thu 15:00-16:00 + Fri 07:30-09:00 = 150 office minutes   1.5 Fri 09:00-10:00 = 60 (2 jam)
    expect(kp1.measurement.executions.map((e: { stepKey: string; waktu: { duration: { officeMinutes: number }; onTime: boolean; overByOfficeMinutes: number } }) => [
      e.stepKey, e.waktu.duration.officeMinutes, e.waktu.onTime, e.waktu.overByOfficeMinutes,
    ])).toEqual([
      ['1.1', 630, true, 0], ['1.2', 240, true, 0], ['1.1', 210, true, 0], ['1.2', 120, true, 0], ['1.3', 240, true, 0], ['1.4', 660, false, 150], ['1.5', 60, true, 0],
    ]);
    expect([kp1.reworkLoops, kp1.measurement.deviations, kp1.measurement.conformance.fitness]).toEqual([1, [], 1]);

    const kp2 = await view('KP-002');
    // Step 1.3 never signed: skipped. Step 1.4 signed by the Sekretaris, not among its pelaksana (Kepala Dinas).
    expect(kp2.measurement.deviations).toEqual([
      { kind: 'not_pelaksana', stepKey: '1.4', seq: 3, role: 'SEKRETARIS', pelaksana: ['Kepala Dinas'] },
      { kind: 'skipped', stepKey: '1.3' },
    ]);
    // Token replay: 4 executions + the final token consumed = 5, one missing (1.4 had no token); produced 5 (initial +
    // one per execution), one remaining (left in 1.3): fitness = 1/2 (1 - 1/5) + 1/2 (1 - 1/5) = 0.8.
    expect(kp2.measurement.conformance).toMatchObject({ fitness: 0.8, skipped: ['1.3'], missing: 1, remaining: 1 });
  });

  it('reports the SOP for July 2025 from the imported cases, with the open case overdue', async () => {
    const summary = await t.http().get('/compliance/summary').query({ sopId: SOP_ID, dari: '2025-07-01', sampai: '2025-07-31' }).set(await t.as('kabid-35.01')).expect(200);
    const f = summary.body.figures;
    expect(f.cases).toEqual({ started: 3, completed: 2, cancelled: 0, open: 1 });
    // 12 measured executions, one late (KP-001 step 1.4).
    expect(f.timeliness).toEqual({ measured: 12, onTime: 11, late: 1, rate: 0.9167 });
    // KP-003 waits at step 1.2 (1 hari) since Thu 10 Jul 09:00, due Fri 11 Jul 09:00. Office minutes since then to
    // Fri 1 Aug 08:00: Fri 11 Jul 09:00-16:30 = 450, two full weeks 2 x 2580, Mon 28-Thu 31 Jul 4 x 510 = 2040,
    // Fri 1 Aug 07:30-08:00 = 30: 7680.
    expect(f.overdue).toEqual([
      expect.objectContaining({ stepKey: '1.2', since: wib('2025-07-10T09:00'), due: wib('2025-07-11T09:00'), overByOfficeMinutes: 7680 }),
    ]);

    const form = (await t.http().get('/reports/monitoring').query({ sopId: SOP_ID, dari: '2025-07-01', sampai: '2025-07-31', tanggal: '2025-08-01', tempat: 'Pacitan' }).set(await t.as('kabid-35.01')).expect(200)).body;
    expect(form.sop).toMatchObject({ nomor: '27/SOP/DIKUPERIND/2023', nama: 'Kenaikan Pangkat Pegawai', version: 1 });
    // 1.1: 4 executions on time. 1.2: 3 on time. 1.3: on time once, skipped once (not in the default rule).
    // 1.4: on time 1 of 2 (50 %) and once outside its pelaksana. 1.5: 2 on time.
    expect(form.rows.map((r: { stepKey: string; penilaian: string }) => [r.stepKey, r.penilaian])).toEqual([
      ['1.1', 'Berjalan dengan baik'],
      ['1.2', 'Berjalan dengan baik'],
      ['1.3', 'Berjalan dengan baik'],
      ['1.4', 'Tidak berjalan dengan baik'],
      ['1.5', 'Berjalan dengan baik'],
    ]);
    expect(form.rows[2].catatanHasilPenilaian).toBe('Dilaksanakan 1 kali; tepat waktu 1 dari 1 (100%); median 0,47 hari kerja, persentil ke-90 0,47 hari kerja; dilewati pada 1 kasus.');
    expect(form.rows[2].tindakanYangHarusDiambil).toBe('Pastikan langkah ini tidak dilewati.');
    expect(form.rows[3].catatanHasilPenilaian).toBe(
      'Dilaksanakan 2 kali; tepat waktu 1 dari 2 (50%); terlambat 1 kali, total 150 menit kerja melewati batas; median 0,53 hari kerja, persentil ke-90 1,29 hari kerja; dikerjakan di luar pelaksana SOP 1 kali.',
    );
    expect(form.penandatanganan).toMatchObject({ tempat: 'Pacitan', tanggal: '2025-08-01', mengetahui: { nama: 'Heru Santoso' } });
  });

  it('prints the place of the dinas when the request names none, and refuses a form with no place at all (422)', async () => {
    const query = { sopId: SOP_ID, dari: '2025-07-01', sampai: '2025-07-31', tanggal: '2025-08-01' };
    const derived = (await t.http().get('/reports/monitoring').query(query).set(await t.as('kabid-35.01')).expect(200)).body;
    expect(derived.penandatanganan).toMatchObject({ tempat: 'Pacitan', tanggal: '2025-08-01' });
    const html = await t.http().get('/reports/monitoring').query({ ...query, format: 'html' }).set(await t.as('kabid-35.01')).expect(200);
    expect(html.text).toContain('Pacitan, 1 Agustus 2025');

    const unnamed = kenaikanPangkatSop();
    unnamed.identity.instansi = 'Dinas Koperasi, Usaha Mikro dan Perindustrian';
    const otherId = '9c4e1d2a-3501-4b7f-8a27-000000000028';
    await t.publishEffectiveSop({ sopId: otherId, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: unnamed, effectiveFrom: '2023-01-04', time: '2025-01-02T02:00:00.000Z' });
    await t.settle();
    for (const format of ['html', 'json']) {
      const refused = await t.http().get('/reports/monitoring').query({ ...query, sopId: otherId, format }).set(await t.as('kabid-35.01')).expect(422);
      expect(refused.body).toMatchObject({ code: 'REPORT_PLACE_MISSING', errors: [{ field: 'tempat', message: 'tempat wajib diisi: kota tempat formulir ditandatangani' }] });
      expect(refused.body.detail).toBe(
        'Tempat penandatanganan formulir untuk Dinas Koperasi, Usaha Mikro dan Perindustrian tidak diketahui: nama instansi tidak menyebut kota atau kabupaten. ' +
          'Isi parameter tempat dengan kota tempat formulir ditandatangani (misalnya tempat=Pacitan), lalu cetak ulang.',
      );
    }
    const named = (await t.http().get('/reports/monitoring').query({ ...query, sopId: otherId, tempat: 'Arjosari' }).set(await t.as('kabid-35.01')).expect(200)).body;
    expect(named.penandatanganan.tempat).toBe('Arjosari');
  });
});
