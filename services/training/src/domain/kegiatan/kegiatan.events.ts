import { EventTypeRegistry } from '@jejak/domain-kit';

/** An ISO-8601 instant, e.g. `2025-03-04T02:00:00.000Z`. */
export type IsoInstant = string;

export interface KegiatanCreated {
  type: 'KegiatanCreated';
  data: { id: string; tenant: string; title: string; at: IsoInstant };
}

export interface KegiatanClosed {
  type: 'KegiatanClosed';
  data: { reason: string; at: IsoInstant };
}

export type KegiatanEvent = KegiatanCreated | KegiatanClosed;

/**
 * The aggregate's event types with their schema versions. The command pipeline writes each event
 * with its current version and reads stored events through this registry. When an event's data
 * changes shape: bump its `version` here and add `kegiatan.upcasters.ts` with the function turning
 * the old data into the new (`{ version: 2, upcasters: { 1: v1ToV2 } }`); see
 * docs/adding-a-service.md, "Versioning events".
 */
export const kegiatanEventTypes = new EventTypeRegistry<KegiatanEvent>('kegiatan')
  .register('KegiatanCreated', { version: 1 })
  .register('KegiatanClosed', { version: 1 });

/** Every event type of the aggregate (the projection subscribes to these). */
export const KEGIATAN_EVENT_TYPES: readonly KegiatanEvent['type'][] = ['KegiatanCreated', 'KegiatanClosed'];
