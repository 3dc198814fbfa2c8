import { localDate } from '../shared/local-date';
import type { SequenceKey } from './number-sequence.commands';

/** The stream of one book: `number-sequence-35.01-surat-keluar-2024`. */
export const numberSequenceStream = (key: SequenceKey): string => `number-sequence-${key.tenant}-${key.sequence}-${key.year}`;

/** The key of the book in use at an instant: the year is the dinas's local year, not UTC's. */
export function sequenceKeyAt(tenant: string, sequence: string, at: Date, utcOffsetMinutes: number): SequenceKey {
  return { tenant, sequence, year: localDate(at, utcOffsetMinutes).year };
}
