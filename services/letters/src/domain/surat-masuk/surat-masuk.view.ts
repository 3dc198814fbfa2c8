import { assertNever } from '@jejak/domain-kit';
import type { LetterView, SuratMasukStatus } from '../access/letter-view';
import { numberRefOf } from '../letter-values';
import type { SuratMasuk, SuratMasukState } from './surat-masuk.state';

/** Addressees and chain of an incoming letter: holder, named addressees, every disposisi sender and recipient. */
export function suratMasukReaders(surat: SuratMasuk): string[] {
  const ids = [surat.holder.userId, ...surat.kepada.map((k) => k.userId), ...surat.dispositions.flatMap((d) => [d.from.userId, d.to.userId])];
  return [...new Set(ids)];
}

export function suratMasukStatus(state: Exclude<SuratMasukState, { stage: 'unregistered' }>): SuratMasukStatus {
  switch (state.stage) {
    case 'open':
      return state.surat.dispositions.length > 0 ? 'didisposisi' : 'terdaftar';
    case 'closed':
      return 'selesai';
    default:
      return assertNever(state, 'state');
  }
}

/** The access policy's view of a registered incoming letter; null before registration. */
export function suratMasukView(state: SuratMasukState): LetterView | null {
  if (state.stage === 'unregistered') return null;
  const { surat } = state;
  return {
    id: surat.letterId,
    tenant: surat.tenant,
    jenis: 'surat_masuk',
    sifat: surat.sifat,
    status: suratMasukStatus(state),
    nomorAgenda: numberRefOf(surat.nomorAgenda),
    tanggalDiterima: surat.tanggalDiterima,
    content: { kind: 'surat_masuk', surat },
    readerIds: suratMasukReaders(surat),
  };
}
