import type { RedactedLetterView } from '../domain';

/**
 * A page of a year of an agenda book: readable lines, and existence-only entries for rahasia letters
 * outside the user's chain. `next` is the cursor of the following page, absent on the last one.
 */
export interface AgendaBook<Line> {
  year: number;
  entries: (Line | RedactedLetterView)[];
  next?: string;
}
