import type { Person } from '../acting-user';
import type { IsoDate, IsoInstant, JenisSuratKeluar, LetterNumber, SopCaseLink } from '../letter-values';
import type { NaskahContent } from './surat-keluar.events';

export interface Naskah extends NaskahContent {
  letterId: string;
  tenant: string;
  jenis: JenisSuratKeluar;
  inReplyTo: string | null;
  sopCase: SopCaseLink | null;
  drafter: Person;
  version: number;
  /** Submissions so far; each return and resubmission is a new round. */
  rounds: number;
  /** Everyone who reviewed or was asked to sign it, in any round (readers of a rahasia draft). */
  participantIds: readonly string[];
}

export interface Review {
  round: number;
  submittedAt: IsoInstant;
  reviewers: readonly Person[];
  signer: Person;
  /** Parafs given this round, in chain order; the next reviewer is `reviewers[parafs.length]`. */
  parafs: readonly { step: number; by: Person; at: IsoInstant }[];
}

export interface Signature {
  nomor: LetterNumber;
  tanggalSurat: IsoDate;
  by: Person;
  at: IsoInstant;
}

export interface Dispatch {
  via: string;
  dispatchedAt: IsoInstant;
  recordedAt: IsoInstant;
  by: Person;
}

export type SuratKeluarState =
  | { stage: 'none' }
  | { stage: 'draft'; naskah: Naskah }
  | { stage: 'in_review'; naskah: Naskah; review: Review }
  | { stage: 'returned'; naskah: Naskah; returned: { by: Person; catatan: string; at: IsoInstant; round: number } }
  | { stage: 'awaiting_signature'; naskah: Naskah; review: Review }
  | { stage: 'signed'; naskah: Naskah; review: Review; signature: Signature }
  | { stage: 'dispatched'; naskah: Naskah; review: Review; signature: Signature; dispatches: readonly Dispatch[] };

export const initialSuratKeluarState = (): SuratKeluarState => ({ stage: 'none' });
