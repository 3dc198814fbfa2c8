import { assertNever } from '@jejak/domain-kit';
import { suratKeluarView, suratMasukView, type LetterNumber, type SuratKeluarState, type SuratMasukState } from '../domain';
import type { LetterKindName } from '../shared/letter.streams';

/** A letter's state as stored in the read model, tagged with its kind. */
export type StoredLetter = { kind: 'surat_masuk'; state: SuratMasukState } | { kind: 'surat_keluar'; state: SuratKeluarState };

/** The columns of a letter's row, all derived from its domain state through the domain's own views. */
export interface LetterColumns {
  tenant: string;
  kind: LetterKindName;
  jenis: string;
  sifat: string;
  status: string;
  stage: string;
  number: { sequence: string | null; year: number | null; n: number | null };
  agendaYear: number | null;
  tanggal: string | null;
  searchText: string;
  readerIds: string[];
  queueUserIds: string[];
  awaitingDispatch: boolean;
  caseId: string | null;
}

const yearOf = (isoDate: string | null | undefined) => (isoDate ? Number(isoDate.slice(0, 4)) : null);
const numberOf = (nomor: LetterNumber | null) =>
  nomor?.source === 'jejak' ? { sequence: nomor.sequence, year: nomor.year, n: nomor.n } : { sequence: nomor === null ? null : `external:${nomor.system}`, year: null, n: null };
const words = (...parts: (string | undefined | null)[]) => parts.filter((p) => p).join(' ').toLowerCase();

export function columnsOf(letter: StoredLetter): LetterColumns | null {
  switch (letter.kind) {
    case 'surat_masuk': {
      const view = suratMasukView(letter.state);
      if (view === null || letter.state.stage === 'unregistered') return null;
      const { surat } = letter.state;
      const number = numberOf(surat.nomorAgenda);
      const open = letter.state.stage === 'open';
      return {
        ...base(view, letter.kind, letter.state.stage),
        number,
        agendaYear: number.year ?? yearOf(surat.tanggalDiterima),
        tanggal: surat.tanggalDiterima,
        searchText: words(surat.perihal, surat.pengirim.nama, surat.pengirim.instansi, surat.nomorSurat, surat.nomorAgenda.formatted),
        queueUserIds: open ? [...new Set([surat.holder.userId, ...surat.dispositions.filter((d) => d.closedAt === null).map((d) => d.to.userId)])] : [],
        awaitingDispatch: false,
        caseId: surat.sopCase?.caseId ?? null,
      };
    }
    case 'surat_keluar': {
      const view = suratKeluarView(letter.state);
      const state = letter.state;
      if (view === null || state.stage === 'none') return null;
      const signature = state.stage === 'signed' || state.stage === 'dispatched' ? state.signature : null;
      const number = numberOf(signature?.nomor ?? null);
      return {
        ...base(view, letter.kind, state.stage),
        number,
        agendaYear: signature === null ? null : (number.year ?? yearOf(signature.tanggalSurat)),
        tanggal: signature?.tanggalSurat ?? null,
        searchText: words(state.naskah.perihal, signature?.nomor.formatted, ...state.naskah.kepada.map((k) => k.name)),
        queueUserIds: keluarQueueUsers(state),
        awaitingDispatch: state.stage === 'signed',
        caseId: state.naskah.sopCase?.caseId ?? null,
      };
    }
    default:
      return assertNever(letter, 'letter');
  }
}

function base(view: NonNullable<ReturnType<typeof suratMasukView>>, kind: LetterKindName, stage: string) {
  return { tenant: view.tenant, kind, jenis: view.jenis, sifat: view.sifat, status: view.status, stage, readerIds: [...view.readerIds] };
}

function keluarQueueUsers(state: Exclude<SuratKeluarState, { stage: 'none' }>): string[] {
  switch (state.stage) {
    case 'in_review':
      return state.review.reviewers[state.review.parafs.length] === undefined ? [] : [state.review.reviewers[state.review.parafs.length].userId];
    case 'awaiting_signature':
      return [state.review.signer.userId];
    case 'signed':
      return [state.naskah.drafter.userId];
    case 'draft':
    case 'returned':
    case 'dispatched':
      return [];
    default:
      return assertNever(state, 'state');
  }
}
