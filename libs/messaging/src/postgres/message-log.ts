import type { IntegrationEvent } from '@jejak/contracts';
import { ident, Sql } from '@jejak/postgres';
import type { PoolClient } from 'pg';
import type { LogOffset } from './log-offset';
import { LOG_START } from './log-offset';

export interface LogRecord {
  offset: LogOffset;
  topic: string;
  partitionKey: string;
  event: IntegrationEvent;
  headers: Record<string, string>;
}

export interface NewLogRecord {
  partitionKey: string;
  event: IntegrationEvent;
  headers: Record<string, string>;
}

/** Aliased so ORDER BY never sorts by the text form of the columns. */
interface OffsetRow {
  tx: string;
  seq: string;
}

const toOffset = (row: OffsetRow): LogOffset => ({ transactionId: BigInt(row.tx), sequence: BigInt(row.seq) });

/** Rows per INSERT statement (4 parameters each, well under PostgreSQL's 65535). */
const INSERT_CHUNK = 1000;

/** The SQL of the PostgreSQL log, in one schema. The NOTIFY channel is the schema name. */
export class MessageLog {
  private readonly s: string;

  constructor(readonly schema: string) {
    this.s = ident(schema);
  }

  get channel(): string {
    return this.schema;
  }

  /** Appends in order and notifies listeners on commit. Call inside a transaction. */
  async append(client: PoolClient, topic: string, records: NewLogRecord[]): Promise<void> {
    for (let start = 0; start < records.length; start += INSERT_CHUNK) {
      const chunk = records.slice(start, start + INSERT_CHUNK);
      const params: unknown[] = [];
      const values = chunk.map((record) => {
        params.push(topic, record.partitionKey, JSON.stringify(record.event), JSON.stringify(record.headers));
        const n = params.length;
        return `($${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
      });
      await client.query(`INSERT INTO ${this.s}.messages (topic, partitionkey, event, headers) VALUES ${values.join(', ')}`, params);
    }
    await client.query('SELECT pg_notify($1, $2)', [this.channel, topic]);
  }

  /**
   * Messages after `after`, in log order, written by transactions older than every transaction
   * still running: a message that becomes visible later can never sort before one already read.
   */
  async readAfter(sql: Sql, topic: string, after: LogOffset, limit: number): Promise<LogRecord[]> {
    const { rows } = await sql.query<OffsetRow & { partitionkey: string; event: IntegrationEvent; headers: Record<string, string> }>(
      `SELECT transaction_id::text AS tx, sequence::text AS seq, partitionkey, event, headers
         FROM ${this.s}.messages
        WHERE topic = $1
          AND (transaction_id, sequence) > ($2::text::xid8, $3::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY transaction_id, sequence
        LIMIT $4`,
      [topic, after.transactionId.toString(), after.sequence.toString(), limit],
    );
    return rows.map((row) => ({ offset: toOffset(row), topic, partitionKey: row.partitionkey, event: row.event, headers: row.headers }));
  }

  /** True when committed messages after `after` exist that the visibility horizon still holds back. */
  async heldBack(sql: Sql, topic: string, after: LogOffset): Promise<boolean> {
    const { rows } = await sql.query<{ held: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM ${this.s}.messages
          WHERE topic = $1
            AND (transaction_id, sequence) > ($2::text::xid8, $3::bigint)
            AND transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
       ) AS held`,
      [topic, after.transactionId.toString(), after.sequence.toString()],
    );
    return rows[0].held;
  }

  /** The last message of the topic (committed, whatever the horizon), or null. */
  async tail(sql: Sql, topic: string, belowHorizon = false): Promise<LogOffset | null> {
    const horizon = belowHorizon ? 'AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())' : '';
    const { rows } = await sql.query<OffsetRow>(
      `SELECT transaction_id::text AS tx, sequence::text AS seq FROM ${this.s}.messages
        WHERE topic = $1 ${horizon} ORDER BY transaction_id DESC, sequence DESC LIMIT 1`,
      [topic],
    );
    return rows.length ? toOffset(rows[0]) : null;
  }

  /** Registers (group, topic) if new and returns the row id that keys its lease lock. */
  async registerGroup(sql: Sql, group: string, topic: string, start: LogOffset): Promise<number> {
    await sql.query(
      `INSERT INTO ${this.s}.consumer_offsets (group_id, topic, transaction_id, sequence)
       VALUES ($1, $2, $3::text::xid8, $4) ON CONFLICT (group_id, topic) DO NOTHING`,
      [group, topic, start.transactionId.toString(), start.sequence.toString()],
    );
    const { rows } = await sql.query<{ id: number }>(`SELECT id FROM ${this.s}.consumer_offsets WHERE group_id = $1 AND topic = $2`, [group, topic]);
    return rows[0].id;
  }

  async committedOffset(sql: Sql, id: number): Promise<LogOffset> {
    const { rows } = await sql.query<OffsetRow>(
      `SELECT transaction_id::text AS tx, sequence::text AS seq FROM ${this.s}.consumer_offsets WHERE id = $1`,
      [id],
    );
    return rows.length ? toOffset(rows[0]) : LOG_START;
  }

  async commit(sql: Sql, id: number, offset: LogOffset): Promise<void> {
    await sql.query(`UPDATE ${this.s}.consumer_offsets SET transaction_id = $2::text::xid8, sequence = $3, updated_at = now() WHERE id = $1`, [
      id,
      offset.transactionId.toString(),
      offset.sequence.toString(),
    ]);
  }

  /** Session-level lease on (group, topic): held by the active member, released when its connection ends. */
  async tryLease(client: PoolClient, id: number): Promise<boolean> {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), $2) AS locked', [this.leaseNamespace, id]);
    return rows[0].locked;
  }

  async releaseLease(client: PoolClient, id: number): Promise<void> {
    await client.query('SELECT pg_advisory_unlock(hashtext($1), $2)', [this.leaseNamespace, id]);
  }

  private get leaseNamespace(): string {
    return `jejak_transport.lease:${this.schema}`;
  }
}
