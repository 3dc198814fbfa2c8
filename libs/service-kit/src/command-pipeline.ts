import { Inject, Injectable } from '@nestjs/common';
import type { Decider, EventTypeRegistry } from '@jejak/domain-kit';
import {
  EVENT_STORE,
  TransactionOrderConflictError,
  WrongExpectedRevisionError,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type LogPosition,
  type RecordedEvent,
  type UnitOfWork,
} from '@jejak/event-store';
import { abortablePause, throwIfCommandAborted } from '@jejak/event-store';
import { currentRequestSignal, recordWritePosition } from '@jejak/nest-platform';
import { readWith, toDomainEvent, type DomainEvent } from './domain-event';
import { idempotencyKeyReused, idempotentEventId } from './idempotency';

/**
 * An event-sourced aggregate as the pipeline sees it: a pure decider and where its events live.
 * Declared next to the decider in the service's domain folder (a plain object, no framework).
 */
export interface AggregateType<Command, Event extends DomainEvent, State> {
  /** Human name used in error messages, e.g. `SOP`, `surat masuk`. */
  name: string;
  stream(id: string): string;
  decider: Decider<Command, Event, State>;
  /**
   * The aggregate's event types (pure, from @jejak/domain-kit): stored events are read through it
   * (older schema versions upcast, unknown types and versions throw) and each decided event is
   * written with its current schema version (an unregistered type throws before anything is written).
   */
  events?: EventTypeRegistry<Event>;
  /** Turns a stored event into the domain event `evolve` expects; default `readWith(events)` when given. */
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
  /**
   * Stops the command: no attempt (first or retry) starts once it fires, and a retry pause ends at
   * once, with CommandAbortedError (503 at the edge). Defaults to the request's signal (deadline
   * `COMMAND_DEADLINE_MS` or client gone, see `@RequestSignal()`). An attempt already appending
   * finishes and its outcome is returned.
   */
  signal?: AbortSignal;
  /** Further events derived from the decided ones, appended in the same atomic append. */
  also?(events: Event[], before: State, after: State, loaded: LoadedAggregate<Event, State>): DomainEvent[];
  /**
   * Schema version written with an event the aggregate's registry (`AggregateType.events`) does not
   * decide (e.g. `also` events of other types); defaults to 1. Decided events always take the
   * registry's current version when there is one.
   */
  schemaVersion?(event: DomainEvent): number;
  /**
   * Run inside this open unit of work (`store.unitOfWork(...)`): the stream is read and appended
   * through it, so the append commits (or rolls back) with the unit's other appends and SQL writes.
   * A TransactionOrderConflictError is not retried here (the transaction stays old): it leaves
   * the unit, whose `retries` option re-runs the whole work.
   */
  unitOfWork?: UnitOfWork;
  /**
   * Makes a create (`create: true`) safely retryable. `fingerprint` identifies the request (see
   * `requestFingerprint`: user, route, body as sent). The events of the append get ids derived from
   * stream + fingerprint, so a later attempt can tell whether the stream it finds was written by the
   * same request: then the FIRST outcome is returned (`replayed: true`, nothing written); a stream
   * written by anything else is a 409 `IDEMPOTENCY_KEY_REUSED`. Concurrent identical creates: one
   * writes, the others replay its outcome.
   */
  idempotency?: { fingerprint: string };
}

export interface LoadOptions {
  /** Read through an open unit of work (sees its uncommitted appends). */
  unitOfWork?: UnitOfWork;
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
  /** True when an idempotent create found its own earlier outcome and wrote nothing. */
  replayed?: boolean;
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
    options: LoadOptions = {},
  ): Promise<LoadedAggregate<Event, State>> {
    const stream = aggregate.stream(id);
    const recorded = await (options.unitOfWork ?? this.store).readStream(stream);
    const read = aggregate.read ?? (aggregate.events ? readWith(aggregate.events) : (e: RecordedEvent) => toDomainEvent<Event>(e));
    const events = recorded.map(read);
    const state = events.reduce((s, e) => aggregate.decider.evolve(s, e), aggregate.decider.initialState());
    return { stream, state, revision: recorded.length ? recorded[recorded.length - 1].revision : -1, recorded, events };
  }

  async execute<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    options: ExecuteOptions<Command, Event, State>,
  ): Promise<CommandOutcome<Event, State>> {
    const idempotent = Boolean(options.create && options.idempotency);
    // An idempotent create that lost the race re-reads once to replay the winner's outcome.
    const retries = options.expectedRevision === undefined ? Math.max(options.retries ?? 0, idempotent ? 1 : 0) : 0;
    const signal = options.signal ?? currentRequestSignal();
    for (let attempt = 0; ; attempt += 1) {
      throwIfCommandAborted(aggregate.name, signal);
      try {
        return await this.attempt(aggregate, options);
      } catch (error) {
        const conflict =
          error instanceof WrongExpectedRevisionError || (error instanceof TransactionOrderConflictError && !options.unitOfWork);
        if (!conflict || attempt >= retries) throw error;
        await abortablePause(Math.min(5 * 2 ** attempt, 100) * Math.random(), aggregate.name, signal);
      }
    }
  }

  private async attempt<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    options: ExecuteOptions<Command, Event, State>,
  ): Promise<CommandOutcome<Event, State>> {
    const loaded = await this.load(aggregate, options.id, { unitOfWork: options.unitOfWork });
    const { stream, state, revision } = loaded;
    const fingerprint = options.create ? options.idempotency?.fingerprint : undefined;
    if (fingerprint !== undefined && revision >= 0) return this.replay(aggregate, options.id, loaded, fingerprint);
    // The command is built first: its not-found and tenancy checks must answer before a stale
    // If-Match does, or a 412 would tell an outsider that the stream exists.
    const command = typeof options.command === 'function'
      ? (options.command as (s: State, l: LoadedAggregate<Event, State>) => Command)(state, loaded)
      : options.command;
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevisionError(stream, options.expectedRevision, revision === -1 ? 'no_stream' : revision);
    }
    const events = aggregate.decider.decide(command, state);
    const after = events.reduce((s, e) => aggregate.decider.evolve(s, e), state);
    if (events.length === 0) return { id: options.id, stream, revision, position: null, events, state: after };
    const extra = options.also?.(events, state, after, loaded) ?? [];
    const expected: ExpectedRevision = options.create || revision === -1 ? 'no_stream' : revision;
    const registry = aggregate.events;
    const versionOf = (e: DomainEvent, decided: boolean): number =>
      registry && (decided || registry.has(e.type)) ? registry.versionOf(e.type, { stream }) : (options.schemaVersion?.(e) ?? 1);
    const toAppend = [...events.map((e) => [e, true] as const), ...extra.map((e) => [e, false] as const)].map(([e, decided], index) => ({
      ...(fingerprint !== undefined ? { id: idempotentEventId(stream, fingerprint, index) } : {}),
      type: e.type,
      data: e.data,
      schemaVersion: versionOf(e, decided),
      metadata: options.metadata,
    }));
    const result = await (options.unitOfWork ?? this.store).append(stream, toAppend, { expectedRevision: expected });
    // The response carries it (X-Jejak-Position), so the client can read its write (X-Jejak-Min-Position).
    recordWritePosition(result.position);
    return { id: options.id, stream, revision: result.nextExpectedRevision, position: result.position, events, state: after };
  }

  /** The outcome of the append that created `loaded.stream`, when it carried this fingerprint's event ids. */
  private replay<Command, Event extends DomainEvent, State>(
    aggregate: AggregateType<Command, Event, State>,
    id: string,
    loaded: LoadedAggregate<Event, State>,
    fingerprint: string,
  ): CommandOutcome<Event, State> {
    const { stream, recorded } = loaded;
    let count = 0;
    while (count < recorded.length && recorded[count].id === idempotentEventId(stream, fingerprint, count)) count += 1;
    if (count === 0) throw idempotencyKeyReused(aggregate.name);
    const events = loaded.events.slice(0, count);
    const state = events.reduce((s, e) => aggregate.decider.evolve(s, e), aggregate.decider.initialState());
    const last = recorded[count - 1];
    recordWritePosition(last.position);
    return { id, stream, revision: last.revision, position: last.position, events, state, replayed: true };
  }
}
