import { EventTypeRegistry } from '@jejak/domain-kit';
import type { Person, UserRef } from '../acting-user';
import type { DocumentRef, IsoDate, IsoInstant, LetterNumber, Sifat, SopCaseLink } from '../letter-values';
import type { DisposisiRecipient, Pengirim } from './surat-masuk.commands';

/** The instruction as it stood when sent, so later changes to the dinas's list never rewrite history. */
export interface InstructionRef {
  code: string;
  label: string;
  requiresFollowUp: boolean;
}

/**
 * Facts of an incoming letter. Every fact that a process manager maps to an SOP step
 * (e.g. "Kepala Dinas memberikan disposisi kepada Sekretariat") carries who, in which role, when,
 * and the letter's SOP case link.
 */
export type SuratMasukEvent =
  | {
      type: 'SuratMasukRegistered';
      data: {
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
        /** The holder the letter is routed to (the Kepala Dinas). */
        routedTo: Person;
        registeredBy: Person;
        registeredAt: IsoInstant;
        sopCase: SopCaseLink | null;
      };
    }
  | { type: 'SuratMasukRead'; data: { letterId: string; by: Person; readAt: IsoInstant; sopCase: SopCaseLink | null } }
  | { type: 'SuratMasukLinkedToSopCase'; data: { letterId: string; sopCase: SopCaseLink; by: Person; linkedAt: IsoInstant } }
  | {
      type: 'DisposisiSent';
      data: {
        letterId: string;
        disposisiId: string;
        parentDisposisiId: string | null;
        /** 1 for a disposisi from the holder, 2 for one disposed further, ... */
        level: number;
        from: Person;
        to: DisposisiRecipient;
        instruction: InstructionRef;
        catatan: string;
        batasWaktu: IsoDate | null;
        sentAt: IsoInstant;
        sopCase: SopCaseLink | null;
      };
    }
  | { type: 'DisposisiAcknowledged'; data: { letterId: string; disposisiId: string; by: Person; readAt: IsoInstant; sopCase: SopCaseLink | null } }
  | {
      type: 'DisposisiFollowedUp';
      data: { letterId: string; disposisiId: string; by: Person; laporan: string; lampiran: DocumentRef[]; followedUpAt: IsoInstant; sopCase: SopCaseLink | null };
    }
  | {
      type: 'DisposisiClosed';
      data: {
        letterId: string;
        disposisiId: string;
        by: Person;
        /** `selesai`: closed by its recipient; `surat_ditutup`: closed because the holder closed the letter. */
        reason: 'selesai' | 'surat_ditutup';
        catatan: string;
        closedAt: IsoInstant;
        sopCase: SopCaseLink | null;
      };
    }
  | { type: 'SuratMasukClosed'; data: { letterId: string; by: Person; catatan: string; closedAt: IsoInstant; sopCase: SopCaseLink | null } };

/**
 * The surat masuk event types with their schema versions. The command pipeline writes each event with its
 * current version and reads stored events through the registry (so do the projection and the outbox
 * mapping); an unknown type or version fails on load. A changed shape bumps the version and adds
 * `surat-masuk.upcasters.ts` (docs/architecture.md, "Event versions"). `registerSuratMasukEventTypes` adds
 * the same types to another registry: the letter stream's, which also holds the flow facts.
 */
export function registerSuratMasukEventTypes<Other extends { type: string; data: unknown }>(
  registry: EventTypeRegistry<SuratMasukEvent | Other>,
): EventTypeRegistry<SuratMasukEvent | Other> {
  (registry as unknown as EventTypeRegistry<SuratMasukEvent>)
    .register('SuratMasukRegistered', { version: 1 })
    .register('SuratMasukRead', { version: 1 })
    .register('SuratMasukLinkedToSopCase', { version: 1 })
    .register('DisposisiSent', { version: 1 })
    .register('DisposisiAcknowledged', { version: 1 })
    .register('DisposisiFollowedUp', { version: 1 })
    .register('DisposisiClosed', { version: 1 })
    .register('SuratMasukClosed', { version: 1 });
  return registry;
}

export const suratMasukEventTypes: EventTypeRegistry<SuratMasukEvent> = registerSuratMasukEventTypes<SuratMasukEvent>(new EventTypeRegistry<SuratMasukEvent>('surat masuk'));
