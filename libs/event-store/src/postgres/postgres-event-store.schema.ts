import { ident, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';

/** Qualified names of one event store's tables, and its notification channel. */
export interface EventStoreTables {
  schema: string;
  events: string;
  streams: string;
  /** LISTEN/NOTIFY channel: `<schema>_events`. */
  channel: string;
}

export function eventStoreTables(schema: string): EventStoreTables {
  const quoted = ident(schema);
  // A channel name is an identifier: at most 63 bytes, and pg_notify() does not truncate.
  if (schema.length > 56) throw new Error(`event store schema name too long (max 56): ${schema}`);
  return { schema, events: `${quoted}.events`, streams: `${quoted}.streams`, channel: `${schema}_events` };
}

/**
 * The event store's DDL. Idempotent. `transaction_id` is the writing transaction's id: the global
 * log is read in (transaction_id, global_position) order below the visibility horizon, so a slow
 * transaction's events are never skipped (see ensure below and the stress test).
 */
export function eventStoreDdl(tables: EventStoreTables): string[] {
  const { events, streams } = tables;
  return [
    `CREATE SCHEMA IF NOT EXISTS ${ident(tables.schema)}`,
    `CREATE TABLE IF NOT EXISTS ${streams} (
      stream_id text PRIMARY KEY,
      revision integer NOT NULL CHECK (revision >= 0),
      last_transaction_id xid8
    )`,
    // The transaction that wrote the stream last: an append by an OLDER transaction is refused (see appendStatement).
    `ALTER TABLE ${streams} ADD COLUMN IF NOT EXISTS last_transaction_id xid8`,
    `CREATE TABLE IF NOT EXISTS ${events} (
      global_position bigserial PRIMARY KEY,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      event_id uuid NOT NULL,
      stream_id text NOT NULL,
      revision integer NOT NULL CHECK (revision >= 0),
      type text NOT NULL,
      schema_version integer NOT NULL DEFAULT 1,
      tenant text NOT NULL,
      actor_user_id text NOT NULL,
      actor_role text NOT NULL,
      actor_name text,
      correlation_id text NOT NULL,
      causation_id text,
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      data jsonb NOT NULL,
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
    )`,
    `CREATE INDEX IF NOT EXISTS events_log_order_idx ON ${events} (transaction_id, global_position)`,
    `CREATE INDEX IF NOT EXISTS events_correlation_idx ON ${events} (correlation_id)`,
    `CREATE INDEX IF NOT EXISTS events_tenant_recorded_idx ON ${events} (tenant, recorded_at)`,
  ];
}

/**
 * Creates the schema and tables if missing. Safe to call concurrently from several processes:
 * the DDL runs under a transaction-scoped advisory lock keyed on the schema name.
 */
export async function ensureEventStoreSchema(pool: Pool, tables: EventStoreTables): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jejak.event-store:${tables.schema}`]);
    for (const statement of eventStoreDdl(tables)) await client.query(statement);
  });
}
