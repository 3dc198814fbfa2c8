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

/**
 * The append came from a transaction older than the one that last wrote the stream: accepting it
 * would put the stream's events out of order in the global log. Nothing was written. Retry in a new
 * transaction (a 409 at the HTTP edge; a retried message for consumers).
 */
export class TransactionOrderConflictError extends DomainError {
  constructor(readonly stream: string) {
    super(
      'concurrency',
      'TRANSACTION_ORDER_CONFLICT',
      `stream ${stream} was written by a newer transaction while this one was open; retry in a new transaction`,
    );
    this.name = 'TransactionOrderConflictError';
  }
}

/**
 * The adapter cannot hold what the unit of work asked for (e.g. SQL writes on KurrentDB, or a
 * multi-stream append on a server without it). A configuration error, not a domain failure.
 */
export class UnitOfWorkNotSupportedError extends Error {
  constructor(
    readonly adapter: string,
    readonly unsupported: string,
  ) {
    super(`${adapter} cannot do this in a unit of work: ${unsupported}`);
    this.name = 'UnitOfWorkNotSupportedError';
  }
}
