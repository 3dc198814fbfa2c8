import { blockedReason, type ParkedEvent, type RecordedEvent } from '@jejak/event-store';
import { ident, type Sql } from '@jejak/postgres';

/** A poison event (its error), or an event parked behind the poison event of its stream. */
export type OutboxParkReason = { error: Error } | { blockedBy: string };

interface ParkedRow {
  relay: string;
  event_id: string;
  stream: string;
  revision: number;
  commit: string;
  prepare: string;
  event_type: string;
  tenant: string;
  recorded_at: Date;
  reason: string;
  blocked_by: string | null;
  error_stack: string | null;
  parked_at: Date;
  last_attempt_at: Date;
  attempts: number;
}

/**
 * `<schema>.outbox_parked_events`, next to `outbox_checkpoints`: domain events a relay could not map
 * (or whose integration event is invalid), and the later events of their streams parked behind them.
 */
export class OutboxParkedStore {
  readonly table: string;

  constructor(readonly schema: string) {
    this.table = `${ident(schema)}.outbox_parked_events`;
  }

  ddl(): string {
    return `
      CREATE TABLE IF NOT EXISTS ${this.table} (
        relay text NOT NULL,
        event_id text NOT NULL,
        stream text NOT NULL,
        revision integer NOT NULL,
        "commit" numeric(20, 0) NOT NULL,
        "prepare" numeric(20, 0) NOT NULL,
        event_type text NOT NULL,
        tenant text NOT NULL,
        recorded_at timestamptz NOT NULL,
        reason text NOT NULL,
        blocked_by text,
        error_stack text,
        parked_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 1,
        PRIMARY KEY (relay, event_id)
      )`;
  }

  /** The parked poison event of each of these streams. */
  async blockers(sql: Sql, relay: string, streams: string[]): Promise<Map<string, string>> {
    if (streams.length === 0) return new Map();
    const { rows } = await sql.query<{ stream: string; event_id: string }>(
      `SELECT DISTINCT ON (stream) stream, event_id FROM ${this.table}
        WHERE relay = $1 AND stream = ANY($2::text[]) ORDER BY stream, "commit", "prepare"`,
      [relay, streams],
    );
    return new Map(rows.map((r) => [r.stream, r.event_id]));
  }

  async park(sql: Sql, relay: string, event: RecordedEvent, why: OutboxParkReason): Promise<void> {
    const poison = 'error' in why;
    await sql.query(
      `INSERT INTO ${this.table}
         (relay, event_id, stream, revision, "commit", "prepare", event_type, tenant, recorded_at, reason, blocked_by, error_stack, attempts)
       VALUES ($1, $2, $3, $4, $5::numeric, $6::numeric, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (relay, event_id) DO NOTHING`,
      [
        relay,
        event.id,
        event.stream,
        event.revision,
        event.position.commit.toString(),
        event.position.prepare.toString(),
        event.type,
        event.tenant,
        event.recordedAt,
        poison ? why.error.message : blockedReason(why.blockedBy),
        poison ? null : why.blockedBy,
        poison ? (why.error.stack ?? null) : null,
        poison ? 1 : 0,
      ],
    );
  }

  async list(sql: Sql, relay: string): Promise<ParkedEvent[]> {
    const { rows } = await sql.query<ParkedRow>(
      `SELECT relay, event_id, stream, revision, "commit"::text AS commit, "prepare"::text AS prepare, event_type, tenant, recorded_at,
              reason, blocked_by, error_stack, parked_at, last_attempt_at, attempts
         FROM ${this.table} WHERE relay = $1 ORDER BY "commit", "prepare"`,
      [relay],
    );
    return rows.map((r) => ({
      worker: r.relay,
      eventId: r.event_id,
      stream: r.stream,
      revision: r.revision,
      position: { commit: r.commit, prepare: r.prepare },
      eventType: r.event_type,
      tenant: r.tenant,
      recordedAt: r.recorded_at,
      reason: r.reason,
      blockedBy: r.blocked_by,
      errorStack: r.error_stack,
      parkedAt: r.parked_at,
      lastAttemptAt: r.last_attempt_at,
      attempts: r.attempts,
    }));
  }

  async count(sql: Sql, relay: string): Promise<number> {
    const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${this.table} WHERE relay = $1`, [relay]);
    return rows[0].n;
  }

  async unpark(sql: Sql, relay: string, eventId: string): Promise<void> {
    await sql.query(`DELETE FROM ${this.table} WHERE relay = $1 AND event_id = $2`, [relay, eventId]);
  }

  /** A retry failed again: the event keeps its place with the new error; the events after it wait behind it. */
  async recordFailedRetry(sql: Sql, relay: string, event: ParkedEvent, error: Error, behind: ParkedEvent[]): Promise<void> {
    await sql.query(
      `UPDATE ${this.table} SET reason = $3, blocked_by = NULL, error_stack = $4, attempts = attempts + 1, last_attempt_at = now()
        WHERE relay = $1 AND event_id = $2`,
      [relay, event.eventId, error.message, error.stack ?? null],
    );
    if (behind.length === 0) return;
    await sql.query(
      `UPDATE ${this.table} SET reason = $3, blocked_by = $4, error_stack = NULL, last_attempt_at = now()
        WHERE relay = $1 AND event_id = ANY($2::text[])`,
      [relay, behind.map((p) => p.eventId), blockedReason(event.eventId), event.eventId],
    );
  }
}
