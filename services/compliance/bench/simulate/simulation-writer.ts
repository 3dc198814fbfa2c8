import { PostgresEventStore } from '@jejak/event-store';
import { ident, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';
import type { SimulatedAppend } from './year-simulator';

/** Compliance's event store schema (`schemaFor('compliance', 'es')`). */
export const COMPLIANCE_EVENT_SCHEMA = 'compliance_es';

export interface WriteOptions {
  /** Default `compliance_es`. */
  schema?: string;
  /** Appends per transaction; default 500. Each append keeps its own stream revision check. */
  batchSize?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface WriteResult {
  appends: number;
  events: number;
  seconds: number;
}

/**
 * Appends a simulation to a PostgreSQL event store, in its order, with optimistic concurrency on every stream (a
 * second run into the same store fails on the first stream instead of doubling it). Each event's `recordedAt` is
 * the simulated instant it was recorded, so the stored log is the same on every run but for positions.
 */
export async function writeSimulation(pool: Pool, appends: readonly SimulatedAppend[], options: WriteOptions = {}): Promise<WriteResult> {
  const started = Date.now();
  let now = new Date(0);
  const store = await PostgresEventStore.create(pool, { schema: options.schema ?? COMPLIANCE_EVENT_SCHEMA, clock: { now: () => now } });
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let written = 0;
  let events = 0;
  try {
    for (let from = 0; from < appends.length; from += batchSize) {
      const batch = appends.slice(from, from + batchSize);
      await withTransaction(pool, async (client) => {
        for (const append of batch) {
          now = new Date(append.at);
          await store.append(append.stream, append.events, { expectedRevision: append.expectedRevision < 0 ? 'no_stream' : append.expectedRevision, client });
          events += append.events.length;
        }
      });
      written += batch.length;
      options.onProgress?.(written, appends.length);
    }
  } finally {
    await store.close();
  }
  return { appends: written, events, seconds: (Date.now() - started) / 1000 };
}

/** Events already in the store (0 when its schema does not exist yet). */
export async function countStoredEvents(pool: Pool, schema: string = COMPLIANCE_EVENT_SCHEMA): Promise<number> {
  const exists = await pool.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [`${ident(schema)}.events`]);
  if (!exists.rows[0].present) return 0;
  const count = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(schema)}.events`);
  return Number(count.rows[0].n);
}

/** Drops the store's schema (and so every event in it). For the simulator's own databases only. */
export async function dropEventStore(pool: Pool, schema: string = COMPLIANCE_EVENT_SCHEMA): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
}
