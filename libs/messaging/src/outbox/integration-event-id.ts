import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace of Jejak's integration event ids (never change it: ids would no longer match). */
export const INTEGRATION_EVENT_ID_NAMESPACE = 'e3b65144-faed-4d89-8c91-22ca76ca28c4';

/**
 * The id of the integration event published for a domain event: UUID v5 of the domain event id and
 * the integration type. A republish (relay crashed before its checkpoint) carries the same id, so
 * consumers deduplicate it (see `handleOnce`).
 */
export function integrationEventId(domainEventId: string, integrationType: string): string {
  return uuidv5(`${integrationType}\n${domainEventId}`, INTEGRATION_EVENT_ID_NAMESPACE);
}
