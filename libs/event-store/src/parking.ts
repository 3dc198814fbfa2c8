import type { EventStore, LogPosition, SubscribeToAllOptions } from './event-store.port';
import { START } from './event-store.port';
import { matchesFilter } from './subscription/event-filter';

/**
 * Parked events: what a log follower (projection runner, outbox relay) does with an event its handler
 * cannot handle. Shared by `@jejak/projections` and `@jejak/messaging` so both follow one rule.
 *
 * THE RULE. A handler error is TRANSIENT when retrying the same event later can succeed without
 * anybody changing code or data; the batch is then rolled back and retried (the worker restarts
 * from its checkpoint). Every other handler error is the event's fault (a POISON event): it is
 * parked and the worker goes on. Transient are:
 * - connection failures: Node socket errors (`ECONNRESET`, `ECONNREFUSED`, `ETIMEDOUT`, `EPIPE`,
 *   `ENOTFOUND`, `EAI_AGAIN`, `EHOSTUNREACH`), node-postgres's "Connection terminated…", "connection
 *   error" and pool "timeout exceeded when trying to connect";
 * - PostgreSQL SQLSTATEs of class 08 (connection exception), 40 (transaction rollback: serialization
 *   failure, deadlock), 53 (insufficient resources), 57P (operator intervention: admin or crash
 *   shutdown, cannot connect now), 58 (system/I-O error), and 55P03 (lock not available);
 * - concurrency errors of the event store (a `DomainError` of kind `concurrency`, e.g.
 *   `TransactionOrderConflictError`, `WrongExpectedRevisionError`).
 * Not transient (parked): everything else — a TypeError in a handler, a constraint violation
 * (23xxx), invalid input syntax (22xxx), an unknown event type or version, an invalid integration
 * event. A statement timeout (57014) is parked too: the same event would time out again.
 * Errors raised while READING the log (not by the handler) are never the event's fault: they stop
 * and restart the worker, never park anything.
 */

const TRANSIENT_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNABORTED']);
const TRANSIENT_MESSAGES = [/connection terminated/i, /connection error/i, /timeout exceeded when trying to connect/i, /not queryable/i];

/** True when a handler error may go away by itself (retry the batch); false for a poison event (park it). */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, kind } = error as Error & { code?: unknown; kind?: unknown };
  if (kind === 'concurrency') return true;
  if (typeof code === 'string') {
    if (TRANSIENT_NODE_CODES.has(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const sqlClass = code.slice(0, 2);
      if (['08', '40', '53', '58'].includes(sqlClass)) return true;
      if (code.startsWith('57P') || code === '55P03') return true;
      return false;
    }
  }
  if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isTransientFailure(cause);
}

/** One parked event, as a worker's `parked()` lists it (in log order). */
export interface ParkedEvent {
  /** The worker that parked it (projection or relay name). */
  worker: string;
  eventId: string;
  stream: string;
  revision: number;
  /** Global log position, as decimal strings (commit, prepare). */
  position: { commit: string; prepare: string };
  eventType: string;
  tenant: string;
  /** When the event was recorded in the log. */
  recordedAt: Date;
  /** The handler's error message, or `blocked by <event id>` for an event parked behind another. */
  reason: string;
  /** The event it waits behind; null for the poison event itself. */
  blockedBy: string | null;
  errorStack: string | null;
  parkedAt: Date;
  lastAttemptAt: Date;
  /** How often handling was tried: 1 for a poison event when parked (+1 per failed retry), 0 for one parked behind it. */
  attempts: number;
}

/** What `retryParked` did. */
export interface RetryParkedResult {
  /** Events applied (or published) and removed from the parked table, in order. */
  retried: string[];
  /** Events that failed again (the first of each stream), with the new error. */
  failed: { eventId: string; error: string }[];
  /** Parked events left (every worker's table, after the retry). */
  remaining: number;
}

/** `retryParked('all')` or one event id (its whole stream is retried, in order, from its first parked event). */
export type RetryParkedTarget = 'all' | { eventId: string };

/** Workers that park events: the CLI and the health checks talk to them through this. */
export interface ParkingWorker {
  readonly name: string;
  parked(): Promise<ParkedEvent[]>;
  retryParked(target: RetryParkedTarget): Promise<RetryParkedResult>;
}

/** `blocked by <event id>`: the reason of an event parked behind an earlier parked event of its stream. */
export const blockedReason = (eventId: string): string => `blocked by ${eventId}`;

/**
 * How a log follower is doing, for readiness and metrics. `running`: following the log; `standby`:
 * healthy, another instance holds the lease (outbox); `failed`: its last attempt failed with a
 * transient error and it restarts by itself; `stopped`: not started, or stopped.
 */
export type WorkerState = 'running' | 'standby' | 'failed' | 'stopped';

export interface WorkerStatus {
  state: WorkerState;
  /** The failure behind `failed`. */
  error?: string;
  /** Events in the worker's parked table. */
  parked: number;
  /** Events in the log after its checkpoint (counted up to a cap; `lagCapped` then). */
  lagEvents: number;
  lagCapped?: boolean;
  /**
   * 0 when nothing is behind; otherwise seconds since the recorded time of the last event the worker
   * processed (or, when it has processed none yet, of the first event waiting).
   */
  lagSeconds: number;
}

/** Counted when measuring lag; beyond it `lagEvents` says "at least". */
export const LAG_COUNT_CAP = 10_000;

/**
 * Lag of a follower whose checkpoint is `after`: the events after it that it would process (up to
 * `LAG_COUNT_CAP`), and seconds since `lastRecordedAt` (the last processed event's recorded time)
 * while anything is behind.
 */
export async function measureLag(
  store: EventStore,
  after: LogPosition | undefined,
  lastRecordedAt: Date | null,
  filter?: SubscribeToAllOptions['filter'],
  now: Date = new Date(),
): Promise<Pick<WorkerStatus, 'lagEvents' | 'lagCapped' | 'lagSeconds'>> {
  const read = await store.readAll({ after: after ?? START, maxCount: LAG_COUNT_CAP });
  const behind = read.filter((event) => matchesFilter(filter, event));
  if (behind.length === 0) return { lagEvents: 0, lagCapped: false, lagSeconds: 0 };
  const since = lastRecordedAt ?? behind[0].recordedAt;
  return { lagEvents: behind.length, lagCapped: read.length >= LAG_COUNT_CAP, lagSeconds: Math.max(0, (now.getTime() - since.getTime()) / 1000) };
}
