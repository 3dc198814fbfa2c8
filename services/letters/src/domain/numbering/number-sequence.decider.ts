/**
 * NumberSequence: the only place a letter number or an incoming agenda number is issued.
 *
 * Why an aggregate of its own: a letter's decider sees only its own stream, so two letters signed
 * at the same moment would both think "1623" is next. One stream per dinas + sequence + year makes
 * the event store's optimistic concurrency the serialiser: each issuer appends `NumberIssued` with
 * the revision it read; the loser gets a concurrency error, and the application layer re-reads and
 * decides again (getting the next number). Numbers are therefore gap-free and never reused.
 *
 * Idempotency: issuing for a letter that already has a number emits nothing; the caller reads the
 * number with `issuedNumberFor`. So one letter never gets two numbers and one number never goes to
 * two letters.
 *
 * One unit with the letter: `NumberIssued` (here) and the letter's `LetterSigned` /
 * `SuratMasukRegistered` (in the letter's stream) are appended in ONE unit of work of the event
 * store, so they commit together or not at all: a crash between the two appends rolls both back,
 * and the book never holds a number without its letter. A conflict on the book (a concurrent
 * issuer) re-runs the whole unit, which then takes the next number. The letter decider checks the
 * `IssuedNumber` names the same letter and the right sequence.
 */
import { assertNever, forbidden, illegalState, validationError, type Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { userRefOf } from '../acting-user';
import type { LettersConfig } from '../letters.config';
import type { IssuedNumber } from '../letter-values';
import { isText } from '../problems';
import type { NumberSequenceCommand, SequenceKey } from './number-sequence.commands';
import type { NumberSequenceEvent } from './number-sequence.events';

export type NumberSequenceState =
  | { stage: 'unopened' }
  | { stage: 'open'; key: SequenceKey; last: number; byLetter: Readonly<Record<string, number>> };

export interface NumberSequenceDeps {
  config: Pick<LettersConfig, 'sequenceOpenerRoles'>;
}

export function numberSequenceDecider(deps: NumberSequenceDeps): Decider<NumberSequenceCommand, NumberSequenceEvent, NumberSequenceState> {
  return {
    initialState: () => ({ stage: 'unopened' }),
    evolve: evolveNumberSequence,
    decide(command, state) {
      const { key } = command.data;
      checkKey(key, state);
      if (command.by.tenant !== key.tenant) throw forbidden('TENANT_MISMATCH', 'a user can only use the number books of their own dinas');
      const { at } = command;
      switch (command.type) {
        case 'OpenNumberSequence': {
          if (!command.by.roles.some((role) => deps.config.sequenceOpenerRoles.includes(role))) {
            throw forbidden('NOT_SEQUENCE_OPENER', 'only the sekretariat may continue a number book');
          }
          if (state.stage === 'open') throw illegalState('SEQUENCE_ALREADY_OPEN', 'the number book is already in use');
          const { lastIssued } = command.data;
          if (!Number.isInteger(lastIssued) || lastIssued < 0) {
            throw validationError('SEQUENCE_INVALID', 'lastIssued must be a whole number ≥ 0', [{ field: 'lastIssued', message: 'whole number ≥ 0' }]);
          }
          return [{ type: 'NumberSequenceOpened', data: { ...key, lastIssued, openedBy: userRefOf(command.by), openedAt: at } }];
        }
        case 'IssueNumber': {
          const { letterId } = command.data;
          if (!isText(letterId)) throw validationError('SEQUENCE_INVALID', 'letterId is required', [{ field: 'letterId', message: 'required' }]);
          if (state.stage === 'open' && state.byLetter[letterId] !== undefined) return [];
          const n = (state.stage === 'open' ? state.last : 0) + 1;
          return [{ type: 'NumberIssued', data: { ...key, n, letterId, issuedBy: userRefOf(command.by), issuedAt: at } }];
        }
        default:
          return assertNever(command, 'command');
      }
    },
  };
}

export type NumberSequenceAggregateType = AggregateType<NumberSequenceCommand, NumberSequenceEvent, NumberSequenceState>;

/** A number book as the command pipeline sees it; its id is `numberSequenceId(key)`. */
export const numberSequenceAggregate = (deps: NumberSequenceDeps): NumberSequenceAggregateType => ({
  name: 'buku nomor',
  stream: (id) => `number-sequence-${id}`,
  decider: numberSequenceDecider(deps),
});

export function evolveNumberSequence(state: NumberSequenceState, event: NumberSequenceEvent): NumberSequenceState {
  switch (event.type) {
    case 'NumberSequenceOpened':
      return { stage: 'open', key: keyOf(event.data), last: event.data.lastIssued, byLetter: {} };
    case 'NumberIssued': {
      const byLetter = state.stage === 'open' ? state.byLetter : {};
      return { stage: 'open', key: keyOf(event.data), last: event.data.n, byLetter: { ...byLetter, [event.data.letterId]: event.data.n } };
    }
    default:
      return assertNever(event, 'event');
  }
}

/** The number this book issued to a letter, ready for `SignLetter` / `RegisterSuratMasuk`; null if none. */
export function issuedNumberFor(state: NumberSequenceState, letterId: string): IssuedNumber | null {
  if (state.stage !== 'open') return null;
  const n = state.byLetter[letterId];
  return n === undefined ? null : { ...state.key, n, letterId };
}

const keyOf = (data: SequenceKey): SequenceKey => ({ tenant: data.tenant, sequence: data.sequence, year: data.year });

function checkKey(key: SequenceKey, state: NumberSequenceState): void {
  const wellFormed = isText(key.tenant) && isText(key.sequence) && Number.isInteger(key.year) && key.year >= 1900;
  if (!wellFormed) throw validationError('SEQUENCE_INVALID', 'the sequence key is incomplete', [{ field: 'key', message: 'tenant, sequence and year are required' }]);
  if (state.stage === 'open' && (state.key.tenant !== key.tenant || state.key.sequence !== key.sequence || state.key.year !== key.year)) {
    throw validationError('SEQUENCE_KEY_MISMATCH', 'the command names another number book than this stream', [{ field: 'key', message: 'does not match the stream' }]);
  }
}
