import { ident, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';

export const DEFAULT_TRANSPORT_SCHEMA = 'jejak_transport';

/**
 * The log and the consumer-group offsets. Created idempotently; an advisory lock serialises
 * concurrent creators (CREATE ... IF NOT EXISTS alone can fail under concurrency).
 */
export async function ensureTransportSchema(pool: Pool, schema: string): Promise<void> {
  const s = ident(schema);
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jejak_transport.schema:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${s}.messages (
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        sequence bigint GENERATED ALWAYS AS IDENTITY,
        topic text NOT NULL,
        partitionkey text NOT NULL,
        event jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic, transaction_id, sequence)
      )`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${s}.consumer_offsets (
        id integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        group_id text NOT NULL,
        topic text NOT NULL,
        transaction_id xid8 NOT NULL,
        sequence bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, topic)
      )`);
  });
}
