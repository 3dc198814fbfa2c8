import { BERJALAN_BAIK, TIDAK_BERJALAN_BAIK, formatPersen, type EvaluationForm, type IsoDate, type MonitoringForm } from '../../domain';
import { formatNip, formatPeriode, formatTanggal, pemerintahOf, slug, type Penandatangan, type ReportPrintInfo } from './print-info';

/**
 * The printed layout of a form, shared by the XLSX and HTML/PDF renderers: letterhead, title, identity lines, the
 * table with the regulation's columns, notes under it and the signature block. Pure data, all text in Indonesian.
 */

export type ReportKind = 'monitoring' | 'evaluation';

export interface SheetColumn {
  key: string;
  header: string;
  /** Columns with the same group share a merged header cell above their own (two header rows). */
  group?: string;
  /** Width in characters (XLSX column width); the HTML table uses the same proportions. */
  width: number;
  align: 'left' | 'center';
}

export interface SignatureColumn {
  /** Line above the jabatan: "Mengetahui," or "Pelaksana Monitoring,". */
  caption: string;
  jabatan: string;
  /** Empty: a dotted line to write the name by hand. */
  nama: string;
  pangkat: string | null;
  /** "NIP. 19680117 199403 2 003", or "NIP. ..." with a dotted line when unknown. */
  nipLine: string;
}

export interface SignatureBlock {
  /** "Surabaya, 30 Juni 2025": printed above the right-hand column. */
  tempatTanggal: string;
  /** The left column (the Kepala Dinas, "Mengetahui,") when a penilai signs on the right; else null. */
  left: SignatureColumn | null;
  right: SignatureColumn;
}

export interface ReportSheet {
  kind: ReportKind;
  /** Title in capitals, e.g. "FORMULIR MONITORING PELAKSANAAN SOP AP". */
  judul: string;
  kop: { pemerintah: string | null; instansi: string; alamat: string | null };
  identitas: Array<{ label: string; value: string }>;
  columns: SheetColumn[];
  /** One record per table row, by column key, as printed ("✓" in the check columns). */
  rows: Array<Record<string, string>>;
  /** Paragraphs under the table. */
  catatan: Array<{ label: string; text: string }>;
  tandaTangan: SignatureBlock;
  /** Document date: the XLSX workbook's created/modified date. */
  tanggal: IsoDate;
  /** File name without extension. */
  fileStem: string;
  /** Worksheet name (at most 31 characters). */
  sheetName: string;
  /** Short text for the page footer. */
  footer: string;
}

export const CHECK = '✓';
const DOTS = '..............................';

function signature(person: Penandatangan, caption: string): SignatureColumn {
  const nip = person.nip?.trim() ? formatNip(person.nip) : DOTS;
  return { caption, jabatan: person.jabatan.trim(), nama: person.nama.trim(), pangkat: person.pangkat?.trim() || null, nipLine: `NIP. ${nip}` };
}

function signatureBlock(print: ReportPrintInfo, penilaiCaption: string): SignatureBlock {
  const tempatTanggal = `${print.tempat.trim()}, ${formatTanggal(print.tanggal)}`;
  const mengetahui = signature(print.mengetahui, 'Mengetahui,');
  if (!print.penilai) return { tempatTanggal, left: null, right: mengetahui };
  return { tempatTanggal, left: mengetahui, right: signature(print.penilai, `${print.penilai.sebagai?.trim() || penilaiCaption},`) };
}

function kop(instansi: string, print: ReportPrintInfo): ReportSheet['kop'] {
  const pemerintah = print.pemerintah === undefined ? pemerintahOf(instansi) : print.pemerintah;
  return { pemerintah: pemerintah?.trim() || null, instansi: instansi.trim().toUpperCase(), alamat: print.alamat?.trim() || null };
}

function identitas(form: MonitoringForm | EvaluationForm, periodeLabel: string): ReportSheet['identitas'] {
  return [
    { label: 'Nama SOP', value: form.sop.nama },
    { label: 'Nomor SOP', value: form.sop.nomor ?? '-' },
    { label: 'Versi', value: String(form.sop.version) },
    { label: 'Unit Kerja', value: form.sop.unit || '-' },
    { label: periodeLabel, value: formatPeriode(form.periode) },
  ];
}

const stem = (kind: ReportKind, form: MonitoringForm | EvaluationForm) =>
  `${kind === 'monitoring' ? 'monitoring' : 'evaluasi'}-sop-${slug(form.sop.nomor ?? form.sop.nama)}-v${form.sop.version}-${form.periode.dari}_${form.periode.sampai}`;

export const MONITORING_COLUMNS: readonly SheetColumn[] = [
  { key: 'no', header: 'No', width: 5, align: 'center' },
  { key: 'prosedur', header: 'Prosedur', width: 38, align: 'left' },
  { key: 'baik', header: 'Berjalan dengan baik', group: 'Penilaian terhadap penerapan', width: 12, align: 'center' },
  { key: 'tidakBaik', header: 'Tidak berjalan dengan baik', group: 'Penilaian terhadap penerapan', width: 12, align: 'center' },
  { key: 'catatan', header: 'Catatan hasil penilaian', width: 56, align: 'left' },
  { key: 'tindakan', header: 'Tindakan yang harus diambil', width: 46, align: 'left' },
];

/** The monitoring form (Permenpan RB 35/2012, Tabel 7) as printed. */
export function monitoringSheet(form: MonitoringForm, print: ReportPrintInfo): ReportSheet {
  const baik = form.rows.filter((r) => r.penilaian === BERJALAN_BAIK).length;
  const tidak = form.rows.filter((r) => r.penilaian === TIDAK_BERJALAN_BAIK).length;
  const belum = form.rows.length - baik - tidak;
  return {
    kind: 'monitoring',
    judul: form.judul.toUpperCase(),
    kop: kop(form.sop.instansi, print),
    identitas: identitas(form, 'Periode Monitoring'),
    columns: [...MONITORING_COLUMNS],
    rows: form.rows.map((r) => ({
      no: String(r.no),
      prosedur: r.prosedur,
      baik: r.penilaian === BERJALAN_BAIK ? CHECK : '',
      tidakBaik: r.penilaian === TIDAK_BERJALAN_BAIK ? CHECK : '',
      catatan: r.catatanHasilPenilaian,
      tindakan: r.tindakanYangHarusDiambil,
    })),
    catatan: [
      { label: 'Dasar penilaian', text: form.aturanPenilaian },
      {
        label: 'Rekapitulasi',
        text: `${form.rows.length} prosedur: ${baik} berjalan dengan baik, ${tidak} tidak berjalan dengan baik, ${belum} belum dinilai (tidak ada pelaksanaan pada periode ini; diisi oleh penilai).`,
      },
    ],
    tandaTangan: signatureBlock(print, 'Pelaksana Monitoring'),
    tanggal: print.tanggal,
    fileStem: stem('monitoring', form),
    sheetName: 'Monitoring SOP',
    footer: `Formulir Monitoring Pelaksanaan SOP AP — ${form.sop.nama}`,
  };
}

export const EVALUATION_COLUMNS: readonly SheetColumn[] = [
  { key: 'no', header: 'No', width: 5, align: 'center' },
  { key: 'kriteria', header: 'Kriteria Penilaian', width: 34, align: 'left' },
  { key: 'ya', header: 'Ya', group: 'Penilaian', width: 8, align: 'center' },
  { key: 'tidak', header: 'Tidak', group: 'Penilaian', width: 8, align: 'center' },
  { key: 'catatan', header: 'Catatan', width: 32, align: 'left' },
  { key: 'tindakLanjut', header: 'Tindak Lanjut', width: 32, align: 'left' },
  { key: 'dataPendukung', header: 'Data Pendukung (hasil pengukuran)', width: 46, align: 'left' },
];

/** The SOP AP evaluation form (Ya / Tidak per criterion, notes, follow-up), with the measured figures beside it. */
export function evaluationSheet(form: EvaluationForm, print: ReportPrintInfo): ReportSheet {
  const { skor } = form;
  const skorText =
    skor.persentaseYa === null
      ? `Belum ada kriteria yang dinilai (0 dari ${skor.jumlahKriteria}).`
      : `${skor.ya} dari ${skor.dijawab} kriteria yang dinilai dijawab "Ya" (${formatPersen(skor.persentaseYa)}); ${skor.jumlahKriteria - skor.dijawab} dari ${skor.jumlahKriteria} kriteria belum dinilai.`;
  return {
    kind: 'evaluation',
    judul: form.judul.toUpperCase(),
    kop: kop(form.sop.instansi, print),
    identitas: identitas(form, 'Periode Evaluasi'),
    columns: [...EVALUATION_COLUMNS],
    rows: form.rows.map((r) => ({
      no: String(r.no),
      kriteria: r.kriteria,
      ya: r.penilaian === 'Ya' ? CHECK : '',
      tidak: r.penilaian === 'Tidak' ? CHECK : '',
      catatan: r.catatan,
      tindakLanjut: r.tindakLanjut,
      dataPendukung: r.dataPendukung ?? '-',
    })),
    catatan: [
      { label: 'Skor', text: `${skorText} ${skor.keterangan}` },
      { label: 'Data pendukung', text: 'Dihitung oleh Jejak dari pelaksanaan SOP yang tercatat pada periode evaluasi; "-" bila kriteria tidak dapat diukur dari data pelaksanaan.' },
    ],
    tandaTangan: signatureBlock(print, 'Pelaksana Evaluasi'),
    tanggal: print.tanggal,
    fileStem: stem('evaluation', form),
    sheetName: 'Evaluasi SOP',
    footer: `Formulir Evaluasi Penerapan SOP AP — ${form.sop.nama}`,
  };
}
