import { TransactionOrderConflictError, UnitOfWorkNotSupportedError } from '../errors';
import type { UnitOfWorkOptions } from '../event-store.port';

/** Runs `attempt` and runs it again, up to `retries` times, after a TransactionOrderConflictError. */
export async function withOrderRetries<T>(retries: number, attempt: () => Promise<T>): Promise<T> {
  if (!Number.isSafeInteger(retries) || retries < 0) throw new RangeError(`unit of work retries must be an integer >= 0, got ${String(retries)}`);
  for (let n = 0; ; n += 1) {
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
