import type { RecordedEvent } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';
import { dinasRoleMappingEventTypes, DINAS_ROLE_MAPPING_EVENT_TYPES } from '../../domain/roles/dinas-role-mapping.events';
import type { RoleMappingVersion } from '../../domain/roles/dinas-role-mapping.state';

export const ROLE_MAPPING_PROJECTED_TYPES = DINAS_ROLE_MAPPING_EVENT_TYPES;

/** Stores (or replaces) the version the event defines. */
export async function applyRoleMappingVersionDefined(m: EntityManager, event: RecordedEvent): Promise<void> {
  const { data: d } = dinasRoleMappingEventTypes.read(event);
  await m.query(
    `INSERT INTO role_mapping_versions (tenant, effective_from, rules, note, defined_by, defined_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant, effective_from) DO UPDATE SET rules = $3, note = $4, defined_by = $5, defined_at = $6`,
    [d.tenant, d.effectiveFrom, JSON.stringify(d.rules), d.note, d.definedBy, d.definedAt],
  );
}

interface Row {
  effective_from: string;
  rules: RoleMappingVersion['rules'];
  note: string | null;
  defined_by: string;
  defined_at: Date;
}

/** The projected versions of a dinas, by effectiveFrom. */
export async function projectedRoleMappingVersions(m: Pick<EntityManager, 'query'>, tenant: string): Promise<RoleMappingVersion[]> {
  const rows: Row[] = await m.query(
    `SELECT to_char(effective_from, 'YYYY-MM-DD') AS effective_from, rules, note, defined_by, defined_at FROM role_mapping_versions WHERE tenant = $1 ORDER BY effective_from`,
    [tenant],
  );
  return rows.map((r) => ({ effectiveFrom: r.effective_from, rules: r.rules, note: r.note, definedBy: r.defined_by, definedAt: new Date(r.defined_at).toISOString() }));
}
