import type { EventStore, RecordedEvent, RetryParkedResult, RetryParkedTarget } from '@jejak/event-store';
import type { Pool, PoolClient } from 'pg';
import type { EventTransport } from '../transport.port';
import type { MappedOutcome } from './outbox-relay';
import type { OutboxParkedStore } from './outbox-parked.store';

/** What a retry needs of the relay: its name, its parked table, its mapping and its parking lock. */
export interface RetryingRelay {
  readonly name: string;
  readonly parkedStore: OutboxParkedStore;
  mapOne(event: RecordedEvent): Promise<MappedOutcome>;
  lockParking(client: PoolClient): Promise<void>;
}

export class ParkedOutboxEventNotFoundError extends Error {
  constructor(
    readonly relay: string,
    readonly eventId: string,
  ) {
    super(`${relay}: no parked event ${eventId}`);
    this.name = 'ParkedOutboxEventNotFoundError';
  }
}

/**
 * Publishes parked events stream by stream, each stream in its own transaction under the relay's
 * parking lock (so no live batch parks behind a stream while it is being released): map, publish,
 * remove. A stream stops at its first event that fails again (attempts + 1, new error; the rest
 * waits behind it). A publish failure rolls the stream back: its events stay parked, and those
 * already published are published again next time with the same ids (consumers deduplicate).
 */
export async function retryParkedOutbox(
  relay: RetryingRelay,
  pool: Pool,
  store: EventStore,
  transport: EventTransport,
  target: RetryParkedTarget,
): Promise<Omit<RetryParkedResult, 'remaining'>> {
  const all = await relay.parkedStore.list(pool, relay.name);
  let streams: string[];
  if (target === 'all') streams = [...new Set(all.map((p) => p.stream))];
  else {
    const row = all.find((p) => p.eventId === target.eventId);
    if (!row) throw new ParkedOutboxEventNotFoundError(relay.name, target.eventId);
    streams = [row.stream];
  }
  const retried: string[] = [];
  const failed: RetryParkedResult['failed'] = [];
  for (const stream of streams) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await relay.lockParking(client);
      const rows = (await relay.parkedStore.list(client, relay.name)).filter((p) => p.stream === stream);
      const done: string[] = [];
      if (rows.length > 0) {
        const recorded = await store.readStream(stream, { fromRevision: rows[0].revision });
        const byId = new Map(recorded.map((e) => [e.id, e]));
        for (const [index, row] of rows.entries()) {
          const event = byId.get(row.eventId);
          const outcome: MappedOutcome = event ? await relay.mapOne(event) : { error: new Error(`event ${row.eventId} is no longer in stream ${stream}`) };
          if ('error' in outcome) {
            await relay.parkedStore.recordFailedRetry(client, relay.name, row, outcome.error, rows.slice(index + 1));
            failed.push({ eventId: row.eventId, error: outcome.error.message });
            break;
          }
          if ('publish' in outcome) await transport.publish(outcome.publish.topic, [outcome.publish.event]);
          await relay.parkedStore.unpark(client, relay.name, row.eventId);
          done.push(row.eventId);
        }
      }
      await client.query('COMMIT');
      retried.push(...done);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return { retried, failed };
}
