import { Client, type Pool } from 'pg';
import type { SubscribeToAllOptions } from '../event-store.port';
import type { CatchUpRead, CatchUpSource } from '../subscription/catch-up-subscription';
import { toRecordedEvent, type EventRow } from './postgres-event.mapper';
import type { EventStoreTables } from './postgres-event-store.schema';
import { CAUGHT_UP_TARGET, readAllStatement } from './postgres-event-store.sql';

type ReadAllRow = Partial<EventRow> & { horizon: string; held_back: boolean };

/**
 * Catch-up source over PostgreSQL: batches come from the pool, below the visibility horizon;
 * live wake-ups come from LISTEN on a dedicated client (not taken from the pool).
 */
export class PostgresCatchUpSource implements CatchUpSource {
  private listener: Client | undefined;
  private listenerError: Error | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly tables: EventStoreTables,
    private readonly filter: SubscribeToAllOptions['filter'],
  ) {}

  async open(wake: () => void): Promise<void> {
    const listener = new Client(this.pool.options);
    this.listener = listener;
    listener.on('notification', (message) => {
      if (message.channel === this.tables.channel) wake();
    });
    listener.on('error', (error) => {
      this.listenerError = error;
      wake();
    });
    await listener.connect();
    await listener.query(`LISTEN "${this.tables.channel}"`);
  }

  async read(after: SubscribeToAllOptions['after'], limit: number): Promise<CatchUpRead> {
    if (this.listenerError) throw this.listenerError;
    const { text, values } = readAllStatement(this.tables, { after, maxCount: limit, filter: this.filter, withHeldBack: true });
    const { rows } = await this.pool.query<ReadAllRow>(text, values);
    const events = rows.filter((row) => row.global_position != null).map((row) => toRecordedEvent(row as EventRow));
    return { events, full: events.length >= limit, horizon: BigInt(rows[0].horizon), heldBack: rows[0].held_back };
  }

  async target(): Promise<bigint> {
    const { rows } = await this.pool.query<{ xmax: string }>(CAUGHT_UP_TARGET);
    return BigInt(rows[0].xmax);
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    if (!listener) return;
    try {
      if (!this.listenerError) await listener.query(`UNLISTEN "${this.tables.channel}"`);
    } finally {
      await listener.end().catch(() => undefined);
    }
  }
}
