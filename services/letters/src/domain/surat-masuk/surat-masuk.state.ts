import type { Person, UserRef } from '../acting-user';
import type { DocumentRef, IsoDate, IsoInstant, LetterNumber, Sifat, SopCaseLink } from '../letter-values';
import type { DisposisiRecipient, Pengirim } from './surat-masuk.commands';
import type { InstructionRef } from './surat-masuk.events';

export interface Disposisi {
  disposisiId: string;
  parentDisposisiId: string | null;
  level: number;
  from: Person;
  to: DisposisiRecipient;
  instruction: InstructionRef;
  catatan: string;
  batasWaktu: IsoDate | null;
  sentAt: IsoInstant;
  /** Read time of the recipient. */
  readAt: IsoInstant | null;
  /** First follow-up report. */
  followedUpAt: IsoInstant | null;
  followUps: number;
  closedAt: IsoInstant | null;
}

/** The letter's file (berkas): the registration record, its holder and its dispositions. */
export interface SuratMasuk {
  letterId: string;
  tenant: string;
  nomorAgenda: LetterNumber;
  tanggalDiterima: IsoDate;
  pengirim: Pengirim;
  nomorSurat: string;
  tanggalSurat: IsoDate;
  perihal: string;
  sifat: Sifat;
  klasifikasi: string;
  lampiran: DocumentRef[];
  kepada: UserRef[];
  registeredBy: Person;
  registeredAt: IsoInstant;
  holder: Person;
  holderReadAt: IsoInstant | null;
  sopCase: SopCaseLink | null;
  /** Dispositions in the order they were sent. */
  dispositions: readonly Disposisi[];
}

export type SuratMasukState =
  | { stage: 'unregistered' }
  | { stage: 'open'; surat: SuratMasuk }
  | { stage: 'closed'; surat: SuratMasuk; closedBy: Person; closedAt: IsoInstant };

export const initialSuratMasukState = (): SuratMasukState => ({ stage: 'unregistered' });

export const findDisposisi = (surat: SuratMasuk, disposisiId: string): Disposisi | undefined =>
  surat.dispositions.find((d) => d.disposisiId === disposisiId);

export const openChildrenOf = (surat: SuratMasuk, disposisiId: string): Disposisi[] =>
  surat.dispositions.filter((d) => d.parentDisposisiId === disposisiId && d.closedAt === null);
