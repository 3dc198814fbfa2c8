import type { ActingUser, Role, UserRef } from '../shared/acting-user';
import type { DocumentRef, IsoDate, NumberSource, Sifat, SopCaseLink } from '../shared/letter-values';

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
  /** A code from the dinas's instruction list. */
  instruction: string;
  catatan: string;
  batasWaktu: IsoDate | null;
}

export type SuratMasukCommand =
  | { type: 'RegisterSuratMasuk'; by: ActingUser; data: RegisterSuratMasukData }
  | { type: 'ReadSuratMasuk'; by: ActingUser; data: { letterId: string } }
  | { type: 'LinkSuratMasukToSopCase'; by: ActingUser; data: { letterId: string; sopCase: SopCaseLink } }
  | { type: 'SendDisposisi'; by: ActingUser; data: SendDisposisiData }
  | { type: 'AcknowledgeDisposisi'; by: ActingUser; data: { letterId: string; disposisiId: string } }
  | { type: 'ReportDisposisiFollowUp'; by: ActingUser; data: { letterId: string; disposisiId: string; laporan: string; lampiran: DocumentRef[] } }
  | { type: 'CloseDisposisi'; by: ActingUser; data: { letterId: string; disposisiId: string; catatan?: string } }
  | { type: 'CloseSuratMasuk'; by: ActingUser; data: { letterId: string; catatan?: string } };
