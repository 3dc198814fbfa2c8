import type { EventStore, RecordedEvent } from './event-store.port';

/**
 * The stream as it was at `asOf`, for auditors' time travel: the events recorded at or before
 * that instant. Reads forwards in pages and stops at the first event recorded later, so the result
 * is always a prefix of the stream (a state that really existed).
 */
export async function readStreamAsOf(store: Pick<EventStore, 'readStream'>, stream: string, asOf: Date, pageSize = 500): Promise<RecordedEvent[]> {
  const limit = asOf.getTime();
  const result: RecordedEvent[] = [];
  for (let from = 0; ; from += pageSize) {
    const page = await store.readStream(stream, { fromRevision: from, maxCount: pageSize });
    for (const event of page) {
      if (event.recordedAt.getTime() > limit) return result;
      result.push(event);
    }
    if (page.length < pageSize) return result;
  }
}
