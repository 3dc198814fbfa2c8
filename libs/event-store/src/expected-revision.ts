import type { ExpectedRevision } from './event-store.port';

/** -1 stands for "the stream does not exist". */
export function satisfiesExpectedRevision(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual < 0;
  return actual === expected;
}

export function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (expected === 'any' || expected === 'no_stream') return;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected revision must be 'any', 'no_stream' or an integer >= 0, got ${String(expected)}`);
  }
}

export const actualRevision = (last: number): number | 'no_stream' => (last < 0 ? 'no_stream' : last);
