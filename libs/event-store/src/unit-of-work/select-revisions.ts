import type { ReadStreamOptions, RecordedEvent } from '../event-store.port';

/** A stream's events (in revision order) narrowed as `readStream` options ask. */
export function selectRevisions(events: RecordedEvent[], options: ReadStreamOptions = {}): RecordedEvent[] {
  const max = options.maxCount ?? Number.POSITIVE_INFINITY;
  const selected =
    options.direction === 'backwards'
      ? events.filter((e) => e.revision <= (options.fromRevision ?? Number.POSITIVE_INFINITY)).reverse()
      : events.filter((e) => e.revision >= (options.fromRevision ?? 0));
  return selected.slice(0, Math.max(0, max));
}
