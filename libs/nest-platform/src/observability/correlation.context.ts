import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const CORRELATION_HEADER = 'x-correlation-id';

interface CorrelationContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

/** An accepted incoming id: 1-128 characters of letters, digits and `._:-` (UUIDs, W3C trace ids, ...). */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function isAcceptableCorrelationId(value: unknown): value is string {
  return typeof value === 'string' && ACCEPTED_ID.test(value);
}

/** The incoming id when acceptable, otherwise a new UUID. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return isAcceptableCorrelationId(value) ? value : randomUUID();
}

/** The correlation id of the request (or message) being handled, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** Runs `work` with a correlation id, e.g. in a Kafka consumer, so that logs and events carry it. */
export function runWithCorrelationId<T>(correlationId: string, work: () => T): T {
  return storage.run({ correlationId }, work);
}
