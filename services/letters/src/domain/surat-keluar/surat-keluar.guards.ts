import { assertNever, forbidden, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { ActingUser } from '../acting-user';
import { checkDocuments } from '../document-ref.policy';
import { checkKlasifikasi } from '../klasifikasi.policy';
import type { LettersConfig } from '../letters.config';
import { isSifat } from '../letter-values';
import { isText, type Problems } from '../problems';
import { placeholdersOf } from '../number-sequence/number-template';
import type { NaskahContent } from './surat-keluar.events';
import type { Naskah, SuratKeluarState } from './surat-keluar.state';

export type WrittenState = Exclude<SuratKeluarState, { stage: 'none' }>;

/** The written letter of the same dinas as the actor. */
export function requireWritten(state: SuratKeluarState, letterId: string, by: ActingUser): WrittenState {
  if (state.stage === 'none') throw notFound('SURAT_KELUAR_NOT_FOUND', `no draft ${letterId}`);
  if (state.naskah.letterId !== letterId) {
    throw validationError('LETTER_ID_MISMATCH', 'the command names another letter than this stream', [{ field: 'letterId', message: 'does not match' }]);
  }
  if (state.naskah.tenant !== by.tenant) throw forbidden('TENANT_MISMATCH', "a user can only act on their own dinas's letters");
  return state;
}

export function requireDrafter(naskah: Naskah, by: ActingUser): void {
  if (naskah.drafter.userId !== by.userId) throw forbidden('NOT_DRAFTER', 'only the drafter (konseptor) may do this');
}

/** The error for a command that needs an editable draft (stage `draft` or `returned`). */
export function notEditable(state: WrittenState): Error {
  switch (state.stage) {
    case 'draft':
    case 'returned':
      return illegalState('DRAFT_EDITABLE', 'the draft is editable');
    case 'in_review':
    case 'awaiting_signature':
      return illegalState('DRAFT_IN_REVIEW', 'the draft is in the paraf chain; it changes only after a return');
    case 'signed':
    case 'dispatched':
      return illegalState('ALREADY_SIGNED', 'the letter is signed and numbered; it no longer changes');
    default:
      return assertNever(state, 'state');
  }
}

/** Checks a draft's content; `unitKode` is required only when the jenis's template uses `{unit}`. */
export function checkContent(problems: Problems, content: Partial<NaskahContent>, template: string, config: LettersConfig): void {
  problems.text(content.perihal, 'perihal');
  problems.check(isSifat(content.sifat), 'sifat', 'must be biasa, penting, segera or rahasia');
  checkKlasifikasi(problems, content.klasifikasi, 'klasifikasi', config);
  if (placeholdersOf(template).includes('unit')) problems.text(content.unitKode, 'unitKode');
  const kepada = content.kepada;
  problems.check(Array.isArray(kepada) && kepada.length > 0, 'kepada', 'at least one addressee');
  (kepada ?? []).forEach((a, i) => {
    problems.text(a?.name, `kepada[${i}].name`);
    problems.check(a?.userId === undefined || isText(a.userId), `kepada[${i}].userId`, 'must not be empty when given');
  });
  problems.text(content.isi?.documentId, 'isi.documentId').text(content.isi?.name, 'isi.name');
  checkDocuments(problems, content.lampiran, 'lampiran');
}
