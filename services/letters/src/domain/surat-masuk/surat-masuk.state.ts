import { assertNever } from '@jejak/domain-kit';
import type { Person, UserRef } from '../acting-user';
import type { DocumentRef, IsoDate, IsoInstant, LetterNumber, Sifat, SopCaseLink } from '../letter-values';
import type { DisposisiRecipient, Pengirim } from './surat-masuk.commands';
import type { InstructionRef, SuratMasukEvent } from './surat-masuk.events';

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

export function evolveSuratMasuk(state: SuratMasukState, event: SuratMasukEvent): SuratMasukState {
  switch (event.type) {
    case 'SuratMasukRegistered': {
      const { routedTo, ...record } = event.data;
      return { stage: 'open', surat: { ...record, holder: routedTo, holderReadAt: null, dispositions: [] } };
    }
    case 'SuratMasukRead':
      return mapSurat(state, (surat) => ({ ...surat, holderReadAt: event.data.readAt }));
    case 'SuratMasukLinkedToSopCase':
      return mapSurat(state, (surat) => ({ ...surat, sopCase: event.data.sopCase }));
    case 'DisposisiSent': {
      const { letterId: _letterId, sopCase: _sopCase, ...sent } = event.data;
      const disposisi: Disposisi = { ...sent, readAt: null, followedUpAt: null, followUps: 0, closedAt: null };
      return mapSurat(state, (surat) => ({ ...surat, dispositions: [...surat.dispositions, disposisi] }));
    }
    case 'DisposisiAcknowledged':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({ ...d, readAt: event.data.readAt }));
    case 'DisposisiFollowedUp':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({
        ...d,
        followedUpAt: d.followedUpAt ?? event.data.followedUpAt,
        followUps: d.followUps + 1,
      }));
    case 'DisposisiClosed':
      return mapDisposisi(state, event.data.disposisiId, (d) => ({ ...d, closedAt: event.data.closedAt }));
    case 'SuratMasukClosed':
      return state.stage === 'open' ? { stage: 'closed', surat: state.surat, closedBy: event.data.by, closedAt: event.data.closedAt } : state;
    default:
      return assertNever(event, 'event');
  }
}

function mapSurat(state: SuratMasukState, change: (surat: SuratMasuk) => SuratMasuk): SuratMasukState {
  switch (state.stage) {
    case 'unregistered':
      return state;
    case 'open':
    case 'closed':
      return { ...state, surat: change(state.surat) };
    default:
      return assertNever(state, 'state');
  }
}

function mapDisposisi(state: SuratMasukState, disposisiId: string, change: (d: Disposisi) => Disposisi): SuratMasukState {
  return mapSurat(state, (surat) => ({
    ...surat,
    dispositions: surat.dispositions.map((d) => (d.disposisiId === disposisiId ? change(d) : d)),
  }));
}

export const findDisposisi = (surat: SuratMasuk, disposisiId: string): Disposisi | undefined =>
  surat.dispositions.find((d) => d.disposisiId === disposisiId);

export const openChildrenOf = (surat: SuratMasuk, disposisiId: string): Disposisi[] =>
  surat.dispositions.filter((d) => d.parentDisposisiId === disposisiId && d.closedAt === null);
