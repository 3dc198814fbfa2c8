import { blockedReason, type ParkedEvent, type RecordedEvent } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';

/**
 * `projection_parked_events`, next to `projection_checkpoints` in the projection's schema (the runner's
 * `search_path`): events the projection could not apply, and the events parked behind them on the
 * same stream. A rebuild recomputes it with the read model (the schema is replaced as a whole).
 */
export const PARKED_TABLE = 'projection_parked_events';

export async function ensureParkedTable(manager: EntityManager): Promise<void> {
  await manager.query(
    `CREATE TABLE IF NOT EXISTS ${PARKED_TABLE} (
       worker text NOT NULL,
       event_id text NOT NULL,
       stream text NOT NULL,
       revision integer NOT NULL,
       commit_position numeric(20) NOT NULL,
       prepare_position numeric(20) NOT NULL,
       event_type text NOT NULL,
       tenant text NOT NULL,
       recorded_at timestamptz NOT NULL,
       reason text NOT NULL,
       blocked_by text,
       error_stack text,
       parked_at timestamptz NOT NULL DEFAULT now(),
       last_attempt_at timestamptz NOT NULL DEFAULT now(),
       attempts integer NOT NULL DEFAULT 1,
       PRIMARY KEY (worker, event_id)
     )`,
  );
}

/** The parked poison event of each of these streams (the one the others wait behind). */
export async function blockersOf(manager: EntityManager, worker: string, streams: string[]): Promise<Map<string, string>> {
  if (streams.length === 0) return new Map();
  const rows: { stream: string; event_id: string }[] = await manager.query(
    `SELECT DISTINCT ON (stream) stream, event_id FROM ${PARKED_TABLE}
      WHERE worker = $1 AND stream = ANY($2::text[])
      ORDER BY stream, commit_position, prepare_position`,
    [worker, streams],
  );
  return new Map(rows.map((r) => [r.stream, r.event_id]));
}

/** A poison event (its error), or an event parked behind the poison event of its stream. */
export type ParkReason = { error: Error } | { blockedBy: string };

export async function park(manager: EntityManager, worker: string, event: RecordedEvent, why: ParkReason): Promise<void> {
  await manager.query(
    `INSERT INTO ${PARKED_TABLE}
       (worker, event_id, stream, revision, commit_position, prepare_position, event_type, tenant, recorded_at, reason, blocked_by, error_stack, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (worker, event_id) DO NOTHING`,
    [
      worker,
      event.id,
      event.stream,
      event.revision,
      event.position.commit.toString(),
      event.position.prepare.toString(),
      event.type,
      event.tenant,
      event.recordedAt,
      'error' in why ? why.error.message : blockedReason(why.blockedBy),
      'error' in why ? null : why.blockedBy,
      'error' in why ? (why.error.stack ?? null) : null,
      'error' in why ? 1 : 0, // an event parked behind another was not tried
    ],
  );
}

interface ParkedRow {
  worker: string;
  event_id: string;
  stream: string;
  revision: number;
  commit_position: string;
  prepare_position: string;
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

const toParked = (r: ParkedRow): ParkedEvent => ({
  worker: r.worker,
  eventId: r.event_id,
  stream: r.stream,
  revision: r.revision,
  position: { commit: r.commit_position, prepare: r.prepare_position },
  eventType: r.event_type,
  tenant: r.tenant,
  recordedAt: r.recorded_at,
  reason: r.reason,
  blockedBy: r.blocked_by,
  errorStack: r.error_stack,
  parkedAt: r.parked_at,
  lastAttemptAt: r.last_attempt_at,
  attempts: r.attempts,
});

/** Every parked event of the worker, in log order. */
export async function listParked(manager: EntityManager, worker: string): Promise<ParkedEvent[]> {
  const rows: ParkedRow[] = await manager.query(
    `SELECT * FROM ${PARKED_TABLE} WHERE worker = $1 ORDER BY commit_position, prepare_position`,
    [worker],
  );
  return rows.map(toParked);
}

export async function countParked(manager: EntityManager, worker: string): Promise<number> {
  const rows: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM ${PARKED_TABLE} WHERE worker = $1`, [worker]);
  return rows[0].n;
}

export async function unpark(manager: EntityManager, worker: string, eventId: string): Promise<void> {
  await manager.query(`DELETE FROM ${PARKED_TABLE} WHERE worker = $1 AND event_id = $2`, [worker, eventId]);
}

/** A retry failed again: the event stays parked with the new error, and what follows it waits behind it. */
export async function recordFailedRetry(manager: EntityManager, worker: string, event: ParkedEvent, error: Error, behind: ParkedEvent[]): Promise<void> {
  await manager.query(
    `UPDATE ${PARKED_TABLE} SET reason = $3, blocked_by = NULL, error_stack = $4, attempts = attempts + 1, last_attempt_at = now()
      WHERE worker = $1 AND event_id = $2`,
    [worker, event.eventId, error.message, error.stack ?? null],
  );
  if (behind.length === 0) return;
  await manager.query(
    `UPDATE ${PARKED_TABLE} SET reason = $3, blocked_by = $4, error_stack = NULL, last_attempt_at = now()
      WHERE worker = $1 AND event_id = ANY($2::text[])`,
    [worker, behind.map((p) => p.eventId), blockedReason(event.eventId), event.eventId],
  );
}
