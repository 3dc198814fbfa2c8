import type { EventStore, ParkedEvent, RecordedEvent, RetryParkedResult, RetryParkedTarget } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';
import { blockersOf, listParked, park, recordFailedRetry, unpark } from './parked-events';

export interface ParkingContext {
  manager: EntityManager;
  /** The projection name: the parked rows' `worker`. */
  worker: string;
  handle(events: RecordedEvent[], manager: EntityManager): Promise<void>;
  isTransient(error: Error): boolean;
  onParked?(event: RecordedEvent, reason: { error: Error } | { blockedBy: string }): void;
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Runs `work` inside a savepoint. Resolves with undefined when it succeeded, or with the error after
 * rolling back to the savepoint when the error is the events' fault. A transient error is rethrown:
 * the caller's whole transaction rolls back and the batch is retried later.
 */
async function attempt(ctx: ParkingContext, name: string, work: () => Promise<void>): Promise<Error | undefined> {
  await ctx.manager.query(`SAVEPOINT ${name}`);
  try {
    await work();
  } catch (thrown) {
    const error = toError(thrown);
    if (ctx.isTransient(error)) throw error;
    await ctx.manager.query(`ROLLBACK TO SAVEPOINT ${name}`);
    await ctx.manager.query(`RELEASE SAVEPOINT ${name}`);
    return error;
  }
  await ctx.manager.query(`RELEASE SAVEPOINT ${name}`);
  return undefined;
}

/**
 * Applies a batch (events in log order, all newer than the checkpoint) inside the caller's transaction.
 * Events of a stream that already has a parked event are parked behind it. The rest are applied in
 * one call; when that fails for a non-transient reason it is rolled back and the events are applied
 * one at a time, so that only the poison event is parked (with its error) and, after it, the rest of
 * its stream. Other streams and tenants are applied. Returns how many events were applied.
 */
export async function applyWithParking(ctx: ParkingContext, events: RecordedEvent[]): Promise<{ applied: number; parked: number }> {
  const blockers = await blockersOf(ctx.manager, ctx.worker, [...new Set(events.map((e) => e.stream))]);
  const open = events.filter((e) => !blockers.has(e.stream));
  let parked = 0;
  const parkBehind = async (event: RecordedEvent, blockedBy: string) => {
    await park(ctx.manager, ctx.worker, event, { blockedBy });
    ctx.onParked?.(event, { blockedBy });
    parked += 1;
  };

  if (open.length > 0 && !(await attempt(ctx, 'jejak_batch', () => ctx.handle(open, ctx.manager)))) {
    for (const event of events) if (blockers.has(event.stream)) await parkBehind(event, blockers.get(event.stream)!);
    return { applied: open.length, parked };
  }

  let applied = 0;
  for (const event of events) {
    const blocker = blockers.get(event.stream);
    if (blocker) {
      await parkBehind(event, blocker);
      continue;
    }
    const error = await attempt(ctx, 'jejak_event', () => ctx.handle([event], ctx.manager));
    if (!error) {
      applied += 1;
      continue;
    }
    await park(ctx.manager, ctx.worker, event, { error });
    ctx.onParked?.(event, { error });
    blockers.set(event.stream, event.id);
    parked += 1;
  }
  return { applied, parked };
}

/**
 * Re-applies parked events in stream order and removes each that succeeds, inside the caller's
 * transaction (which holds the projection's lock, so no batch runs meanwhile). `all`: every parked
 * stream; one event id: the whole parked part of that event's stream. A stream stops at its first
 * event that fails again: that event keeps its place with the new error and attempts + 1, and the
 * events after it stay parked behind it.
 */
export async function retryParkedWithin(ctx: ParkingContext, store: EventStore, target: RetryParkedTarget): Promise<Omit<RetryParkedResult, 'remaining'> & { applied: number }> {
  const all = await listParked(ctx.manager, ctx.worker);
  const streams = streamsToRetry(all, target, ctx.worker);
  const retried: string[] = [];
  const failed: RetryParkedResult['failed'] = [];
  for (const stream of streams) {
    const rows = all.filter((p) => p.stream === stream);
    const recorded = await store.readStream(stream, { fromRevision: rows[0].revision });
    const byId = new Map(recorded.map((e) => [e.id, e]));
    for (const [index, row] of rows.entries()) {
      const event = byId.get(row.eventId);
      const error = event
        ? await attempt(ctx, 'jejak_retry', () => ctx.handle([event], ctx.manager))
        : new Error(`event ${row.eventId} is no longer in stream ${stream}`);
      if (error) {
        await recordFailedRetry(ctx.manager, ctx.worker, row, error, rows.slice(index + 1));
        failed.push({ eventId: row.eventId, error: error.message });
        break;
      }
      await unpark(ctx.manager, ctx.worker, row.eventId);
      retried.push(row.eventId);
    }
  }
  return { retried, failed, applied: retried.length };
}

export class ParkedEventNotFoundError extends Error {
  constructor(
    readonly worker: string,
    readonly eventId: string,
  ) {
    super(`${worker}: no parked event ${eventId}`);
    this.name = 'ParkedEventNotFoundError';
  }
}

/** The streams a retry covers, in the log order of their first parked event. */
export function streamsToRetry(all: ParkedEvent[], target: RetryParkedTarget, worker: string): string[] {
  if (target === 'all') return [...new Set(all.map((p) => p.stream))];
  const row = all.find((p) => p.eventId === target.eventId);
  if (!row) throw new ParkedEventNotFoundError(worker, target.eventId);
  return [row.stream];
}
