import { buildEvaluationForm, DEFAULT_EVALUATION_CRITERIA, SINERGI_CRITERION } from './evaluation-form';
import { figuresABOX } from '../testing/aggregates.fixture';
import { SOP_ID } from '../testing/case-events.builder';
import { skPanitiaSop } from '../testing/sop.fixtures';

const sop = { sopId: SOP_ID, version: 2, content: skPanitiaSop() };
const periode = { dari: '2025-01-01', sampai: '2025-06-30' };

describe('buildEvaluationForm', () => {
  it('lists the six default criteria, unanswered', () => {
    const form = buildEvaluationForm({ sop, periode });
    expect(form.rows.map((r) => [r.no, r.kriteria, r.penilaian])).toEqual([
      [1, 'Mampu mendorong peningkatan kinerja', null],
      [2, 'Mudah dipahami', null],
      [3, 'Mudah dilaksanakan', null],
      [4, 'Semua orang dapat menjalankan perannya masing-masing', null],
      [5, 'Mampu mengatasi permasalahan yang berkaitan dengan proses', null],
      [6, 'Mampu menjawab kebutuhan peningkatan kinerja organisasi', null],
    ]);
    expect(form.skor).toMatchObject({ ya: 0, dijawab: 0, jumlahKriteria: 6, persentaseYa: null });
  });

  it('adds "sinergi satu dengan lainnya" when the dinas configures seven criteria', () => {
    const form = buildEvaluationForm({ sop, periode, criteria: [...DEFAULT_EVALUATION_CRITERIA, SINERGI_CRITERION] });
    expect(form.rows[6]).toMatchObject({ no: 7, kriteria: 'Sinergi satu dengan lainnya' });
    expect(form.skor.jumlahKriteria).toBe(7);
  });

  it('scores the share of "Ya" among answered criteria', () => {
    const answers = {
      mendorong_kinerja: { penilaian: 'Ya' as const },
      mudah_dipahami: { penilaian: 'Ya' as const },
      mudah_dilaksanakan: { penilaian: 'Tidak' as const, catatan: 'Langkah koreksi sering diulang', tindakLanjut: 'Revisi langkah 3' },
      menjalankan_peran: { penilaian: 'Ya' as const },
    };
    const form = buildEvaluationForm({ sop, periode, answers });
    // 3 "Ya" of 4 answered: 75 %.
    expect(form.skor).toMatchObject({ ya: 3, dijawab: 4, jumlahKriteria: 6, persentaseYa: 0.75 });
    expect(form.rows[2]).toMatchObject({ penilaian: 'Tidak', catatan: 'Langkah koreksi sering diulang', tindakLanjut: 'Revisi langkah 3' });
  });

  it('puts the measured figures beside the criteria they bear on', () => {
    const form = buildEvaluationForm({ sop, periode, figures: figuresABOX() });
    // 7 of 11 on time; 2 of 4 cases completed. Fitness A 1, B 0.8: mean 0,9; 1.3 skipped once; one rework loop.
    // Finished executions: 4 + 3 + 2 + 2 + 2 = 13, one by a role outside the pelaksana.
    expect(form.rows.map((r) => r.dataPendukung)).toEqual([
      'Tepat waktu 7 dari 11 pelaksanaan langkah (63,6%); 2 dari 4 kasus selesai.',
      null,
      'Kesesuaian alur (fitness) rata-rata 0,9; langkah dilewati 1 kali, di luar urutan 0 kali; pengulangan (rework) 1 kali.',
      'Dikerjakan di luar kolom pelaksana SOP 1 dari 13 pelaksanaan langkah.',
      null,
      null,
    ]);
  });
});
