import { EventTypeRegistry } from '@jejak/domain-kit';
import type { Person } from '../acting-user';
import type { DocumentRef, IsoDate, IsoInstant, JenisSuratKeluar, LetterNumber, Sifat, SopCaseLink } from '../letter-values';
import type { Addressee } from './surat-keluar.commands';

/** The content of a draft, as written or revised. */
export interface NaskahContent {
  perihal: string;
  sifat: Sifat;
  klasifikasi: string;
  unitKode: string;
  kepada: Addressee[];
  isi: DocumentRef;
  lampiran: DocumentRef[];
}

/** The entry of the outgoing agenda book (buku agenda surat keluar), carried by the dispatch fact. */
export interface AgendaKeluarEntry {
  jenis: JenisSuratKeluar;
  nomor: string;
  tanggalSurat: IsoDate;
  perihal: string;
  sifat: Sifat;
  kepada: string[];
}

export type SuratKeluarEvent =
  | {
      type: 'DraftWritten';
      data: NaskahContent & {
        letterId: string;
        tenant: string;
        jenis: JenisSuratKeluar;
        inReplyTo: string | null;
        drafter: Person;
        version: number;
        writtenAt: IsoInstant;
        sopCase: SopCaseLink | null;
      };
    }
  | { type: 'DraftRevised'; data: NaskahContent & { letterId: string; version: number; catatan: string; by: Person; revisedAt: IsoInstant } }
  | {
      type: 'DraftSubmittedForParaf';
      data: { letterId: string; round: number; reviewers: Person[]; signer: Person; by: Person; submittedAt: IsoInstant; sopCase: SopCaseLink | null };
    }
  | {
      type: 'ParafGiven';
      data: { letterId: string; round: number; step: number; steps: number; by: Person; catatan: string; at: IsoInstant; sopCase: SopCaseLink | null };
    }
  | {
      type: 'DraftReturned';
      data: {
        letterId: string;
        round: number;
        /** `paraf`: a reviewer returned it; `tanda_tangan`: the signer did. */
        from: 'paraf' | 'tanda_tangan';
        /** The paraf step (1-based) that returned it; null when the signer did. */
        step: number | null;
        by: Person;
        catatan: string;
        returnedAt: IsoInstant;
        sopCase: SopCaseLink | null;
      };
    }
  | {
      type: 'LetterSigned';
      data: { letterId: string; jenis: JenisSuratKeluar; nomor: LetterNumber; tanggalSurat: IsoDate; by: Person; signedAt: IsoInstant; sopCase: SopCaseLink | null };
    }
  | {
      type: 'LetterDispatched';
      data: {
        letterId: string;
        via: string;
        /** When it actually left (may be earlier than recorded, e.g. posted this morning). */
        dispatchedAt: IsoInstant;
        recordedAt: IsoInstant;
        by: Person;
        catatan: string;
        agenda: AgendaKeluarEntry;
        sopCase: SopCaseLink | null;
      };
    };

/**
 * The surat keluar event types with their schema versions. The command pipeline writes each event with its
 * current version and reads stored events through the registry (so do the projection and the outbox
 * mapping); an unknown type or version fails on load. A changed shape bumps the version and adds
 * `surat-keluar.upcasters.ts` (docs/architecture.md, "Event versions"). `registerSuratKeluarEventTypes` adds
 * the same types to another registry: the letter stream's, which also holds the flow facts.
 */
export function registerSuratKeluarEventTypes<Other extends { type: string; data: unknown }>(
  registry: EventTypeRegistry<SuratKeluarEvent | Other>,
): EventTypeRegistry<SuratKeluarEvent | Other> {
  (registry as unknown as EventTypeRegistry<SuratKeluarEvent>)
    .register('DraftWritten', { version: 1 })
    .register('DraftRevised', { version: 1 })
    .register('DraftSubmittedForParaf', { version: 1 })
    .register('ParafGiven', { version: 1 })
    .register('DraftReturned', { version: 1 })
    .register('LetterSigned', { version: 1 })
    .register('LetterDispatched', { version: 1 });
  return registry;
}

export const suratKeluarEventTypes: EventTypeRegistry<SuratKeluarEvent> = registerSuratKeluarEventTypes<SuratKeluarEvent>(new EventTypeRegistry<SuratKeluarEvent>('surat keluar'));
