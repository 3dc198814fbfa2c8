import type { ActingUser, Role, UserRef } from '../acting-user';
import type { DocumentRef, IsoDate, IsoInstant, NumberSource, Sifat, SopCaseLink } from '../letter-values';

export interface Pengirim {
  nama: string;
  instansi?: string;
}

/**
 * A recipient of a disposisi. A unit ("Bidang Koperasi") is addressed through the person who heads
 * it: the application resolves the unit to that person, and `unit` records which unit was meant.
 */
export interface DisposisiRecipient extends UserRef {
  role: Role;
  unit?: string;
}

export interface RegisterSuratMasukData {
  letterId: string;
  /** Jejak's agenda number (issued by the NumberSequence first) or the SRIKANDI/TNDE registration number. */
  nomorAgenda: NumberSource;
  tanggalDiterima: IsoDate;
  pengirim: Pengirim;
  /** The letter's own number and date, as written by the sender. */
  nomorSurat: string;
  tanggalSurat: IsoDate;
  perihal: string;
  sifat: Sifat;
  klasifikasi: string;
  lampiran: DocumentRef[];
  /** People the letter is addressed to besides the holder (readers of a rahasia letter). */
  kepada?: UserRef[];
  /** The Kepala Dinas (or Plt) the letter is routed to; they become the holder. */
  routeTo: UserRef;
  sopCase?: SopCaseLink | null;
}

export interface SendDisposisiData {
  letterId: string;
  /** null: the holder disposes; otherwise the disposisi the actor received and disposes further down. */
  fromDisposisiId: string | null;
  recipients: DisposisiRecipient[];
  /** The new disposisi ids (from the injected id generator), one per recipient, in the same order. */
  disposisiIds: string[];
  /** A code from the dinas's instruction list. */
  instruction: string;
  catatan: string;
  batasWaktu: IsoDate | null;
}

/**
 * Commands to a surat masuk. `at` is the injected clock's reading; new ids (the letter id, one
 * `disposisiIds` entry per recipient) come from the injected id generator: the decider reads neither.
 */
export type SuratMasukCommand =
  | { type: 'RegisterSuratMasuk'; by: ActingUser; at: IsoInstant; data: RegisterSuratMasukData }
  | { type: 'ReadSuratMasuk'; by: ActingUser; at: IsoInstant; data: { letterId: string } }
  | { type: 'LinkSuratMasukToSopCase'; by: ActingUser; at: IsoInstant; data: { letterId: string; sopCase: SopCaseLink } }
  | { type: 'SendDisposisi'; by: ActingUser; at: IsoInstant; data: SendDisposisiData }
  | { type: 'AcknowledgeDisposisi'; by: ActingUser; at: IsoInstant; data: { letterId: string; disposisiId: string } }
  | { type: 'ReportDisposisiFollowUp'; by: ActingUser; at: IsoInstant; data: { letterId: string; disposisiId: string; laporan: string; lampiran: DocumentRef[] } }
  | { type: 'CloseDisposisi'; by: ActingUser; at: IsoInstant; data: { letterId: string; disposisiId: string; catatan?: string } }
  | { type: 'CloseSuratMasuk'; by: ActingUser; at: IsoInstant; data: { letterId: string; catatan?: string } };
