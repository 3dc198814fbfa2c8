import { randomIds, type IdGenerator } from '@jejak/domain-kit';
import type * as Kurrent from '@kurrent/kurrentdb-client';
import { UnitOfWorkNotSupportedError, WrongExpectedRevisionError } from '../errors';
import {
  comparePositions,
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
import { fromCurrentState, fromKurrentEvent, isSystemEvent, toKurrentData, toKurrentMetadata, toLogPosition, toStreamState } from './kurrentdb-event.mapper';
import { KurrentDbSubscription } from './kurrentdb-subscription';
import { BufferedUnitOfWork, type PendingAppend } from '../unit-of-work/buffered-unit-of-work';
import { rejectWithin, withOrderRetries } from '../unit-of-work/run-unit-of-work';

type KurrentModule = typeof Kurrent;

/** gRPC status of a method the server does not have (a server older than the client's feature). */
const GRPC_UNIMPLEMENTED = 12;

export interface KurrentDbEventStoreOptions {
  /** Event ids for events that come without one; default random UUIDs. */
  ids?: IdGenerator;
}

/**
 * Event store on KurrentDB through `@kurrent/kurrentdb-client`: a thin mapping of the port onto
 * appendToStream / readStream / readAll / subscribeToAll. Positions are KurrentDB's own
 * {commit, prepare}; `recordedAt` is the server's `created` time (no injected clock here).
 * The client module is loaded on `connect`, so services on PostgreSQL never load it.
 */
export class KurrentDbEventStore implements EventStore {
  /**
   * A unit of work is buffered and committed with `multiStreamAppend` (one atomic append to several
   * streams; KurrentDB server 25.1 or later). No SQL: `uow.sql` is undefined.
   */
  readonly capabilities: EventStoreCapabilities = Object.freeze({ multiStreamUnitOfWork: true, sqlInUnitOfWork: false });
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private readonly ids: IdGenerator;

  constructor(
    private readonly kurrent: KurrentModule,
    readonly client: Kurrent.KurrentDBClient,
    options: KurrentDbEventStoreOptions = {},
  ) {
    this.ids = options.ids ?? randomIds;
  }

  /** `connectionString`, e.g. `kurrentdb://localhost:2113?tls=false`. */
  static async connect(connectionString: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    const kurrent = await import('@kurrent/kurrentdb-client');
    return new KurrentDbEventStore(kurrent, kurrent.KurrentDBClient.connectionString(connectionString), options);
  }

  async append(stream: string, events: NewEvent[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    assertValidExpectedRevision(expected);
    if (events.length === 0) return this.checkOnly(stream, expected);
    const data = this.toEventData(events);
    try {
      const result = await this.client.appendToStream(stream, data, { streamState: toStreamState(expected) });
      const position = result.position ? toLogPosition(result.position) : ((await this.last(stream))?.position ?? START);
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position };
    } catch (error) {
      if (error instanceof this.kurrent.WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(stream, expected, fromCurrentState(error.actualState));
      }
      throw error;
    }
  }

  async unitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>, options: UnitOfWorkOptions = {}): Promise<T> {
    rejectWithin('KurrentDbEventStore', options);
    return withOrderRetries(options.retries ?? 0, options.signal, async () => {
      const uow = new BufferedUnitOfWork(
        'KurrentDbEventStore',
        { readStream: (s, o) => this.readStream(s, o), lastRevision: async (s) => (await this.last(s))?.revision ?? -1 },
        this.ids,
        () => new Date(),
      );
      let result: T;
      try {
        result = await work(uow);
      } catch (error) {
        uow.close();
        throw error;
      }
      await this.commit(uow.close());
      return result;
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(stream, {
        direction: backwards ? this.kurrent.BACKWARDS : this.kurrent.FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(Math.max(0, options.fromRevision)) : backwards ? this.kurrent.END : this.kurrent.START,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(fromKurrentEvent(resolved.event, this.commitOnly(resolved.commitPosition)));
      }
    } catch (error) {
      if (error instanceof this.kurrent.StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const max = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (max <= 0) return [];
    const after = options.after && options.after.commit >= 0n ? options.after : undefined;
    const events: RecordedEvent[] = [];
    const read = this.client.readAll({
      fromPosition: after ?? this.kurrent.START,
      direction: this.kurrent.FORWARDS,
      filter: this.kurrent.excludeSystemEvents(),
    });
    for await (const resolved of read) {
      const event = resolved.event;
      if (!event || isSystemEvent(event)) continue;
      // fromPosition is inclusive for reads; our `after` is exclusive.
      if (after && comparePositions(toLogPosition(event.position), after) <= 0) continue;
      events.push(fromKurrentEvent(event));
      if (events.length >= max) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new KurrentDbSubscription(this.client, () => this.lastPositionOfAll(), options, (finished) =>
      this.subscriptions.delete(finished),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await this.client.dispose();
  }

  /** One stream: the ordinary append. Several: one `multiStreamAppend`, all or nothing. */
  private async commit(pending: PendingAppend[]): Promise<void> {
    if (pending.length === 0) return;
    if (pending.length === 1) {
      await this.append(pending[0].stream, pending[0].events, { expectedRevision: pending[0].expectedRevision });
      return;
    }
    const requests = pending.map(({ stream, expectedRevision, events }) => ({
      streamName: stream,
      expectedState: toStreamState(expectedRevision),
      events: this.toEventData(events),
    }));
    try {
      await this.client.multiStreamAppend(requests);
    } catch (error) {
      if (error instanceof this.kurrent.WrongExpectedVersionError) {
        const failed = pending.find((p) => p.stream === error.streamName);
        throw new WrongExpectedRevisionError(error.streamName, failed?.expectedRevision ?? 'any', fromCurrentState(error.actualState));
      }
      if (error instanceof this.kurrent.UnsupportedError || (error as { code?: unknown }).code === GRPC_UNIMPLEMENTED) {
        throw new UnitOfWorkNotSupportedError('KurrentDbEventStore', `appends to several streams at once (multiStreamAppend needs KurrentDB 25.1 or later): ${String((error as Error).message)}`);
      }
      throw error;
    }
  }

  private toEventData(events: NewEvent[]): Kurrent.EventData[] {
    return events.map((event) =>
      this.kurrent.jsonEvent({
        id: event.id ?? this.ids.next(),
        type: event.type,
        data: toKurrentData(event.data),
        metadata: { ...toKurrentMetadata(event) },
      }),
    );
  }

  private async checkOnly(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await this.last(stream);
    const revision = last ? last.revision : -1;
    if (!satisfiesExpectedRevision(expected, revision)) throw new WrongExpectedRevisionError(stream, expected, actualRevision(revision));
    return { nextExpectedRevision: revision, position: last?.position ?? START };
  }

  private async last(stream: string): Promise<RecordedEvent | undefined> {
    const [last] = await this.readStream(stream, { direction: 'backwards', maxCount: 1 });
    return last;
  }

  /** The position of the last record in `$all` (system events included), for `caughtUp()`. */
  private async lastPositionOfAll(): Promise<LogPosition | undefined> {
    for await (const resolved of this.client.readAll({ direction: this.kurrent.BACKWARDS, fromPosition: this.kurrent.END, maxCount: 1 })) {
      if (resolved.event?.position) return toLogPosition(resolved.event.position);
    }
    return undefined;
  }

  private commitOnly(commit: bigint | undefined): LogPosition | undefined {
    return commit === undefined ? undefined : { commit, prepare: commit };
  }
}
