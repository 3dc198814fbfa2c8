import { EventTypeRegistry } from '@jejak/domain-kit';

/** An ISO-8601 instant, e.g. `2025-03-04T02:00:00.000Z`. */
export type IsoInstant = string;

export interface PermitApplicationCreated {
  type: 'PermitApplicationCreated';
  data: { id: string; tenant: string; title: string; at: IsoInstant };
}

export interface PermitApplicationClosed {
  type: 'PermitApplicationClosed';
  data: { reason: string; at: IsoInstant };
}

export type PermitApplicationEvent = PermitApplicationCreated | PermitApplicationClosed;

/**
 * The aggregate's event types with their schema versions. The command pipeline writes each event
 * with its current version and reads stored events through this registry. When an event's data
 * changes shape: bump its `version` here and add `permit-application.upcasters.ts` with the function turning
 * the old data into the new (`{ version: 2, upcasters: { 1: v1ToV2 } }`); see
 * docs/adding-a-service.md, "Versioning events".
 */
export const permitApplicationEventTypes = new EventTypeRegistry<PermitApplicationEvent>('permit-application')
  .register('PermitApplicationCreated', { version: 1 })
  .register('PermitApplicationClosed', { version: 1 });

/** Every event type of the aggregate (the projection subscribes to these). */
export const PERMIT_APPLICATION_EVENT_TYPES: readonly PermitApplicationEvent['type'][] = ['PermitApplicationCreated', 'PermitApplicationClosed'];
