import type { SubscribeToAllOptions } from '../event-store.port';

export type EventFilter = NonNullable<SubscribeToAllOptions['filter']>;

/**
 * True when the event passes the filter. Both lists are prefix lists (as the port and KurrentDB's
 * server-side filters define them); an empty or absent list does not restrict; both lists given
 * must both match.
 */
export function matchesFilter(filter: EventFilter | undefined, event: { stream: string; type: string }): boolean {
  if (!filter) return true;
  const { streamPrefixes, eventTypes } = filter;
  if (streamPrefixes && streamPrefixes.length > 0 && !streamPrefixes.some((prefix) => event.stream.startsWith(prefix))) {
    return false;
  }
  if (eventTypes && eventTypes.length > 0 && !eventTypes.some((prefix) => event.type.startsWith(prefix))) {
    return false;
  }
  return true;
}
