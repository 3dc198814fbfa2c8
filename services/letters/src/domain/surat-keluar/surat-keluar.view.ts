import { assertNever } from '@jejak/domain-kit';
import type { LetterView, SuratKeluarStatus } from '../access/letter-view';
import { numberRefOf } from '../letter-values';
import type { SuratKeluarState } from './surat-keluar.state';

type Written = Exclude<SuratKeluarState, { stage: 'none' }>;

/** Addressees and chain of an outgoing letter: drafter, reviewers and signers of every round, internal addressees. */
export function suratKeluarReaders(state: Written): string[] {
  const { naskah } = state;
  const internal = naskah.kepada.flatMap((a) => (a.userId === undefined ? [] : [a.userId]));
  return [...new Set([naskah.drafter.userId, ...naskah.participantIds, ...internal])];
}

export function suratKeluarStatus(state: Written): SuratKeluarStatus {
  switch (state.stage) {
    case 'draft':
      return 'konsep';
    case 'in_review':
      return 'paraf';
    case 'returned':
      return 'dikembalikan';
    case 'awaiting_signature':
      return 'menunggu_tanda_tangan';
    case 'signed':
      return 'ditandatangani';
    case 'dispatched':
      return 'dikirim';
    default:
      return assertNever(state, 'state');
  }
}

/** The access policy's view of an outgoing letter; null before it is written. */
export function suratKeluarView(state: SuratKeluarState): LetterView | null {
  if (state.stage === 'none') return null;
  const { naskah } = state;
  const signed = state.stage === 'signed' || state.stage === 'dispatched';
  return {
    id: naskah.letterId,
    tenant: naskah.tenant,
    jenis: naskah.jenis,
    sifat: naskah.sifat,
    status: suratKeluarStatus(state),
    nomorAgenda: signed ? numberRefOf(state.signature.nomor) : null,
    tanggalDiterima: null,
    content: { kind: 'surat_keluar', state },
    readerIds: suratKeluarReaders(state),
  };
}
