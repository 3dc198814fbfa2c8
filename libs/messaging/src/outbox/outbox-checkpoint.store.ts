import type { LogPosition } from '@jejak/event-store';
import { START } from '@jejak/event-store';
import { ident, Sql, withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';
import { OutboxParkedStore } from './outbox-parked.store';

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
      // The recorded time of the last published event (the lag metric); later than the first version.
      await client.query(`ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS last_recorded_at timestamptz`);
      await client.query(new OutboxParkedStore(this.schema).ddl());
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

  async save(sql: Sql, relay: string, position: LogPosition, recordedAt?: Date): Promise<void> {
    await sql.query(
      `INSERT INTO ${this.table} (relay, "commit", "prepare", last_recorded_at) VALUES ($1, $2::numeric, $3::numeric, $4)
       ON CONFLICT (relay) DO UPDATE SET "commit" = EXCLUDED."commit", "prepare" = EXCLUDED."prepare", updated_at = now(),
         last_recorded_at = COALESCE(EXCLUDED.last_recorded_at, ${this.table}.last_recorded_at)`,
      [relay, position.commit.toString(), position.prepare.toString(), recordedAt ?? null],
    );
  }

  /** The recorded time of the last event the relay moved its checkpoint over, when known. */
  async lastRecordedAt(sql: Sql, relay: string): Promise<Date | null> {
    const { rows } = await sql.query<{ last_recorded_at: Date | null }>(`SELECT last_recorded_at FROM ${this.table} WHERE relay = $1`, [relay]);
    return rows[0]?.last_recorded_at ?? null;
  }

  /** Forgets a relay's checkpoint: it republishes from the start (consumers deduplicate). */
  async reset(relay: string): Promise<void> {
    await this.ensureSchema();
    await this.pool.query(`DELETE FROM ${this.table} WHERE relay = $1`, [relay]);
  }
}
