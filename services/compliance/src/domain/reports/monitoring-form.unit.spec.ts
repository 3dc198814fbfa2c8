import { buildMonitoringForm, DEFAULT_TINDAKAN_TEXTS as T, monitoringRuleText } from './monitoring-form';
import { figuresABOX } from '../testing/aggregates.fixture';
import { SOP_ID } from '../testing/case-events.builder';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';

const sop = { sopId: SOP_ID, version: 2, content: skPanitiaSop() };
const periode = { dari: '2025-01-01', sampai: '2025-06-30' };

describe('buildMonitoringForm', () => {
  const form = buildMonitoringForm({ sop, periode, steps: figuresABOX().steps });

  it('heads the form with the SOP identity, the period and the rule in Indonesian', () => {
    expect(form).toMatchObject({
      judul: 'Formulir Monitoring Pelaksanaan SOP AP',
      sop: { sopId: SOP_ID, version: 2, nomor: '518 / 917 / KUKRU - IV - 1', nama: 'Penerbitan SK Panitia Kegiatan PLUT' },
      periode,
    });
    expect(form.aturanPenilaian).toBe(
      'Penilaian diisi otomatis dari data pelaksanaan: "Berjalan dengan baik" bila sekurang-kurangnya 80% pelaksanaan selesai dalam ' +
        'mutu baku waktu (langkah tanpa standar waktu dianggap memenuhi) dan tidak ada langkah yang dikerjakan oleh pelaksana di luar ' +
        'kolom pelaksana SOP; selain itu "Tidak berjalan dengan baik". Langkah yang tidak dilaksanakan pada periode ini tidak dinilai.',
    );
  });

  it('judges each step by the default rule (on time >= 80 % and no pelaksana deviation)', () => {
    // 1.1: 3 of 4 on time (75 %) and one STAF execution: not good. 1.2: 2 of 3 (66,7 %). 1.3: 0 of 2.
    // 1.4: 2 of 2. 1.5: no standard time, no pelaksana deviation (its missing output is not in the default rule).
    expect(form.rows.map((r) => [r.no, r.stepKey, r.penilaian])).toEqual([
      [1, '1.1', 'Tidak berjalan dengan baik'],
      [2, '1.2', 'Tidak berjalan dengan baik'],
      [3, '1.3', 'Tidak berjalan dengan baik'],
      [4, '1.4', 'Berjalan dengan baik'],
      [5, '1.5', 'Berjalan dengan baik'],
    ]);
    expect(form.rows[0].prosedur).toBe('Menyusun draf SK Panitia');
  });

  it('writes the catatan from the figures', () => {
    // 1.1 working days: B 0.4706, A 0.7059, O 0.7059, X 1.1176 (Mon 08:00-Tue 09:00): median 0.7059, p90 1.1176.
    expect(form.rows.map((r) => r.catatanHasilPenilaian)).toEqual([
      'Dilaksanakan 4 kali; tepat waktu 3 dari 4 (75%); terlambat 1 kali, total 60 menit kerja melewati batas; median 0,71 hari kerja, persentil ke-90 1,12 hari kerja; dikerjakan di luar pelaksana SOP 1 kali; kelengkapan tidak lengkap 1 kali.',
      'Dilaksanakan 3 kali; tepat waktu 2 dari 3 (66,7%); terlambat 1 kali, total 60 menit kerja melewati batas; median 0,76 hari kerja, persentil ke-90 1,12 hari kerja; pelaksana tidak dapat diperiksa 1 kali.',
      'Dilaksanakan 2 kali; tepat waktu 0 dari 2 (0%); terlambat 2 kali, total 90 menit kerja melewati batas; median 150 menit kerja, persentil ke-90 180 menit kerja; dilewati pada 1 kasus.',
      'Dilaksanakan 2 kali; tepat waktu 2 dari 2 (100%); median 0,59 hari kerja, persentil ke-90 1 hari kerja.',
      'Dilaksanakan 2 kali; tanpa standar waktu (Menyesuaikan); median 60 menit kerja, persentil ke-90 60 menit kerja; output tidak dihasilkan 1 kali.',
    ]);
  });

  it('proposes the tindakan for each finding', () => {
    expect(form.rows.map((r) => r.tindakanYangHarusDiambil)).toEqual([
      `${T.terlambat} ${T.pelaksana} ${T.mutuBaku}`,
      T.terlambat,
      `${T.terlambat} ${T.dilewati}`,
      T.baik,
      T.mutuBaku,
    ]);
  });

  it('follows a configured rule, and states it', () => {
    const lenient = buildMonitoringForm({ sop, periode, steps: figuresABOX().steps, rule: { minOnTimeRate: 0.6, maxPelaksanaDeviations: 0, maxMutuBakuDeviations: 0 } });
    // 1.2 at 66,7 % now passes; 1.1 still has a pelaksana deviation; 1.5 now fails on its missing output.
    expect(lenient.rows.map((r) => r.penilaian)).toEqual(['Tidak berjalan dengan baik', 'Berjalan dengan baik', 'Tidak berjalan dengan baik', 'Berjalan dengan baik', 'Tidak berjalan dengan baik']);
    expect(lenient.aturanPenilaian).toContain('sekurang-kurangnya 60% pelaksanaan');
    expect(lenient.aturanPenilaian).toContain('serta kelengkapan dan output selalu terpenuhi');
  });

  it('leaves penilaian empty for steps not executed in the period', () => {
    const empty = buildMonitoringForm({ sop, periode, steps: [] });
    expect(empty.rows.every((r) => r.penilaian === null && r.catatanHasilPenilaian === 'Tidak ada pelaksanaan pada periode ini.')).toBe(true);
  });

  it('ignores figures of another SOP version', () => {
    const other = buildMonitoringForm({ sop: { ...sop, version: 3 }, periode, steps: figuresABOX().steps });
    expect(other.rows.map((r) => r.penilaian)).toEqual([null, null, null, null, null]);
  });

  it('names the procedure in "Prosedur" when the SOP has several', () => {
    const multi = buildMonitoringForm({ sop: { sopId: 'sop-jatim', version: 1, content: layananInformasiSop() }, periode, steps: [] });
    expect(multi.rows.map((r) => r.prosedur)[3]).toBe('Permintaan Data (Eksternal): Pengajuan surat permohonan data');
  });
});

describe('monitoringRuleText', () => {
  it('states a tolerance for pelaksana deviations', () => {
    expect(monitoringRuleText({ minOnTimeRate: 0.9, maxPelaksanaDeviations: 2, maxMutuBakuDeviations: null })).toContain(
      'sekurang-kurangnya 90% pelaksanaan selesai dalam mutu baku waktu (langkah tanpa standar waktu dianggap memenuhi) dan paling banyak 2 kali langkah dikerjakan oleh pelaksana di luar kolom pelaksana SOP;',
    );
  });
});
