import type { LogPosition, NewEvent, RecordedEvent } from '../event-store.port';

/** Columns selected for a RecordedEvent; int8 and xid8 travel as text and become bigint explicitly. */
export const EVENT_COLUMNS = `e.global_position::text AS global_position, e.transaction_id::text AS transaction_id,
  e.event_id::text AS event_id, e.stream_id, e.revision, e.type, e.schema_version, e.tenant, e.actor_user_id,
  e.actor_role, e.actor_name, e.correlation_id, e.causation_id, e.recorded_at, e.data`;

export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  tenant: string;
  actor_user_id: string;
  actor_role: string;
  actor_name: string | null;
  correlation_id: string;
  causation_id: string | null;
  recorded_at: Date;
  data: unknown;
}

export const toPosition = (transactionId: string, globalPosition: string): LogPosition => ({
  commit: BigInt(transactionId),
  prepare: BigInt(globalPosition),
});

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream_id,
    revision: row.revision,
    position: toPosition(row.transaction_id, row.global_position),
    type: row.type,
    schemaVersion: row.schema_version,
    tenant: row.tenant,
    actor: { userId: row.actor_user_id, role: row.actor_role, ...(row.actor_name !== null ? { name: row.actor_name } : {}) },
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    recordedAt: row.recorded_at,
    data: row.data,
  };
}

/** One element of the JSON array the append statement unpacks with jsonb_array_elements. */
export function toAppendElement(event: NewEvent, id: string): Record<string, unknown> {
  const { metadata } = event;
  return {
    id,
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    tenant: metadata.tenant,
    actorUserId: metadata.actor.userId,
    actorRole: metadata.actor.role,
    actorName: metadata.actor.name ?? null,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    data: event.data === undefined ? null : event.data,
  };
}
