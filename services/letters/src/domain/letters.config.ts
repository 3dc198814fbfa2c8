import type { Role } from './acting-user';
import type { Hierarchy } from './hierarchy.policy';
import type { JenisSuratKeluar } from './letter-values';

/** One instruction on the disposition sheet ("Dengan hormat harap: ..."). */
export interface DisposisiInstruction {
  code: string;
  label: string;
  /** When false (e.g. "arsipkan"), the recipient may close without a follow-up report. */
  requiresFollowUp: boolean;
}

export interface KlasifikasiCode {
  code: string;
  label: string;
}

/** Per jenis naskah keluar: who reviews, who signs, and how it is numbered. */
export interface SuratKeluarRules {
  /** Paraf chain as roles, bottom-up; the chain of a draft keeps the roles between its drafter and its signer. */
  parafChain: readonly Role[];
  /** Roles authorised to sign (tanda tangan) this jenis. */
  signerRoles: readonly Role[];
  /** NumberSequence name; one stream per dinas + sequence + year. */
  sequence: string;
  /** Numbering template, see `formatNumber`. */
  template: string;
}

/**
 * A dinas's letters configuration. Everything UNVERIFIED in the domain notes (numbering pattern,
 * classification codes) and everything that differs between dinas lives here, never in logic.
 */
export interface LettersConfig {
  /** The dinas's offset from UTC for calendar dates and years: WIB 420, WITA 480, WIT 540. */
  utcOffsetMinutes: number;
  hierarchy: Hierarchy;
  /** The dinas's list of disposition instructions. */
  instructions: readonly DisposisiInstruction[];
  klasifikasi: {
    /** Regular expression a code must match. */
    pattern: string;
    /** Known codes (labels for the UI). */
    codes: readonly KlasifikasiCode[];
    /** When true, only codes in `codes` are accepted. */
    restrictToList: boolean;
  };
  suratMasuk: {
    /** The role a registered letter is routed to; it becomes the holder. */
    holderRole: Role;
    /** Roles that may register (agenda) incoming letters. */
    registrarRoles: readonly Role[];
    agendaSequence: string;
    agendaTemplate: string;
    /** Systems whose numbers are accepted as external references. */
    externalSystems: readonly string[];
  };
  suratKeluar: Record<JenisSuratKeluar, SuratKeluarRules>;
  dispatch: {
    channels: readonly string[];
    /** Besides the drafter, the roles that may record a dispatch (e.g. petugas of the sekretariat). */
    dispatcherRoles: readonly Role[];
  };
  /** Roles that may open a number sequence that continues a pre-Jejak book (mid-year migration). */
  sequenceOpenerRoles: readonly Role[];
}

export const DEFAULT_INSTRUCTIONS: readonly DisposisiInstruction[] = [
  { code: 'tanggapan_dan_saran', label: 'Tanggapan dan saran', requiresFollowUp: true },
  { code: 'proses_lebih_lanjut', label: 'Proses lebih lanjut', requiresFollowUp: true },
  { code: 'koordinasi_konfirmasi', label: 'Koordinasi/konfirmasi', requiresFollowUp: true },
  { code: 'hadiri', label: 'Hadiri', requiresFollowUp: true },
  { code: 'siapkan_jawaban', label: 'Siapkan jawaban', requiresFollowUp: true },
  { code: 'arsipkan', label: 'Arsipkan', requiresFollowUp: false },
];

/** Permendagri 83/2022 codes as seen in public projects: UNVERIFIED, labels only by default. */
export const DEFAULT_KLASIFIKASI_CODES: readonly KlasifikasiCode[] = [
  { code: '000.8', label: 'Organisasi dan Tata Laksana' },
  { code: '000.8.3', label: 'Ketatalaksanaan (SOP)' },
  { code: '500.3', label: 'Koperasi dan UKM' },
  { code: '500.3.4', label: 'Pembiayaan / dana bergulir' },
  { code: '500.3.6', label: 'Pengembangan SDM / pelatihan' },
  { code: '500.9', label: 'Perindustrian' },
  { code: '800.1.11.1', label: 'Surat Perintah/Tugas' },
];

export const DEFAULT_LETTERS_CONFIG: LettersConfig = {
  utcOffsetMinutes: 420,
  hierarchy: [['KEPALA_DINAS'], ['SEKRETARIS', 'KEPALA_BIDANG'], ['KASI'], ['STAF', 'PETUGAS']],
  instructions: DEFAULT_INSTRUCTIONS,
  klasifikasi: { pattern: '^[0-9]{3}(\\.[0-9]+)*$', codes: DEFAULT_KLASIFIKASI_CODES, restrictToList: false },
  suratMasuk: {
    holderRole: 'KEPALA_DINAS',
    registrarRoles: ['PETUGAS', 'STAF'],
    agendaSequence: 'agenda-masuk',
    agendaTemplate: '{nomor}',
    externalSystems: ['SRIKANDI', 'TNDE'],
  },
  suratKeluar: {
    surat_keluar: {
      parafChain: ['STAF', 'KASI', 'KEPALA_BIDANG', 'SEKRETARIS'],
      signerRoles: ['KEPALA_DINAS'],
      sequence: 'surat-keluar',
      template: '{klasifikasi} / {nomor} / {unit}',
    },
    nota_dinas: {
      parafChain: ['STAF', 'KASI'],
      signerRoles: ['KEPALA_BIDANG', 'SEKRETARIS', 'KEPALA_DINAS'],
      sequence: 'nota-dinas',
      template: '{klasifikasi} / {nomor} / {unit}',
    },
  },
  dispatch: { channels: ['SRIKANDI', 'email', 'pos', 'kurir', 'langsung'], dispatcherRoles: ['PETUGAS'] },
  sequenceOpenerRoles: ['SEKRETARIS', 'KEPALA_DINAS'],
};
