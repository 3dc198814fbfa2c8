import type { RedactedLetterView } from '../domain';

/** A year of an agenda book: readable lines, and existence-only entries for rahasia letters outside the user's chain. */
export interface AgendaBook<Line> {
  year: number;
  entries: (Line | RedactedLetterView)[];
}
