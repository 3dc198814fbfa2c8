import { TransactionOrderConflictError, UnitOfWorkNotSupportedError } from '../errors';
import type { UnitOfWorkOptions } from '../event-store.port';
import { throwIfCommandAborted } from './command-aborted.error';

/**
 * Runs `attempt` and runs it again, up to `retries` times, after a TransactionOrderConflictError.
 * With a `signal`, no attempt starts once it has fired: CommandAbortedError instead (an attempt
 * already running finishes; its outcome, committed or not, is the caller's).
 */
export async function withOrderRetries<T>(retries: number, signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
  if (!Number.isSafeInteger(retries) || retries < 0) throw new RangeError(`unit of work retries must be an integer >= 0, got ${String(retries)}`);
  for (let n = 0; ; n += 1) {
    throwIfCommandAborted('unit of work', signal);
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof TransactionOrderConflictError) || n >= retries) throw error;
    }
  }
}

/** Adapters without SQL cannot join a caller's transaction. */
export function rejectWithin(adapter: string, options: UnitOfWorkOptions): void {
  if (options.within) throw new UnitOfWorkNotSupportedError(adapter, 'joining an SQL transaction (`within`)');
}
