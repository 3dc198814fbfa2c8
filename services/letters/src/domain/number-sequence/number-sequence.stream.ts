import { localDate } from '../local-date';
import type { SequenceKey } from './number-sequence.commands';

/** The stream of one book: `number-sequence-35.01-surat-keluar-2024`. */
export const numberSequenceStream = (key: SequenceKey): string => `number-sequence-${numberSequenceId(key)}`;

/** The id of one book (the aggregate id the command pipeline takes): `35.01-surat-keluar-2024`. */
export const numberSequenceId = (key: SequenceKey): string => `${key.tenant}-${key.sequence}-${key.year}`;

/** The key of the book in use at an instant: the year is the dinas's local year, not UTC's. */
export function sequenceKeyAt(tenant: string, sequence: string, at: Date, utcOffsetMinutes: number): SequenceKey {
  return { tenant, sequence, year: localDate(at, utcOffsetMinutes).year };
}
