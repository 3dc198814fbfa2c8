/**
 * The SOP AP document (Permenpan RB 35/2012) as Jejak's published language, version 1.
 * The SOP catalogue stores it; integration events carry it to the services that run and measure SOPs.
 * Field names keep the regulation's Indonesian terms.
 */

/** Units of a mutu baku "waktu". hari = working day; minggu = 5 working days; bulan = calendar month. */
export type WaktuUnit = 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan';
export const WAKTU_UNITS: readonly WaktuUnit[] = ['menit', 'jam', 'hari', 'minggu', 'bulan'];

/**
 * A normalised standard time. The original text is always kept in `raw`.
 * - "15 Menit"          -> { min: 15, max: 15, unit: 'menit', ceiling: false }
 * - "2-4 hari"          -> { min: 2, max: 4, unit: 'hari', ceiling: false }
 * - "Maksimal 1 hari"   -> { min: null, max: 1, unit: 'hari', ceiling: true }
 * - "Menyesuaikan", "N/A", "" -> { min: null, max: null, unit: null } (no standard)
 */
export interface Waktu {
  raw: string;
  min: number | null;
  max: number | null;
  unit: WaktuUnit | null;
  ceiling: boolean;
}

export interface MutuBaku {
  /** Required inputs (kelengkapan / persyaratan). */
  kelengkapan: string[];
  waktu: Waktu;
  output: string;
}

/** A decision step: "ya" and "tidak" name the step number (in the same procedure) the case goes to. */
export interface Decision {
  question: string;
  ya: number | null;
  tidak: number | null;
}

export interface SopStep {
  /** Step number within its procedure, from 1. */
  no: number;
  kegiatan: string;
  /** Pelaksana roles, spelled as in the SOP's own role columns (e.g. "Kepala Bidang"). */
  pelaksana: string[];
  decision: Decision | null;
  mutuBaku: MutuBaku;
  keterangan: string;
}

/** A (sub-)procedure: one flowchart table. Most SOPs have one; some have several. */
export interface SopProcedure {
  name: string;
  /** The role columns of the table, in order. */
  roles: string[];
  steps: SopStep[];
}

export interface Pengesah {
  nama: string;
  nip: string | null;
  jabatan: string;
}

export interface SopIdentity {
  /** Issuing agency as written, e.g. "Dinas Koperasi dan UKM Provinsi Jawa Timur". */
  instansi: string;
  /** Bidang / UPT / Sekretariat. */
  unit: string;
  nomor: string | null;
  nama: string;
  /** ISO dates (YYYY-MM-DD) or null when the document leaves them empty. */
  tanggalPembuatan: string | null;
  tanggalRevisi: string | null;
  tanggalEfektif: string | null;
  disahkanOleh: Pengesah | null;
  dasarHukum: string[];
  /** Related SOPs as written; the catalogue links those it can resolve. */
  keterkaitan: string[];
  peringatan: string;
  kualifikasiPelaksana: string[];
  peralatanPerlengkapan: string[];
  pencatatanPendataan: string;
}

export interface SopContent {
  identity: SopIdentity;
  procedures: SopProcedure[];
}

/** Stable key of a step across the document: `<procedure index from 1>.<step no>`, e.g. "1.4". */
export const stepKey = (procedureIndex: number, stepNo: number): string => `${procedureIndex + 1}.${stepNo}`;
