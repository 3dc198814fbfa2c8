/**
 * The dinas calendar as data an administrator edits: defaults by province (WIB/WITA/WIT, default office hours,
 * national holidays and cuti bersama 2024-2026), field-named 400s, tenancy, and every case of the dinas measured
 * again when its calendar changes.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-0000000000c1';

describe('the dinas working calendar (e2e)', () => {
  let t: ComplianceTestApp;
  let caseId = '';

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_calendar', wib('2025-07-07T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('starts every dinas on the default calendar of its province', async () => {
    const pacitan = await t.http().get('/calendars/35.01').set(await t.as('staf-35.01')).expect(200);
    expect(pacitan.body).toMatchObject({ tenant: '35.01', isDefault: true, revision: -1, calendar: { timeZone: 'WIB', workingDays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat'], closedOn: ['libur_nasional', 'cuti_bersama'] } });
    expect(pacitan.body.calendar.officeHours.jumat).toEqual({ start: '07:30', end: '16:30' });
    expect(pacitan.body.calendar.holidays.map((y: { year: number }) => y.year)).toEqual([2024, 2025, 2026]);
    const makassar = await t.http().get('/calendars/73').set(await t.as({ username: 'kasi-35', tenant: '73' })).expect(200);
    expect(makassar.body.calendar.timeZone).toBe('WITA');
    // Another dinas's calendar is not found, exactly like a dinas that does not exist.
    expect((await t.http().get('/calendars/35.01').set(await t.as('kasi-61')).expect(404)).body.code).toBe('CALENDAR_NOT_FOUND');
    await t.http().get('/calendars/35.01').set(await t.as('provinsi-35')).expect(200);
  });

  it('measures a case against the calendar: Mon 08:00 to Wed 08:00 is two working days', async () => {
    const started = await t.http().post('/cases').set(await t.as('staf-35.01')).send({ sopId: SOP_ID }).expect(201);
    caseId = started.body.caseId;
    await t.http().post(`/cases/${caseId}/steps/1.1/start`).set(await t.as('staf-35.01')).expect(200);
    t.clock.set(wib('2025-07-09T08:00'));
    await t.http().post(`/cases/${caseId}/steps/1.1/complete`).set(await t.as('staf-35.01')).send({ kelengkapanChecked: ['SK pangkat terakhir', 'SKP dua tahun terakhir'], outputProduced: true }).expect(200);
    await t.settle();
    // Mon 7 Jul 08:00-16:00 = 480, Tue 510, Wed 07:30-08:00 = 30: 1020 office minutes, exactly 2 working days.
    expect(await step1()).toMatchObject({ duration: { officeMinutes: 1020, workingDays: 2 }, onTime: true });
  });

  it('lets only the dinas\'s administrators change it, and names every bad field', async () => {
    const year = { source: 'Keputusan Bupati Pacitan (hari jadi)', holidays: [{ date: '2025-07-08', name: 'Libur daerah', kind: 'libur_nasional' }] };
    expect((await t.http().put('/calendars/35.01/holidays/2025').set(await t.as('kasi-35.01')).send(year).expect(403)).body.code).toBe('ROLE_REQUIRED');
    expect((await t.http().put('/calendars/35/holidays/2025').set(await t.as('sekretaris-35.01')).send(year).expect(404)).body.code).toBe('CALENDAR_NOT_FOUND');
    const bad = await t.http().put('/calendars/35.01').set(await t.as('sekretaris-35.01')).send({ timeZone: 'GMT', officeHours: { senin: { start: '07:30', end: '16:00' }, jumat: { start: '07:30', end: '25:00' } } }).expect(400);
    expect(bad.body.code).toBe('CALENDAR_INVALID');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['timeZone', 'officeHours.jumat.end', 'officeHours.selasa', 'officeHours.rabu', 'officeHours.kamis']);
    const badYear = await t.http().put('/calendars/35.01/holidays/2025').set(await t.as('sekretaris-35.01')).send({ source: '', holidays: [{ date: '2026-01-01', name: 'x', kind: 'libur' }] }).expect(400);
    expect(badYear.body.errors.map((e: { field: string }) => e.field)).toEqual(['source', 'holidays[0].date', 'holidays[0].kind']);
    await t.http().put('/calendars/35.01/holidays/tahun').set(await t.as('sekretaris-35.01')).send(year).expect(400);
  });

  it('measures the dinas\'s cases again when a holiday is added, and again when the year is removed', async () => {
    const year = { source: 'Keputusan Bupati Pacitan (hari jadi)', holidays: [{ date: '2025-07-08', name: 'Libur daerah', kind: 'libur_nasional' }] };
    const set = await t.http().put('/calendars/35.01/holidays/2025').set(await t.as('sekretaris-35.01')).send(year).expect(200);
    expect(set.headers.etag).toBe('"0"');
    await t.settle();
    // Tuesday is now a holiday: 480 + 30 = 510 office minutes, one working day.
    expect(await step1()).toMatchObject({ duration: { officeMinutes: 510, workingDays: 1 }, onTime: true });
    const current = await t.http().get('/calendars/35.01').set(await t.as('staf-35.01')).expect(200);
    expect(current.body.calendar.holidays.find((y: { year: number }) => y.year === 2025)).toEqual({ year: 2025, ...year });
    await t.http().delete('/calendars/35.01/holidays/2025').set(await t.as('kadis-35.01')).set('If-Match', '"5"').expect(412);
    await t.http().delete('/calendars/35.01/holidays/2025').set(await t.as('kadis-35.01')).set('If-Match', '"0"').expect(200);
    await t.http().delete('/calendars/35.01/holidays/2025').set(await t.as('kadis-35.01')).expect(404);
    await t.settle();
    expect(await step1()).toMatchObject({ duration: { officeMinutes: 1020, workingDays: 2 } });
  });

  async function step1() {
    const view = await t.http().get(`/cases/${caseId}`).set(await t.as('staf-35.01')).expect(200);
    return view.body.measurement.executions[0].waktu;
  }
});
