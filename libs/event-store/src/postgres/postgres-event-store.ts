import { randomIds, type Clock, type IdGenerator } from '@jejak/domain-kit';
import type { Sql } from '@jejak/postgres';
import type { Pool, PoolClient } from 'pg';
import { TransactionOrderConflictError, WrongExpectedRevisionError } from '../errors';
import {
  START,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
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
import { CatchUpSubscription } from '../subscription/catch-up-subscription';
import { withOrderRetries } from '../unit-of-work/run-unit-of-work';
import { PostgresCatchUpSource } from './postgres-catch-up.source';
import { PostgresUnitOfWork } from './postgres-unit-of-work';
import { toAppendElement, toPosition, toRecordedEvent, type EventRow } from './postgres-event.mapper';
import { ensureEventStoreSchema, eventStoreTables, type EventStoreTables } from './postgres-event-store.schema';
import { appendStatement, readAllStatement, readStreamStatement, streamHeadStatement } from './postgres-event-store.sql';

export interface PostgresEventStoreOptions {
  /** When given, `recordedAt` comes from it; otherwise from the database clock at write time. */
  clock?: Clock;
  /** Event ids for events that come without one; default random UUIDs. */
  ids?: IdGenerator;
  /** Fallback poll of idle subscriptions, in ms; default 1000. LISTEN/NOTIFY wakes them sooner. */
  pollIntervalMs?: number;
  /** First retry when committed events are held back by the visibility horizon; default 5 ms, doubling. */
  heldBackRetryMs?: number;
}

export interface PostgresAppendOptions {
  expectedRevision?: ExpectedRevision;
  /**
   * Append through this client, e.g. inside the caller's own transaction: the events become
   * visible (and subscribers are notified) when the caller commits, and vanish if it rolls back.
   * A wrong expected revision throws without aborting the caller's transaction.
   */
  client?: Sql;
}

interface AppendRow {
  appended: number;
  revision: number | null;
  global_position: string | null;
  transaction_id: string | null;
}

interface HeadRow {
  revision: number;
  transaction_id: string | null;
  global_position: string | null;
}

const MAX_REVISION = 2_147_483_647;
const MAX_ORDER_RETRIES = 5;

/**
 * The default event store: one schema per service in PostgreSQL. See `postgres-event-store.sql.ts`
 * for the append and the horizon-bounded global read.
 */
export class PostgresEventStore implements EventStore {
  readonly tables: EventStoreTables;
  /** A unit of work is one transaction on one pool client; SQL writes share it. */
  readonly capabilities: EventStoreCapabilities = Object.freeze({ multiStreamUnitOfWork: true, sqlInUnitOfWork: true });
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private closed = false;

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.tables = eventStoreTables(schema);
  }

  /** Creates the store and its tables (idempotent, safe to race). */
  static async create(pool: Pool, options: PostgresEventStoreOptions & { schema: string }): Promise<PostgresEventStore> {
    const { schema, ...rest } = options;
    const store = new PostgresEventStore(pool, schema, rest);
    await store.ensureSchema();
    return store;
  }

  ensureSchema(): Promise<void> {
    return ensureEventStoreSchema(this.pool, this.tables);
  }

  async append(stream: string, events: NewEvent[], options: PostgresAppendOptions = {}): Promise<AppendResult> {
    this.assertOpen();
    const expected = options.expectedRevision ?? 'any';
    assertValidExpectedRevision(expected);
    const sql: Sql = options.client ?? this.pool;
    if (events.length === 0) return this.checkOnly(sql, stream, expected);

    const ids = this.options.ids ?? randomIds;
    const elements = events.map((event) => toAppendElement(event, event.id ?? ids.next()));
    const statement = appendStatement(this.tables, expected);
    const values: unknown[] = [
      stream,
      events.length,
      this.options.clock ? this.options.clock.now() : null,
      JSON.stringify(elements),
      this.tables.channel,
    ];
    if (typeof expected === 'number') values.push(expected);
    // When the append is its own transaction, an order conflict is retried at once: a new
    // transaction's id is newer than every transaction that already committed to the stream.
    for (let attempt = 1; ; attempt += 1) {
      const { rows } = await sql.query<AppendRow>({ name: statement.name, text: statement.text, values });
      const row = rows[0];
      if (row.appended > 0 && row.revision !== null && row.global_position !== null && row.transaction_id !== null) {
        return { nextExpectedRevision: row.revision, position: toPosition(row.transaction_id, row.global_position) };
      }
      const head = await this.head(sql, stream);
      const last = head ? head.revision : -1;
      if (!satisfiesExpectedRevision(expected, last)) throw new WrongExpectedRevisionError(stream, expected, actualRevision(last));
      if (options.client || attempt >= MAX_ORDER_RETRIES) throw new TransactionOrderConflictError(stream);
    }
  }

  /**
   * One transaction on one pool client: `uow.append` goes through the append path above with
   * that client, `uow.readStream` and `uow.sql` use it too. An order conflict
   * (TransactionOrderConflictError) cannot be retried inside the transaction: `retries` re-runs
   * the whole work in a new one.
   */
  async unitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>, options: UnitOfWorkOptions = {}): Promise<T> {
    this.assertOpen();
    const retries = options.retries ?? 0;
    if (options.within) {
      if (retries !== 0) throw new RangeError('a unit of work within the caller\'s transaction cannot be retried by the store (retries must be 0)');
      return this.runUnit(options.within, work);
    }
    return withOrderRetries(retries, options.signal, async () => {
      const client: PoolClient = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        try {
          const result = await this.runUnit(client, work);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: Error) => {
            broken = rollbackError;
          });
          throw error;
        }
      } finally {
        client.release(broken);
      }
    });
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.readStreamWith(this.pool, stream, options);
  }

  /** `readStream` through a given connection (a unit of work's client sees its own appends). */
  async readStreamWith(sql: Sql, stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const direction = options.direction ?? 'forwards';
    const from = options.fromRevision ?? (direction === 'forwards' ? 0 : MAX_REVISION);
    const { rows } = await sql.query<EventRow>(readStreamStatement(this.tables, direction), [
      stream,
      Math.min(Math.max(from, -1), MAX_REVISION),
      options.maxCount ?? null,
    ]);
    return rows.map(toRecordedEvent);
  }

  /** The global log after `options.after`, below the visibility horizon (see `readAllStatement`). */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { text, values } = readAllStatement(this.tables, { after: options.after, maxCount: options.maxCount });
    const { rows } = await this.pool.query<Partial<EventRow>>(text, values);
    return rows.filter((row) => row.global_position != null).map((row) => toRecordedEvent(row as EventRow));
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      new PostgresCatchUpSource(this.pool, this.tables, options.filter),
      options,
      { pollIntervalMs: this.options.pollIntervalMs ?? 1000, heldBackRetryMs: this.options.heldBackRetryMs ?? 5 },
      (finished) => this.subscriptions.delete(finished),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Stops every subscription of this store. The pool belongs to the caller and stays open. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  private async runUnit<T>(client: Sql, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const uow = new PostgresUnitOfWork(this, client);
    try {
      return await work(uow);
    } finally {
      uow.close();
    }
  }

  private async checkOnly(sql: Sql, stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const head = await this.head(sql, stream);
    const last = head ? head.revision : -1;
    if (!satisfiesExpectedRevision(expected, last)) throw new WrongExpectedRevisionError(stream, expected, actualRevision(last));
    const position = head?.transaction_id && head.global_position ? toPosition(head.transaction_id, head.global_position) : START;
    return { nextExpectedRevision: last, position };
  }

  private async head(sql: Sql, stream: string): Promise<HeadRow | undefined> {
    const { rows } = await sql.query<HeadRow>(streamHeadStatement(this.tables), [stream]);
    return rows[0];
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the event store is closed');
  }
}
