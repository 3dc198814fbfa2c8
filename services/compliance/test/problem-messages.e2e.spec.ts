/**
 * Refusals as a person meets them: Bahasa Indonesia, the SOP by its number and title, the step by its number and
 * name, the person by name, no UUID, and what to do; the stable code unchanged. Pacitan's "Kenaikan Pangkat Pegawai"
 * (35.01) on the default calendar.
 */
import { startComplianceTestApp, type ComplianceTestApp } from './support/compliance-test-app';
import { kenaikanPangkatSop } from './support/pacitan-kenaikan-pangkat.fixture';
import { wib } from './support/plut-timeline';

const SOP_ID = '9c4e1d2a-3501-4b7f-8a27-000000000127';
const SOP = 'SOP 27/SOP/DIKUPERIND/2023 Kenaikan Pangkat Pegawai';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe('compliance refusals worded for people (e2e)', () => {
  let t: ComplianceTestApp;
  let caseId = '';
  const act = async (stepKey: string, action: 'start' | 'complete', user: string, body: object = {}) =>
    t.http().post(`/cases/${caseId}/steps/${stepKey}/${action}`).set(await t.as(user)).send(body);

  beforeAll(async () => {
    t = await startComplianceTestApp('compliance_messages', wib('2025-08-04T08:00'));
    await t.publishEffectiveSop({ sopId: SOP_ID, tenant: '35.01', unit: 'Sub Bagian Umum dan Kepegawaian', version: 1, content: kenaikanPangkatSop(), effectiveFrom: '2023-01-04', time: '2025-01-02T01:00:00.000Z' });
    await t.settle();
    const started = await t.http().post('/cases').set(await t.as('kabid-35.01')).send({ sopId: SOP_ID, reference: 'KP-2025-014' }).expect(201);
    caseId = started.body.caseId;
    await t.settle();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('a step out of order names both steps by number and name, the SOP, and what to do (409)', async () => {
    const res = await act('1.3', 'start', 'staf-35.01');
    expect([res.status, res.body.code]).toEqual([409, 'STEP_OUT_OF_ORDER']);
    expect(res.body.detail).toBe(
      `Langkah 1.3 "Memaraf surat pengantar usulan" belum dapat dimulai: menurut alur ${SOP}, yang berikutnya adalah ` +
        'langkah 1.1 "Menyiapkan berkas usulan kenaikan pangkat". Kerjakan langkah itu dahulu.',
    );
  });

  it('completing a step not started names the step and the case by its reference (409)', async () => {
    const res = await act('1.1', 'complete', 'staf-35.01', { kelengkapanChecked: [], outputProduced: true });
    expect([res.status, res.body.code]).toEqual([409, 'STEP_NOT_STARTED']);
    expect(res.body.detail).toBe('Langkah 1.1 "Menyiapkan berkas usulan kenaikan pangkat" belum dimulai pada kasus KP-2025-014, sehingga belum dapat diselesaikan. Mulai langkah itu dahulu.');
  });

  it('someone who is not the pelaksana is named, with the pelaksana of the step (403)', async () => {
    const res = await act('1.1', 'start', 'kadis-35.01');
    expect([res.status, res.body.code]).toEqual([403, 'NOT_PELAKSANA']);
    expect(res.body.detail).toMatch(new RegExp(`^.+ bukan pelaksana langkah 1\\.1 "Menyiapkan berkas usulan kenaikan pangkat" pada ${SOP.replace(/[/.]/g, '\\$&')} \\(pelaksananya: Fungsional Umum\\)\\. Minta pelaksana`));
    expect(res.body.detail).not.toMatch(UUID);
    expect(res.body.detail.startsWith('Anda')).toBe(false);
  });

  it('an unknown case says what to do and shows no id (404)', async () => {
    const res = await t.http().get('/cases/7b0d9a52-55a4-4c8e-9a61-6f3c0f8e0a99').set(await t.as('kabid-35.01'));
    expect([res.status, res.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
    expect(res.body.detail).toBe('Kasus tidak ditemukan di dinas Anda. Periksa tautan atau nomor kasus, atau cari kasusnya di daftar kasus.');
    expect(res.body.detail).not.toMatch(UUID);
  });
});
