import type { LogPosition } from '@jejak/event-store';
import { START } from '@jejak/event-store';
import { ident, Sql, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';

/**
 * `<schema>.outbox_checkpoints (relay, commit, prepare)`: the last event-store position a relay has
 * published. numeric(20) holds any unsigned 64-bit position and the START sentinel (-1).
 */
export class OutboxCheckpointStore {
  private readonly table: string;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly pool: Pool,
    readonly schema: string,
  ) {
    this.table = `${ident(schema)}.outbox_checkpoints`;
  }

  ensureSchema(): Promise<void> {
    this.ready ??= withTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`jejak_outbox.schema:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(this.schema)}`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${this.table} (
          relay text PRIMARY KEY,
          "commit" numeric(20, 0) NOT NULL,
          "prepare" numeric(20, 0) NOT NULL,
          updated_at timestamptz NOT NULL DEFAULT now()
        )`);
    }).catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async load(sql: Sql, relay: string): Promise<LogPosition> {
    const { rows } = await sql.query<{ commit: string; prepare: string }>(
      `SELECT "commit"::text AS commit, "prepare"::text AS prepare FROM ${this.table} WHERE relay = $1`,
      [relay],
    );
    return rows.length ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : START;
  }

  async save(sql: Sql, relay: string, position: LogPosition): Promise<void> {
    await sql.query(
      `INSERT INTO ${this.table} (relay, "commit", "prepare") VALUES ($1, $2::numeric, $3::numeric)
       ON CONFLICT (relay) DO UPDATE SET "commit" = EXCLUDED."commit", "prepare" = EXCLUDED."prepare", updated_at = now()`,
      [relay, position.commit.toString(), position.prepare.toString()],
    );
  }

  /** Forgets a relay's checkpoint: it republishes from the start (consumers deduplicate). */
  async reset(relay: string): Promise<void> {
    await this.ensureSchema();
    await this.pool.query(`DELETE FROM ${this.table} WHERE relay = $1`, [relay]);
  }
}
