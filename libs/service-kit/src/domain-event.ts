import type { EventTypeRegistry } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';

/** The shape of every service's domain events: a stable type name and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * The stored event as-is, without looking at its schema version (for aggregates that have no
 * event type registry yet). Prefer `readWith(registry)`.
 */
export const toDomainEvent = <Event extends DomainEvent>(recorded: RecordedEvent): Event =>
  ({ type: recorded.type, data: recorded.data }) as Event;

/**
 * Reads stored events through an event type registry: older schema versions are upcast to the
 * current one; an unknown type or an unreadable version throws (UnknownEventTypeError /
 * UnsupportedEventVersionError naming type, version, stream and event id). For `AggregateType.read`.
 */
export const readWith =
  <Event extends DomainEvent>(registry: EventTypeRegistry<Event>) =>
  (recorded: RecordedEvent): Event =>
    registry.read(recorded);
