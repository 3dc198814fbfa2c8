import type { IntegrationEvent } from '@jejak/contracts';
import type { ConsumerOptions, DeliveryInfo } from '../transport.port';
import { PoisonMessageError } from '../transport.port';
import type { StopSignal } from './stop-signal';

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY_BACKOFF_MS = 200;

/**
 * What became of one message:
 * - handled: `handle` resolved; commit the offset;
 * - dead-letter: it failed `maxAttempts` times, or threw a PoisonMessageError; send it to the DLQ, then commit;
 * - abandoned: the consumer was stopped before it succeeded; commit nothing, the next member redelivers it.
 */
export type DeliveryOutcome =
  | { kind: 'handled'; attempts: number }
  | { kind: 'dead-letter'; attempts: number; error: Error }
  | { kind: 'abandoned'; attempts: number };

export interface DeliveryRequest {
  event: IntegrationEvent;
  info: Omit<DeliveryInfo, 'attempt'>;
  handle: ConsumerOptions['handle'];
  maxAttempts: number;
  retryBackoffMs: number;
  stop: StopSignal;
  /** Called between attempts (Kafka: heartbeat), and with each failure for logging. */
  onRetry?(error: Error, attempt: number): Promise<void> | void;
}

/** Delay before attempt `attempt + 1`: base, 2 x base, 4 x base, ... */
export function backoffDelay(baseMs: number, failedAttempt: number): number {
  return baseMs * 2 ** (failedAttempt - 1);
}

export function isPoisonMessageError(error: unknown): boolean {
  return error instanceof PoisonMessageError || (error instanceof Error && error.name === 'PoisonMessageError');
}

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export async function deliverWithRetries(request: DeliveryRequest): Promise<DeliveryOutcome> {
  const maxAttempts = Math.max(1, request.maxAttempts);
  for (let attempt = 1; ; attempt += 1) {
    if (request.stop.stopped) return { kind: 'abandoned', attempts: attempt - 1 };
    try {
      await request.handle(request.event, { ...request.info, attempt });
      return { kind: 'handled', attempts: attempt };
    } catch (thrown) {
      const error = toError(thrown);
      // A failure while stopping is treated like a crash: nothing is committed or dead-lettered.
      if (request.stop.stopped) return { kind: 'abandoned', attempts: attempt };
      if (isPoisonMessageError(error) || attempt >= maxAttempts) return { kind: 'dead-letter', attempts: attempt, error };
      await request.onRetry?.(error, attempt);
      await request.stop.sleep(backoffDelay(request.retryBackoffMs, attempt));
    }
  }
}
