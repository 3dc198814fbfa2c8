import { Inject, Injectable } from '@nestjs/common';
import type { Decider } from '@jejak/domain-kit';
import {
  EVENT_STORE,
  TransactionOrderConflictError,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type LogPosition,
  type RecordedEvent,
} from '@jejak/event-store';
import { toDomainEvent, type DomainEvent } from './decider-handler';

/**
 * An event-sourced aggregate as the pipeline sees it: a pure decider and where its events live.
 * Declared next to the decider in the service's domain folder (a plain object, no framework).
 */
export interface AggregateType<Command, Event extends DomainEvent, State> {
  /** Human name used in error messages, e.g. `SOP`, `surat masuk`. */
  name: string;
  stream(id: string): string;
  decider: Decider<Command, Event, State>;
  /** Turns a stored event into the domain event `evolve` expects (upcasting older schema versions). */
  read?(recorded: RecordedEvent): Event;
}

export interface LoadedAggregate<Event, State> {
  stream: string;
  state: State;
  /** Revision of the last event, -1 when the stream does not exist. */
  revision: number;
  recorded: RecordedEvent[];
  events: Event[];
}

export interface ExecuteOptions<Command, Event extends DomainEvent, State> {
  id: string;
  /** The command, or a function building it from the loaded state (it may throw: not found, tenancy, ...). */
  command: Command | ((state: State, loaded: LoadedAggregate<Event, State>) => Command);
  metadata: EventMetadata;
  /** The revision the client last read (If-Match). A mismatch fails before deciding. */
  expectedRevision?: number;
  /** The stream must not exist yet. */
  create?: boolean;
  /**
   * How often to re-run load → decide → append after a concurrency conflict. Only for commands whose
   * decision is safe to take again against newer state; never combined with `expectedRevision`.
   */
  retries?: number;
  /** Further events derived from the decided ones, appended in the same atomic append. */
  also?(events: Event[], before: State, after: State, loaded: LoadedAggregate<Event, State>): DomainEvent[];
  /** Schema version written with each event; defaults to 1. */
  schemaVersion?(event: DomainEvent): number;
}

export interface CommandOutcome<Event, State> {
  id: string;
  stream: string;
  /** Stream revision after the command: the next `If-Match` value. */
  revision: number;
  /** Global log position of the last appended event; null when nothing was appended. */
  position: LogPosition | null;
  /** The events the decider returned (without `also` events). */
  events: Event[];
  /** State after the command. */
  state: State;
}

/**
 * The one command pipeline of every service: load the stream, decide (pure), append with the
 * expected revision. Nothing is written when any step throws.
 */
@Injectable()
export class CommandPipeline {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    id: string,
  ): Promise<LoadedAggregate<Event, State>> {
    const stream = aggregate.stream(id);
    const recorded = await this.store.readStream(stream);
    const read = aggregate.read ?? ((e: RecordedEvent) => toDomainEvent<Event>(e));
    const events = recorded.map(read);
    const state = events.reduce((s, e) => aggregate.decider.evolve(s, e), aggregate.decider.initialState());
    return { stream, state, revision: recorded.length ? recorded[recorded.length - 1].revision : -1, recorded, events };
  }

  async execute<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    options: ExecuteOptions<Command, Event, State>,
  ): Promise<CommandOutcome<Event, State>> {
    const retries = options.expectedRevision === undefined ? (options.retries ?? 0) : 0;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.attempt(aggregate, options);
      } catch (error) {
        const conflict = error instanceof WrongExpectedRevisionError || error instanceof TransactionOrderConflictError;
        if (!conflict || attempt >= retries) throw error;
        await pause(Math.min(5 * 2 ** attempt, 100) * Math.random());
      }
    }
  }

  private async attempt<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    options: ExecuteOptions<Command, Event, State>,
  ): Promise<CommandOutcome<Event, State>> {
    const loaded = await this.load(aggregate, options.id);
    const { stream, state, revision } = loaded;
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(stream, options.expectedRevision, revision === -1 ? 'no_stream' : revision);
    }
    const command = typeof options.command === 'function'
      ? (options.command as (s: State, l: LoadedAggregate<Event, State>) => Command)(state, loaded)
      : options.command;
    const events = aggregate.decider.decide(command, state);
    const after = events.reduce((s, e) => aggregate.decider.evolve(s, e), state);
    if (events.length === 0) return { id: options.id, stream, revision, position: null, events, state: after };
    const extra = options.also?.(events, state, after, loaded) ?? [];
    const expected: ExpectedRevision = options.create || revision === -1 ? 'no_stream' : revision;
    const result = await this.store.append(
      stream,
      [...events, ...extra].map((e) => ({
        type: e.type,
        data: e.data,
        schemaVersion: options.schemaVersion?.(e) ?? 1,
        metadata: options.metadata,
      })),
      { expectedRevision: expected },
    );
    return { id: options.id, stream, revision: result.nextExpectedRevision, position: result.position, events, state: after };
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
