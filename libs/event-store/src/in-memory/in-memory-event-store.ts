import { randomIds, systemClock, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { WrongExpectedRevisionError } from '../errors';
import {
  START,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
  type EventStoreCapabilities,
  type UnitOfWork,
  type UnitOfWorkOptions,
} from '../event-store.port';
import { actualRevision, assertValidExpectedRevision, satisfiesExpectedRevision } from '../expected-revision';
import { CatchUpSubscription, type CatchUpRead, type CatchUpSource } from '../subscription/catch-up-subscription';
import { matchesFilter } from '../subscription/event-filter';
import { BufferedUnitOfWork, type PendingAppend } from '../unit-of-work/buffered-unit-of-work';
import { rejectWithin, withOrderRetries } from '../unit-of-work/run-unit-of-work';
import { selectRevisions } from '../unit-of-work/select-revisions';

export interface InMemoryEventStoreOptions {
  clock?: Clock;
  ids?: IdGenerator;
}

/** Data goes through JSON, as it does in the real adapters (a Date becomes a string). */
const viaJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

const copy = (event: RecordedEvent): RecordedEvent => ({
  ...event,
  actor: { ...event.actor },
  position: { ...event.position },
  recordedAt: new Date(event.recordedAt),
  data: structuredClone(event.data),
});

/** Position of the n-th event (0-based) of the log. */
const positionAt = (index: number): LogPosition => ({ commit: BigInt(index), prepare: BigInt(index) });
/** Index of the first event strictly after a position. */
const indexAfter = (after: LogPosition | undefined): number => (after && after.commit >= 0n ? Number(after.commit) + 1 : 0);

/**
 * In-memory event store for unit tests. Same semantics as the PostgreSQL adapter (passes the same
 * contract suite), nothing persisted. Not for production.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly eventIds = new Set<string>();
  private readonly clock: Clock;
  private readonly ids: IdGenerator;
  private closed = false;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.ids = options.ids ?? randomIds;
  }

  /** A unit of work is buffered and applied in one synchronous step at the end; no SQL. */
  readonly capabilities: EventStoreCapabilities = Object.freeze({ multiStreamUnitOfWork: true, sqlInUnitOfWork: false });

  async append(stream: string, events: NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    assertValidExpectedRevision(expected);
    const existing = this.streams.get(stream) ?? [];
    const last = existing.length - 1;
    if (!satisfiesExpectedRevision(expected, last)) {
      throw new WrongExpectedRevisionError(stream, expected, actualRevision(last));
    }
    if (events.length === 0) {
      return { nextExpectedRevision: last, position: last >= 0 ? { ...existing[last].position } : START };
    }
    return this.commit([{ stream, expectedRevision: expected, events: events.map((e) => ({ ...e, id: e.id ?? this.ids.next() })) }])[0];
  }

  async unitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>, options: UnitOfWorkOptions = {}): Promise<T> {
    this.assertOpen();
    rejectWithin('InMemoryEventStore', options);
    return withOrderRetries(options.retries ?? 0, options.signal, async () => {
      const uow = new BufferedUnitOfWork(
        'InMemoryEventStore',
        { readStream: (s, o) => this.readStream(s, o), lastRevision: async (s) => (this.streams.get(s)?.length ?? 0) - 1 },
        this.ids,
        () => this.clock.now(),
      );
      let result: T;
      try {
        result = await work(uow);
      } catch (error) {
        uow.close();
        throw error;
      }
      const pending = uow.close();
      this.assertOpen();
      this.commit(pending);
      return result;
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    return selectRevisions(this.streams.get(stream) ?? [], options).map(copy);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    return this.log.slice(indexAfter(options.after)).slice(0, max).map(copy);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(this.source(options), options, { pollIntervalMs: null, heldBackRetryMs: 1 }, (s) =>
      this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }

  /**
   * Checks every expectation and event id first, then writes every stream and wakes subscribers
   * once: all of `pending` is applied, or (on a throw) none of it.
   */
  private commit(pending: PendingAppend[]): AppendResult[] {
    const ids = new Set<string>();
    for (const { stream, expectedRevision, events } of pending) {
      const last = (this.streams.get(stream)?.length ?? 0) - 1;
      if (!satisfiesExpectedRevision(expectedRevision, last)) throw new WrongExpectedRevisionError(stream, expectedRevision, actualRevision(last));
      for (const { id } of events) {
        if (this.eventIds.has(id) || ids.has(id)) throw new Error(`duplicate event id ${id} in append to ${stream}`);
        ids.add(id);
      }
    }
    const recordedAt = this.clock.now();
    const results = pending.map(({ stream, events }) => {
      const existing = this.streams.get(stream) ?? [];
      const recorded = events.map((event, i): RecordedEvent => ({
        id: event.id,
        stream,
        revision: existing.length + i,
        position: positionAt(this.log.length + i),
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        tenant: event.metadata.tenant,
        actor: { userId: event.metadata.actor.userId, role: event.metadata.actor.role, ...(event.metadata.actor.name !== undefined ? { name: event.metadata.actor.name } : {}) },
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId ?? null,
        recordedAt: new Date(recordedAt),
        data: viaJson(event.data),
      }));
      this.log.push(...recorded);
      this.streams.set(stream, [...existing, ...recorded]);
      const lastEvent = recorded[recorded.length - 1];
      return { nextExpectedRevision: lastEvent.revision, position: { ...lastEvent.position } };
    });
    for (const id of ids) this.eventIds.add(id);
    if (results.length > 0) for (const listener of this.listeners) listener();
    return results;
  }

  private source(options: SubscribeToAllOptions): CatchUpSource {
    let listener: (() => void) | undefined;
    return {
      open: async (wake) => {
        listener = wake;
        this.listeners.add(wake);
      },
      read: async (after, limit): Promise<CatchUpRead> => {
        const events: RecordedEvent[] = [];
        let index = indexAfter(after);
        for (; index < this.log.length && events.length < limit; index += 1) {
          if (matchesFilter(options.filter, this.log[index])) events.push(copy(this.log[index]));
        }
        return { events, full: events.length === limit && index < this.log.length, horizon: BigInt(index), heldBack: false };
      },
      target: async () => BigInt(this.log.length),
      close: async () => {
        if (listener) this.listeners.delete(listener);
      },
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event store is closed');
  }
}
