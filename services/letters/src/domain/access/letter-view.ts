import type { IsoDate, JenisLetter, NumberRef, Sifat } from '../letter-values';
import type { SuratKeluarState } from '../surat-keluar/surat-keluar.state';
import type { SuratMasuk } from '../surat-masuk/surat-masuk.state';

/** Coarse status words, safe to show to anyone who may know the letter exists. */
export type SuratMasukStatus = 'terdaftar' | 'didisposisi' | 'selesai';
export type SuratKeluarStatus = 'konsep' | 'paraf' | 'dikembalikan' | 'menunggu_tanda_tangan' | 'ditandatangani' | 'dikirim';
export type LetterStatus = SuratMasukStatus | SuratKeluarStatus;

export type LetterContent =
  | { kind: 'surat_masuk'; surat: SuratMasuk }
  | { kind: 'surat_keluar'; state: Exclude<SuratKeluarState, { stage: 'none' }> };

/** Any letter, as the access policy sees it. */
export interface LetterView {
  id: string;
  tenant: string;
  jenis: JenisLetter;
  sifat: Sifat;
  status: LetterStatus;
  /** Incoming: the agenda number; outgoing: the issued number once signed. Without its formatted text. */
  nomorAgenda: NumberRef | null;
  tanggalDiterima: IsoDate | null;
  content: LetterContent;
  /** Who may read a rahasia letter's content: its addressees and everyone in its chain. Never shown. */
  readerIds: readonly string[];
}

/**
 * What someone who may not read a letter sees: that it exists, and nothing of its content.
 * Shown: id, jenis, nomorAgenda (as a sequence position or the external reference, never the
 * formatted number, which embeds the classification code and unit), tanggalDiterima, sifat, status.
 * Not shown: sender, addressees, the letter's own number and date, perihal, klasifikasi,
 * attachments, holder, dispositions (who, instructions, notes, batas waktu), drafts, paraf chain,
 * SOP case link, and who may read it.
 */
export interface RedactedLetterView {
  redacted: true;
  id: string;
  jenis: JenisLetter;
  nomorAgenda: NumberRef | null;
  tanggalDiterima: IsoDate | null;
  sifat: Sifat;
  status: LetterStatus;
}

export type ReadableLetterView = Omit<LetterView, 'readerIds'> & { redacted: false };
