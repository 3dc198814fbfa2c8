import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@jejak/domain-kit';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { loadAggregate } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../config/letters-config.registry';
import { issuedNumberFor, numberSequenceStream, type IssuedNumber, type SequenceKey } from '../domain';
import { actingUser } from './acting-user';
import { decideLocalised } from './letters-error.messages';

/** Attempts before giving up under extreme contention on one book (each loser re-reads and retries). */
const MAX_ATTEMPTS = 200;

/**
 * Issues a number from a NumberSequence book for a letter, gap-free: read the book, decide, append
 * with the revision read; a concurrent issuer makes the append fail, and the loser re-reads and
 * takes the next number. Idempotent per letter: asking again for the same letter returns its number.
 */
@Injectable()
export class NumberIssuer {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: LettersConfigRegistry,
  ) {}

  async issue(user: AuthenticatedUser, key: SequenceKey, letterId: string): Promise<IssuedNumber> {
    const decider = this.registry.forTenant(key.tenant).sequence;
    const stream = numberSequenceStream(key);
    const by = actingUser(user);
    for (let attempt = 1; ; attempt += 1) {
      const { state, revision } = await loadAggregate(this.store, stream, decider);
      const events = decideLocalised(() => decider.decide({ type: 'IssueNumber', by, data: { key, letterId } }, state));
      const issued = events.find((e) => e.type === 'NumberIssued');
      if (issued === undefined) {
        const existing = issuedNumberFor(state, letterId);
        if (existing === null) throw new Error(`number book ${stream} issued nothing for ${letterId}`);
        return existing;
      }
      try {
        const metadata = eventMetadata(user, currentCorrelationId());
        await this.store.append(stream, events.map((e) => ({ type: e.type, data: e.data, metadata })), { expectedRevision: revision === -1 ? 'no_stream' : revision });
        return { tenant: key.tenant, sequence: key.sequence, year: key.year, n: issued.data.n, letterId };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new DomainError('concurrency', 'NUMBER_SEQUENCE_BUSY', 'Buku nomor sedang sangat sibuk; ulangi sebentar lagi.');
        }
        await pause(Math.min(2 * attempt, 25) * Math.random());
      }
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
