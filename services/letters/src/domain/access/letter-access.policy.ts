import type { ActingUser } from '../acting-user';
import type { LetterView, ReadableLetterView, RedactedLetterView } from './letter-view';

/**
 * Who may read a letter's content:
 * - never anyone of another dinas (tenant);
 * - a biasa / penting / segera letter: every user of the dinas;
 * - a rahasia letter: its addressees, the people in its chain (holder and every sender and
 *   recipient of a disposisi; drafter, reviewers and signer of a draft), and auditors.
 *   The petugas who registered a rahasia letter records only what is on its envelope and is
 *   not a reader by registering it.
 * Everyone else of the dinas sees `redact(view)`: that the letter exists.
 */
export function canReadContent(letter: LetterView, user: ActingUser): boolean {
  if (user.tenant !== letter.tenant) return false;
  if (letter.sifat !== 'rahasia') return true;
  return user.roles.includes('AUDITOR') || letter.readerIds.includes(user.userId);
}

/** Only the non-content fields; see `RedactedLetterView` for exactly what "exists" shows. */
export function redact(view: LetterView): RedactedLetterView {
  return {
    redacted: true,
    id: view.id,
    jenis: view.jenis,
    nomorAgenda: view.nomorAgenda,
    tanggalDiterima: view.tanggalDiterima,
    sifat: view.sifat,
    status: view.status,
  };
}

/** The view a user gets of a letter of their dinas: full content or its existence. */
export function viewFor(letter: LetterView, user: ActingUser): ReadableLetterView | RedactedLetterView {
  if (!canReadContent(letter, user)) return redact(letter);
  const { readerIds: _readerIds, ...readable } = letter;
  return { ...readable, redacted: false };
}
