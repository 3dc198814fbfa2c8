import type { RecordedEvent } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';
import { PERSON_EVENT_TYPES, personEventTypes } from '../../domain/roles/person.events';

export const PEOPLE_PROJECTED_TYPES = PERSON_EVENT_TYPES;

/** Stores the person's claims as their token last carried them. */
export async function applyPersonClaimsObserved(m: EntityManager, event: RecordedEvent): Promise<void> {
  const { data: d } = personEventTypes.read(event);
  await m.query(
    `INSERT INTO people (tenant, user_id, name, nip, jabatan, roles, claims_since) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant, user_id) DO UPDATE SET name = $3, nip = $4, jabatan = $5, roles = $6, claims_since = $7`,
    [d.tenant, d.userId, d.name, d.nip, d.jabatan, d.roles, d.observedAt],
  );
}
