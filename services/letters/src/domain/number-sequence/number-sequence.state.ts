import type { IssuedNumber } from '../letter-values';
import type { SequenceKey } from './number-sequence.commands';

export type NumberSequenceState =
  | { stage: 'unopened' }
  | { stage: 'open'; key: SequenceKey; last: number; byLetter: Readonly<Record<string, number>> };

export const initialNumberSequenceState = (): NumberSequenceState => ({ stage: 'unopened' });

/** The number this book issued to a letter, ready for `SignLetter` / `RegisterSuratMasuk`; null if none. */
export function issuedNumberFor(state: NumberSequenceState, letterId: string): IssuedNumber | null {
  if (state.stage !== 'open') return null;
  const n = state.byLetter[letterId];
  return n === undefined ? null : { ...state.key, n, letterId };
}
