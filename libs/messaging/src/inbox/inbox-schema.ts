import { ident, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';

const ready = new WeakMap<Pool, Map<string, Promise<void>>>();

/** Creates `<schema>.inbox_processed` once per pool and schema (idempotent, serialised by an advisory lock). */
export function ensureInboxSchema(pool: Pool, schema: string): Promise<void> {
  let bySchema = ready.get(pool);
  if (!bySchema) ready.set(pool, (bySchema = new Map()));
  let promise = bySchema.get(schema);
  if (!promise) {
    const s = ident(schema);
    promise = withTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jejak_inbox.schema:${schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${s}.inbox_processed (
          consumer text NOT NULL,
          message_id text NOT NULL,
          processed_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (consumer, message_id)
        )`);
    }).catch((error) => {
      bySchema.delete(schema);
      throw error;
    });
    bySchema.set(schema, promise);
  }
  return promise;
}
