import type { AuthenticatedUser } from '@jejak/nest-platform';
import { isRole, suratKeluarView, suratMasukView, viewFor, type ActingUser, type LetterView, type ReadableLetterView, type RedactedLetterView } from '../domain';
import type { StoredLetter } from '../read-model/letter-row';

/** The reader as the access policy sees them (any role, including read-only ones). */
export function readerOf(user: AuthenticatedUser): ActingUser {
  return { userId: user.userId, name: user.name, roles: user.roles.filter(isRole), tenant: user.tenant };
}

export function viewOfStored(letter: StoredLetter): LetterView | null {
  return letter.kind === 'surat_masuk' ? suratMasukView(letter.state) : suratKeluarView(letter.state);
}

/**
 * What a user of the letter's dinas gets: the content, or only that the letter exists (rahasia and
 * the user is outside its chain). Every read endpoint goes through here.
 */
export function accessFor(letter: StoredLetter, user: AuthenticatedUser): ReadableLetterView | RedactedLetterView | null {
  const view = viewOfStored(letter);
  if (view === null || view.tenant !== user.tenant) return null;
  return viewFor(view, readerOf(user));
}

/** The query-builder condition "the user may read this row's content": the SQL mirror of `canReadContent`. */
export function readableCondition(alias: string, user: AuthenticatedUser): { sql: string; params: { readerIsAuditor: boolean; readerId: string } } {
  return {
    sql: `(${alias}.sifat <> 'rahasia' OR :readerIsAuditor OR :readerId = ANY(${alias}.reader_ids))`,
    params: { readerIsAuditor: user.roles.includes('AUDITOR'), readerId: user.userId },
  };
}
