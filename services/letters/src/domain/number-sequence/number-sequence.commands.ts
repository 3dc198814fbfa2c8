import type { ActingUser } from '../acting-user';
import type { IsoInstant } from '../letter-values';

/** One gap-free book of numbers: per dinas (tenant), per sequence (e.g. `surat-keluar`), per year. */
export interface SequenceKey {
  tenant: string;
  sequence: string;
  year: number;
}

export type NumberSequenceCommand =
  /** Continue a book kept before Jejak (mid-year migration): the next number is `lastIssued + 1`. */
  | { type: 'OpenNumberSequence'; by: ActingUser; at: IsoInstant; data: { key: SequenceKey; lastIssued: number } }
  | { type: 'IssueNumber'; by: ActingUser; at: IsoInstant; data: { key: SequenceKey; letterId: string } };
