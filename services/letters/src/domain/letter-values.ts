/** Values shared by incoming and outgoing letters. Field names keep the dinas's own words. */

/** A calendar date in the dinas's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC (`Date.toISOString()`). */
export type IsoInstant = string;

export const SIFAT = ['biasa', 'penting', 'segera', 'rahasia'] as const;
export type Sifat = (typeof SIFAT)[number];
export const isSifat = (value: unknown): value is Sifat => typeof value === 'string' && (SIFAT as readonly string[]).includes(value);

export const JENIS_SURAT_KELUAR = ['surat_keluar', 'nota_dinas'] as const;
export type JenisSuratKeluar = (typeof JENIS_SURAT_KELUAR)[number];
export type JenisLetter = 'surat_masuk' | JenisSuratKeluar;

/** An attachment or the letter's scan: a reference into the document store, never the bytes. */
export interface DocumentRef {
  documentId: string;
  name: string;
  mediaType?: string;
}

/** The SOP case a letter opens or advances (e.g. Jawa Timur's "Penerimaan Penelitian"). */
export interface SopCaseLink {
  sopNumber: string;
  caseId: string;
}

/** A number as the NumberSequence aggregate issued it (copied from `NumberIssued`). */
export interface IssuedNumber {
  tenant: string;
  sequence: string;
  year: number;
  n: number;
  letterId: string;
}

/**
 * Where a letter's number comes from: Jejak's own sequence, or a national/local system
 * (SRIKANDI, TNDE) that already numbered it. An external number is kept as a reference and
 * Jejak never issues a competing one.
 */
export type NumberSource =
  | { source: 'jejak'; issued: IssuedNumber }
  | { source: 'external'; system: string; nomor: string };

/** A number as recorded on a letter. `formatted` is what is written on paper. */
export type LetterNumber =
  | { source: 'jejak'; sequence: string; year: number; n: number; formatted: string }
  | { source: 'external'; system: string; nomor: string; formatted: string };

/** A number stripped of its formatted text (which can embed the classification code). */
export type NumberRef =
  | { source: 'jejak'; sequence: string; year: number; n: number }
  | { source: 'external'; system: string; nomor: string };

export function numberRefOf(nomor: LetterNumber): NumberRef {
  return nomor.source === 'jejak'
    ? { source: 'jejak', sequence: nomor.sequence, year: nomor.year, n: nomor.n }
    : { source: 'external', system: nomor.system, nomor: nomor.nomor };
}
