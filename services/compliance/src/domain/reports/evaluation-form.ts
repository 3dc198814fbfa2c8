import type { SopContent } from '@jejak/contracts';
import type { CaseAggregates } from '../measurement/case-aggregates';
import type { IsoDate } from '../time';
import { formatAngka, formatPersen } from './indonesian-format';

/** Which measured figures support a criterion, printed beside it as "Data pendukung". */
export type EvaluationEvidence = 'ketepatan_waktu' | 'kepatuhan_alur' | 'pelaksana';

export interface EvaluationCriterion {
  id: string;
  kriteria: string;
  evidence: EvaluationEvidence | null;
}

/**
 * Criteria of the SOP AP evaluation (Ya / Tidak each, with notes and follow-up). Configuration DATA.
 * The six below are the default; some regions add "sinergi satu dengan lainnya" (`SINERGI_CRITERION`).
 * Whether there are 6 or 7 criteria is UNVERIFIED, so each dinas chooses its list.
 */
export const DEFAULT_EVALUATION_CRITERIA: readonly EvaluationCriterion[] = [
  { id: 'mendorong_kinerja', kriteria: 'Mampu mendorong peningkatan kinerja', evidence: 'ketepatan_waktu' },
  { id: 'mudah_dipahami', kriteria: 'Mudah dipahami', evidence: null },
  { id: 'mudah_dilaksanakan', kriteria: 'Mudah dilaksanakan', evidence: 'kepatuhan_alur' },
  { id: 'menjalankan_peran', kriteria: 'Semua orang dapat menjalankan perannya masing-masing', evidence: 'pelaksana' },
  { id: 'mengatasi_permasalahan', kriteria: 'Mampu mengatasi permasalahan yang berkaitan dengan proses', evidence: null },
  { id: 'kebutuhan_kinerja_organisasi', kriteria: 'Mampu menjawab kebutuhan peningkatan kinerja organisasi', evidence: null },
];

export const SINERGI_CRITERION: EvaluationCriterion = { id: 'sinergi', kriteria: 'Sinergi satu dengan lainnya', evidence: null };

export type Jawaban = 'Ya' | 'Tidak';

export interface EvaluationAnswer {
  penilaian: Jawaban;
  catatan?: string;
  tindakLanjut?: string;
}

export interface EvaluationFormRow {
  no: number;
  criterionId: string;
  kriteria: string;
  /** null until the evaluator answers. */
  penilaian: Jawaban | null;
  catatan: string;
  tindakLanjut: string;
  /** Measured figures that bear on the criterion; null when none apply or there are no figures. */
  dataPendukung: string | null;
}

export interface EvaluationForm {
  judul: string;
  sop: { sopId: string; version: number; nomor: string | null; nama: string; instansi: string; unit: string };
  periode: { dari: IsoDate; sampai: IsoDate };
  rows: EvaluationFormRow[];
  /**
   * Share of "Ya" among the answered criteria. A common convention for summarising the form, not a rule of the
   * regulation; `persentaseYa` is null until at least one criterion is answered.
   */
  skor: { ya: number; dijawab: number; jumlahKriteria: number; persentaseYa: number | null; keterangan: string };
}

export interface EvaluationFormInput {
  sop: { sopId: string; version: number; content: SopContent };
  periode: { dari: IsoDate; sampai: IsoDate };
  criteria?: readonly EvaluationCriterion[];
  /** Answers by criterion id. */
  answers?: Readonly<Record<string, EvaluationAnswer>>;
  /** Figures of the SOP version over the period (`aggregateCases` over its cases). */
  figures?: CaseAggregates;
}

function evidenceText(evidence: EvaluationEvidence, figures: CaseAggregates): string | null {
  const executions = figures.steps.reduce((sum, s) => sum + s.finished, 0);
  switch (evidence) {
    case 'ketepatan_waktu': {
      const t = figures.timeliness;
      if (t.rate === null) return null;
      const base = `Tepat waktu ${t.onTime} dari ${t.measured} pelaksanaan langkah (${formatPersen(t.rate)}); ${figures.cases.completed} dari ${figures.cases.started} kasus selesai.`;
      // Time outside parties (Pemohon, Bank Pelaksana, Kementerian, OSS...) had the case is not the dinas's.
      const time = figures.time;
      if (!time || time.externalOfficeMinutes === 0) return base;
      return `${base} Waktu kerja dinas ${formatAngka(time.dinasOfficeMinutes, 0)} menit, waktu di pihak luar ${formatAngka(time.externalOfficeMinutes, 0)} menit (${time.casesWithExternalSteps} kasus).`;
    }
    case 'kepatuhan_alur': {
      if (figures.conformance.meanFitness === null) return null;
      const skipped = figures.steps.reduce((sum, s) => sum + s.deviations.skipped, 0);
      const order = figures.steps.reduce((sum, s) => sum + s.deviations.out_of_order + s.deviations.extra, 0);
      return `Kesesuaian alur (fitness) rata-rata ${formatAngka(figures.conformance.meanFitness, 2)}; langkah dilewati ${skipped} kali, di luar urutan ${order} kali; pengulangan (rework) ${figures.rework.loops} kali.`;
    }
    case 'pelaksana': {
      if (executions === 0) return null;
      const outside = figures.steps.reduce((sum, s) => sum + s.deviations.not_pelaksana, 0);
      return `Dikerjakan di luar kolom pelaksana SOP ${outside} dari ${executions} pelaksanaan langkah.`;
    }
  }
}

/** The SOP AP evaluation form, with the measured figures beside the criteria they bear on. Pure data shaping. */
export function buildEvaluationForm(input: EvaluationFormInput): EvaluationForm {
  const criteria = input.criteria ?? DEFAULT_EVALUATION_CRITERIA;
  const answers = input.answers ?? {};
  const { content } = input.sop;
  const rows = criteria.map((c, i): EvaluationFormRow => {
    const answer = answers[c.id];
    return {
      no: i + 1,
      criterionId: c.id,
      kriteria: c.kriteria,
      penilaian: answer?.penilaian ?? null,
      catatan: answer?.catatan ?? '',
      tindakLanjut: answer?.tindakLanjut ?? '',
      dataPendukung: c.evidence !== null && input.figures ? evidenceText(c.evidence, input.figures) : null,
    };
  });
  const dijawab = rows.filter((r) => r.penilaian !== null).length;
  const ya = rows.filter((r) => r.penilaian === 'Ya').length;
  return {
    judul: 'Formulir Evaluasi Penerapan SOP AP',
    sop: { sopId: input.sop.sopId, version: input.sop.version, nomor: content.identity.nomor, nama: content.identity.nama, instansi: content.identity.instansi, unit: content.identity.unit },
    periode: { ...input.periode },
    rows,
    skor: {
      ya,
      dijawab,
      jumlahKriteria: rows.length,
      persentaseYa: dijawab === 0 ? null : Math.round((ya / dijawab) * 1e4) / 1e4,
      keterangan: 'Persentase jawaban "Ya" dari kriteria yang telah dinilai; konvensi umum, bukan ketentuan peraturan.',
    },
  };
}
