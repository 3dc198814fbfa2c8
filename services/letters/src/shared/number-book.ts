import { DomainError } from '@jejak/domain-kit';
import { TransactionOrderConflictError, WrongExpectedRevisionError, type EventMetadata, type EventStore, type UnitOfWork } from '@jejak/event-store';
import type { CommandPipeline } from '@jejak/service-kit';
import { issuedNumberFor, numberSequenceId, numberSequenceStream, type ActingUser, type IsoInstant, type IssuedNumber, type NumberSequenceAggregateType, type SequenceKey } from '../domain';

/** Attempts of a numbering unit before giving up under extreme contention on one book. */
const MAX_ATTEMPTS = 200;

/**
 * Runs `work` (issue a number from the book `key`, then write the letter that takes it) as ONE unit
 * of work: the number and the letter commit together or not at all, so the book never holds a
 * number without its letter. A concurrent issuer on the same book makes the unit fail; it is then
 * run again from the start (and takes the next number), a bounded number of times.
 */
export async function inNumberingUnit<T>(store: EventStore, key: SequenceKey, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const book = numberSequenceStream(key);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await store.unitOfWork(work);
    } catch (error) {
      const retry = error instanceof TransactionOrderConflictError || (error instanceof WrongExpectedRevisionError && error.stream === book);
      if (!retry) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new DomainError('concurrency', 'NUMBER_SEQUENCE_BUSY', 'Buku nomor sedang sangat sibuk; ulangi sebentar lagi.');
      await pause(Math.min(2 * attempt, 25) * Math.random());
    }
  }
}

export interface IssueNumberRequest {
  key: SequenceKey;
  letterId: string;
  by: ActingUser;
  at: IsoInstant;
  metadata: EventMetadata;
}

/**
 * Issues the next number of the book for a letter, inside the open unit. Idempotent per letter:
 * a letter the book already numbered gets its number back and the book does not move.
 */
export async function issueNumber(pipeline: CommandPipeline, book: NumberSequenceAggregateType, uow: UnitOfWork, request: IssueNumberRequest): Promise<IssuedNumber> {
  const { key, letterId, by, at, metadata } = request;
  const outcome = await pipeline.execute(book, { id: numberSequenceId(key), command: { type: 'IssueNumber', by, at, data: { key, letterId } }, metadata, unitOfWork: uow });
  const issued = issuedNumberFor(outcome.state, letterId);
  if (issued === null) throw new Error(`number book ${outcome.stream} issued nothing for ${letterId}`);
  return issued;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
