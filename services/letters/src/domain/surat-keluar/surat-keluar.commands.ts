import type { ActingUser, Person } from '../acting-user';
import type { DocumentRef, IsoInstant, JenisSuratKeluar, NumberSource, Sifat, SopCaseLink } from '../letter-values';

/** An addressee (kepada). Internal addressees (e.g. of a nota dinas) carry their userId. */
export interface Addressee {
  name: string;
  userId?: string;
}

export interface WriteDraftData {
  letterId: string;
  jenis: JenisSuratKeluar;
  perihal: string;
  sifat: Sifat;
  klasifikasi: string;
  /** Unit code used by the numbering template, e.g. `DISKOPUKM.B`. */
  unitKode: string;
  kepada: Addressee[];
  /** The draft itself (konsep), as a document reference. */
  isi: DocumentRef;
  lampiran: DocumentRef[];
  /** The surat masuk this letter answers ("siapkan jawaban"), if any. */
  inReplyTo?: string | null;
  sopCase?: SopCaseLink | null;
}

export interface ReviseDraftData {
  letterId: string;
  isi: DocumentRef;
  perihal?: string;
  sifat?: Sifat;
  klasifikasi?: string;
  unitKode?: string;
  kepada?: Addressee[];
  lampiran?: DocumentRef[];
  catatan?: string;
}

export interface SubmitForParafData {
  letterId: string;
  /** One reviewer per step of the draft's paraf chain, in order (see `parafChainFor`). */
  reviewers: Person[];
  /** The authorised signer (tanda tangan). */
  signer: Person;
}

/** Commands to a surat keluar or nota dinas. `at` is the injected clock's reading; the decider never reads a clock. */
export type SuratKeluarCommand =
  | { type: 'WriteDraft'; by: ActingUser; at: IsoInstant; data: WriteDraftData }
  | { type: 'ReviseDraft'; by: ActingUser; at: IsoInstant; data: ReviseDraftData }
  | { type: 'SubmitDraftForParaf'; by: ActingUser; at: IsoInstant; data: SubmitForParafData }
  | { type: 'GiveParaf'; by: ActingUser; at: IsoInstant; data: { letterId: string; catatan?: string } }
  | { type: 'ReturnDraft'; by: ActingUser; at: IsoInstant; data: { letterId: string; catatan: string } }
  /** The number comes first from the NumberSequence (issued for this letter id), or from SRIKANDI. */
  | { type: 'SignLetter'; by: ActingUser; at: IsoInstant; data: { letterId: string; nomor: NumberSource } }
  | { type: 'DispatchLetter'; by: ActingUser; at: IsoInstant; data: { letterId: string; via: string; dispatchedAt?: IsoInstant; catatan?: string } };
