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
import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { NumberSequenceCommand } from './number-sequence.commands';
import { decideNumberSequence, type NumberSequenceDeps } from './number-sequence.decide';
import { numberSequenceEventTypes, type NumberSequenceEvent } from './number-sequence.events';
import { evolveNumberSequence } from './number-sequence.evolve';
import { initialNumberSequenceState, type NumberSequenceState } from './number-sequence.state';

export type { NumberSequenceDeps } from './number-sequence.decide';

export function numberSequenceDecider(deps: NumberSequenceDeps): Decider<NumberSequenceCommand, NumberSequenceEvent, NumberSequenceState> {
  return {
    initialState: initialNumberSequenceState,
    evolve: evolveNumberSequence,
    decide: (command, state) => decideNumberSequence(deps, command, state),
  };
}

export type NumberSequenceAggregateType = AggregateType<NumberSequenceCommand, NumberSequenceEvent, NumberSequenceState>;

/** A number book as the command pipeline sees it; its id is `numberSequenceId(key)`. */
export const numberSequenceAggregate = (deps: NumberSequenceDeps): NumberSequenceAggregateType => ({
  name: 'buku nomor',
  stream: (id) => `number-sequence-${id}`,
  decider: numberSequenceDecider(deps),
  events: numberSequenceEventTypes,
});
