import type { Decider } from '@jejak/domain-kit';
import type { EventMetadata, EventStore, ExpectedRevision, RecordedEvent } from '@jejak/event-store';
import { CommandPipeline } from './command-pipeline';
import type { DomainEvent } from './domain-event';

export { toDomainEvent, type DomainEvent } from './domain-event';

export interface DecisionResult<Event> {
  /** Revision of the stream after the append (or the loaded revision when nothing was decided). */
  revision: number;
  events: Event[];
}

/**
 * Loads a stream and folds it; `revision` is -1 for a stream that does not exist.
 * @deprecated Declare an AggregateType and use `CommandPipeline.load` (it reads through the
 * aggregate's event type registry); this delegates to it without a registry.
 */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: EventStore,
  stream: string,
  decider: Decider<Command, Event, State>,
): Promise<{ state: State; revision: number; recorded: RecordedEvent[] }> {
  const { state, revision, recorded } = await new CommandPipeline(store).load({ name: stream, stream: () => stream, decider }, stream);
  return { state, revision, recorded };
}

/**
 * @deprecated Use `CommandPipeline.execute` (no service uses this any more).
 * Command handling for a decider-backed aggregate: load → decide (pure) → append with optimistic
 * concurrency. `expectedRevision` comes from the client's If-Match header when given; otherwise the
 * loaded revision is expected, so a concurrent writer still gets a WrongExpectedRevisionError
 * instead of silently interleaving.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStore,
  stream: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  metadata: EventMetadata,
  options: { expectedRevision?: number; schemaVersion?: number } = {},
): Promise<DecisionResult<Event>> {
  const { state, revision } = await loadAggregate(store, stream, decider);
  const events = decider.decide(command, state);
  if (events.length === 0) return { revision, events };
  const expected: ExpectedRevision = options.expectedRevision ?? (revision === -1 ? 'no_stream' : revision);
  const result = await store.append(
    stream,
    events.map((e) => ({ type: e.type, data: e.data, schemaVersion: options.schemaVersion ?? 1, metadata })),
    { expectedRevision: expected },
  );
  return { revision: result.nextExpectedRevision, events };
}
