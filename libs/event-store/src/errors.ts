import { DomainError } from '@jejak/domain-kit';
import type { ExpectedRevision } from './event-store.port';

/** Raised when the stream's revision is not the expected one. A 409 (or 412 with If-Match) at the edge. */
export class WrongExpectedRevisionError extends DomainError {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(
      'concurrency',
      'WRONG_EXPECTED_REVISION',
      `stream ${stream}: expected revision ${String(expected)}, actual ${String(actual)}`,
    );
    this.name = 'WrongExpectedRevisionError';
  }
}
