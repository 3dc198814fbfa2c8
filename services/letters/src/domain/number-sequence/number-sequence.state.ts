import type { IssuedNumber } from '../letter-values';
import type { SequenceKey } from './number-sequence.commands';

/**
 * Which letter holds which number, as a persistent (immutable from the outside) index: `with`
 * returns a new index and leaves this one as it was. Numbers only grow along a book, so a version
 * of the index is "every entry up to `last`"; the newest version extends the shared map in place
 * (O(1) per event when a stream is folded), an older version copies its prefix first. Folding a
 * book of n numbers is therefore O(n), not O(n²) as copying a record per event was.
 */
export class NumberIndex {
  private constructor(
    private readonly shared: { map: Map<string, number>; tip: number },
    /** The highest number this version holds; entries above it belong to newer versions. */
    private readonly last: number,
  ) {}

  static empty(): NumberIndex {
    return new NumberIndex({ map: new Map(), tip: 0 }, 0);
  }

  /** The number of `letterId` in this version, or undefined. */
  get(letterId: string): number | undefined {
    const n = this.shared.map.get(letterId);
    return n !== undefined && n <= this.last ? n : undefined;
  }

  /** A new version with `letterId` holding `n` (n greater than every number held). */
  with(letterId: string, n: number): NumberIndex {
    if (this.shared.tip === this.last && n > this.last && !this.shared.map.has(letterId)) {
      this.shared.map.set(letterId, n);
      this.shared.tip = n;
      return new NumberIndex(this.shared, n);
    }
    const map = new Map<string, number>();
    for (const [id, held] of this.shared.map) if (held <= this.last) map.set(id, held);
    map.set(letterId, n);
    const tip = Math.max(this.last, n);
    return new NumberIndex({ map, tip }, tip);
  }
}

export type NumberSequenceState =
  | { stage: 'unopened' }
  | { stage: 'open'; key: SequenceKey; last: number; byLetter: NumberIndex };

export const initialNumberSequenceState = (): NumberSequenceState => ({ stage: 'unopened' });

/** The highest number a book can issue: every number stays a safe integer (exact in JSON and JavaScript). */
export const MAX_BOOK_NUMBER = Number.MAX_SAFE_INTEGER;

/** The number this book issued to a letter, ready for `SignLetter` / `RegisterSuratMasuk`; null if none. */
export function issuedNumberFor(state: NumberSequenceState, letterId: string): IssuedNumber | null {
  if (state.stage !== 'open') return null;
  const n = state.byLetter.get(letterId);
  return n === undefined ? null : { ...state.key, n, letterId };
}
