import type { AllStreamRecordedEvent, CurrentStreamState, JSONType, Position, RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import type { ExpectedRevision, LogPosition, NewEvent, RecordedEvent } from '../event-store.port';

/**
 * Event metadata as stored in KurrentDB: a flat JSON object of strings (the form KurrentDB asks
 * for), with its own `$correlationId` / `$causationId` conventions for the ids.
 */
export interface KurrentEventMetadata {
  $correlationId: string;
  $causationId?: string;
  tenant: string;
  actorUserId: string;
  actorRole: string;
  actorName?: string;
  schemaVersion: string;
}

export function toKurrentMetadata(event: NewEvent): KurrentEventMetadata {
  const { metadata } = event;
  return {
    $correlationId: metadata.correlationId,
    ...(metadata.causationId != null ? { $causationId: metadata.causationId } : {}),
    tenant: metadata.tenant,
    actorUserId: metadata.actor.userId,
    actorRole: metadata.actor.role,
    ...(metadata.actor.name !== undefined ? { actorName: metadata.actor.name } : {}),
    schemaVersion: String(event.schemaVersion ?? 1),
  };
}

/** Our data as the client's JSON type; undefined is stored as null, as the other adapters do. */
export const toKurrentData = (data: unknown): JSONType => (data === undefined ? null : data) as JSONType;

export const toLogPosition = (position: Position): LogPosition => ({ commit: position.commit, prepare: position.prepare });

/** System events (`$`-prefixed types or streams) are KurrentDB's own and never ours. */
export const isSystemEvent = (event: { type: string; streamId: string }): boolean =>
  event.type.startsWith('$') || event.streamId.startsWith('$');

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : value == null ? undefined : String(value));

function decodeData(event: KurrentRecordedEvent): unknown {
  if (event.isJson) return event.data;
  const raw = Buffer.from(event.data).toString('utf8');
  try {
    return JSON.parse(raw);
  } catch {
    return event.data;
  }
}

export function fromKurrentEvent(event: KurrentRecordedEvent | AllStreamRecordedEvent, fallbackPosition?: LogPosition): RecordedEvent {
  const meta = (event.metadata && typeof event.metadata === 'object' && !(event.metadata instanceof Uint8Array) ? event.metadata : {}) as Record<
    string,
    unknown
  >;
  const actorName = text(meta.actorName);
  const position = event.position ? toLogPosition(event.position) : fallbackPosition;
  if (!position) throw new Error(`KurrentDB returned event ${event.id} without a log position (server older than 22.6?)`);
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    schemaVersion: Number(text(meta.schemaVersion) ?? 1),
    tenant: text(meta.tenant) ?? '',
    actor: { userId: text(meta.actorUserId) ?? '', role: text(meta.actorRole) ?? '', ...(actorName !== undefined ? { name: actorName } : {}) },
    correlationId: text(meta.$correlationId) ?? '',
    causationId: text(meta.$causationId) ?? null,
    recordedAt: event.created,
    data: decodeData(event),
  };
}

/** The client's stream state for our expected revision. */
export const toStreamState = (expected: ExpectedRevision): 'any' | 'no_stream' | bigint =>
  expected === 'any' || expected === 'no_stream' ? expected : BigInt(expected);

/** Our `actual` from the client's current stream state (deleted / tombstoned count as absent). */
export const fromCurrentState = (state: CurrentStreamState): number | 'no_stream' =>
  state === 'no_stream' || state < 0n ? 'no_stream' : Number(state);
