import type { SopContent, WaktuUnit } from '@jejak/contracts';
import { buildSopFlow } from '../flow/sop-flow';
import type { StepStats } from '../measurement/case-aggregates';
import type { IsoDate } from '../time';
import { formatAngka, formatPersen } from './indonesian-format';

export type Penilaian = 'Berjalan dengan baik' | 'Tidak berjalan dengan baik';
export const BERJALAN_BAIK: Penilaian = 'Berjalan dengan baik';
export const TIDAK_BERJALAN_BAIK: Penilaian = 'Tidak berjalan dengan baik';

/**
 * The rule that pre-fills "Penilaian terhadap penerapan" from measured figures. Configuration DATA per dinas.
 * A step "berjalan dengan baik" when its on-time rate is at least `minOnTimeRate` (steps without a standard time
 * pass this test), it has at most `maxPelaksanaDeviations` executions by a role outside its pelaksana and, when
 * `maxMutuBakuDeviations` is set, at most that many executions with missing kelengkapan or output.
 */
export interface MonitoringRule {
  minOnTimeRate: number;
  maxPelaksanaDeviations: number;
  maxMutuBakuDeviations: number | null;
}

export const DEFAULT_MONITORING_RULE: MonitoringRule = { minOnTimeRate: 0.8, maxPelaksanaDeviations: 0, maxMutuBakuDeviations: null };

/** Texts proposed in "Tindakan yang harus diambil", per finding. Configuration DATA (Indonesian). */
export interface TindakanTexts {
  baik: string;
  terlambat: string;
  pelaksana: string;
  mutuBaku: string;
  dilewati: string;
  urutan: string;
  tanpaData: string;
}

export const DEFAULT_TINDAKAN_TEXTS: TindakanTexts = {
  baik: 'Pertahankan pelaksanaan sesuai SOP.',
  terlambat: 'Telaah penyebab keterlambatan dan beban kerja pelaksana; bila mutu baku waktu tidak realistis, usulkan revisi SOP.',
  pelaksana: 'Tegaskan pembagian peran sesuai kolom pelaksana SOP, atau usulkan revisi SOP bila peran sudah berubah.',
  mutuBaku: 'Pastikan kelengkapan diperiksa sebelum langkah dikerjakan dan output langkah dihasilkan serta diarsipkan.',
  dilewati: 'Pastikan langkah ini tidak dilewati.',
  urutan: 'Pastikan langkah dikerjakan sesuai urutan SOP.',
  tanpaData: 'Pantau pada periode berikutnya.',
};

/** The rule in words, printed on the form so readers know how "Penilaian" was pre-filled. */
export function monitoringRuleText(rule: MonitoringRule): string {
  const pelaksana =
    rule.maxPelaksanaDeviations === 0
      ? 'tidak ada langkah yang dikerjakan oleh pelaksana di luar kolom pelaksana SOP'
      : `paling banyak ${rule.maxPelaksanaDeviations} kali langkah dikerjakan oleh pelaksana di luar kolom pelaksana SOP`;
  const mutuBaku =
    rule.maxMutuBakuDeviations === null
      ? ''
      : rule.maxMutuBakuDeviations === 0
        ? ', serta kelengkapan dan output selalu terpenuhi'
        : `, serta kelengkapan atau output tidak terpenuhi paling banyak ${rule.maxMutuBakuDeviations} kali`;
  return (
    `Penilaian diisi otomatis dari data pelaksanaan: "${BERJALAN_BAIK}" bila sekurang-kurangnya ${formatPersen(rule.minOnTimeRate)} ` +
    `pelaksanaan selesai dalam mutu baku waktu (langkah tanpa standar waktu dianggap memenuhi) dan ${pelaksana}${mutuBaku}; ` +
    `selain itu "${TIDAK_BERJALAN_BAIK}". Langkah yang tidak dilaksanakan pada periode ini tidak dinilai.`
  );
}

export interface MonitoringFormRow {
  no: number;
  stepKey: string;
  prosedur: string;
  /** null when the step was not executed in the period: the evaluator fills it. */
  penilaian: Penilaian | null;
  catatanHasilPenilaian: string;
  tindakanYangHarusDiambil: string;
}

export interface MonitoringForm {
  judul: string;
  sop: { sopId: string; version: number; nomor: string | null; nama: string; instansi: string; unit: string };
  periode: { dari: IsoDate; sampai: IsoDate };
  aturanPenilaian: string;
  rows: MonitoringFormRow[];
}

export interface MonitoringFormInput {
  sop: { sopId: string; version: number; content: SopContent };
  periode: { dari: IsoDate; sampai: IsoDate };
  /** Step figures of the period (`aggregateCases(...).steps`); steps of other SOPs or versions are ignored. */
  steps: readonly StepStats[];
  rule?: MonitoringRule;
  tindakan?: TindakanTexts;
}

const DAY_UNITS: readonly WaktuUnit[] = ['hari', 'minggu', 'bulan'];

function catatan(stats: StepStats, unit: WaktuUnit | null, raw: string): string {
  const parts = [`Dilaksanakan ${stats.finished} kali`];
  const t = stats.timeliness;
  if (t.measured > 0 && t.rate !== null) {
    parts.push(`tepat waktu ${t.onTime} dari ${t.measured} (${formatPersen(t.rate)})`);
    if (t.late > 0) parts.push(`terlambat ${t.late} kali, total ${formatAngka(stats.lateOfficeMinutes, 0)} menit kerja melewati batas`);
  } else if (unit === null) {
    parts.push(`tanpa standar waktu (${raw.trim() === '' ? 'waktu tidak diisi' : raw.trim()})`);
  }
  if (stats.workingDays.median !== null && unit !== null && DAY_UNITS.includes(unit)) {
    parts.push(`median ${formatAngka(stats.workingDays.median, 2)} hari kerja, persentil ke-90 ${formatAngka(stats.workingDays.p90 ?? 0, 2)} hari kerja`);
  } else if (stats.officeMinutes.median !== null) {
    parts.push(`median ${formatAngka(stats.officeMinutes.median, 0)} menit kerja, persentil ke-90 ${formatAngka(stats.officeMinutes.p90 ?? 0, 0)} menit kerja`);
  }
  if (stats.external && stats.external.executions > 0) {
    parts.push(`${stats.external.executions} kali di pihak luar, ${formatAngka(stats.external.officeMinutes, 0)} menit kerja (bukan waktu dinas)`);
  }
  const d = stats.deviations;
  const counted: Array<[number, string]> = [
    [d.not_pelaksana, 'dikerjakan di luar pelaksana SOP'],
    [d.pelaksana_unverified, 'pelaksana tidak dapat diperiksa'],
    [d.kelengkapan_missing, 'kelengkapan tidak lengkap'],
    [d.output_missing, 'output tidak dihasilkan'],
    [d.out_of_order, 'dikerjakan di luar urutan'],
    [d.extra, 'dikerjakan tanpa dasar alur SOP'],
  ];
  for (const [n, label] of counted) if (n > 0) parts.push(`${label} ${n} kali`);
  if (stats.casesSkipping > 0) parts.push(`dilewati pada ${stats.casesSkipping} kasus`);
  return `${parts.join('; ')}.`;
}

/**
 * The SOP AP monitoring form (Permenpan RB 35/2012, Tabel 7): one row per step of the SOP (its "prosedur"), with
 * "Penilaian terhadap penerapan" pre-filled by the rule, "Catatan hasil penilaian" from the measured figures and
 * proposed "Tindakan yang harus diambil". Pure data; rendering is elsewhere.
 */
export function buildMonitoringForm(input: MonitoringFormInput): MonitoringForm {
  const rule = input.rule ?? DEFAULT_MONITORING_RULE;
  const texts = input.tindakan ?? DEFAULT_TINDAKAN_TEXTS;
  const { content } = input.sop;
  const flow = buildSopFlow(content);
  const several = content.procedures.length > 1;
  const mine = new Map(input.steps.filter((s) => s.sopId === input.sop.sopId && s.version === input.sop.version).map((s) => [s.stepKey, s]));

  const rows = flow.steps.map((s, i): MonitoringFormRow => {
    const prosedur = several ? `${s.procedureName}: ${s.step.kegiatan}` : s.step.kegiatan;
    const stats = mine.get(s.key);
    const base = { no: i + 1, stepKey: s.key, prosedur };
    if (!stats || stats.finished === 0) {
      return { ...base, penilaian: null, catatanHasilPenilaian: 'Tidak ada pelaksanaan pada periode ini.', tindakanYangHarusDiambil: texts.tanpaData };
    }
    const d = stats.deviations;
    const timely = stats.timeliness.rate === null || stats.timeliness.rate >= rule.minOnTimeRate;
    const inRole = d.not_pelaksana <= rule.maxPelaksanaDeviations;
    const mutuBaku = rule.maxMutuBakuDeviations === null || d.kelengkapan_missing + d.output_missing <= rule.maxMutuBakuDeviations;
    const tindakan: string[] = [];
    if (stats.timeliness.late > 0) tindakan.push(texts.terlambat);
    if (d.not_pelaksana > 0) tindakan.push(texts.pelaksana);
    if (d.kelengkapan_missing + d.output_missing > 0) tindakan.push(texts.mutuBaku);
    if (stats.casesSkipping > 0) tindakan.push(texts.dilewati);
    if (d.out_of_order + d.extra > 0) tindakan.push(texts.urutan);
    return {
      ...base,
      penilaian: timely && inRole && mutuBaku ? BERJALAN_BAIK : TIDAK_BERJALAN_BAIK,
      catatanHasilPenilaian: catatan(stats, s.step.mutuBaku.waktu.unit, s.step.mutuBaku.waktu.raw),
      tindakanYangHarusDiambil: tindakan.length === 0 ? texts.baik : tindakan.join(' '),
    };
  });

  return {
    judul: 'Formulir Monitoring Pelaksanaan SOP AP',
    sop: {
      sopId: input.sop.sopId,
      version: input.sop.version,
      nomor: content.identity.nomor,
      nama: content.identity.nama,
      instansi: content.identity.instansi,
      unit: content.identity.unit,
    },
    periode: { ...input.periode },
    aturanPenilaian: monitoringRuleText(rule),
    rows,
  };
}
