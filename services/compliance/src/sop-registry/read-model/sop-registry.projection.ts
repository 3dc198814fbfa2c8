import {
  SopApproved, SopDrafted, SopRetired, SopVersionEffective,
  type SopApprovedV1, type SopDraftedV1, type SopRetiredV1, type SopVersionEffectiveV1,
} from '@jejak/contracts';
import type { RecordedEvent } from '@jejak/event-store';
import type { EntityManager } from 'typeorm';
import type { RecordedIntegrationData } from '../../inbox/integration-event-recorder';

/** Applies the catalogue's SOP facts to the registry. Deterministic: times come from the facts. */
export async function applySopFact(m: EntityManager, event: RecordedEvent): Promise<void> {
  const { payload, time } = event.data as RecordedIntegrationData;
  switch (event.type) {
    case SopDrafted.type: {
      const d = payload as SopDraftedV1;
      await m.query(
        `INSERT INTO sop_registry (sop_id, tenant, unit, nomor, nama, status, latest_version, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7)
         ON CONFLICT (sop_id) DO UPDATE SET unit = $3, nomor = $4, nama = $5, latest_version = $6, updated_at = $7,
           status = CASE WHEN sop_registry.effective_version IS NULL THEN 'draft' ELSE sop_registry.status END`,
        [d.sopId, d.tenant, d.unit, d.nomor, d.nama, d.version, time],
      );
      return;
    }
    case SopApproved.type: {
      const d = payload as SopApprovedV1;
      await m.query(
        `UPDATE sop_registry SET status = CASE WHEN effective_version IS NULL THEN 'approved' ELSE status END, updated_at = $2 WHERE sop_id = $1`,
        [d.sopId, time],
      );
      return;
    }
    case SopVersionEffective.type: {
      const d = payload as SopVersionEffectiveV1;
      await m.query(
        `INSERT INTO sop_registry (sop_id, tenant, unit, nomor, nama, status, latest_version, effective_version, effective_from, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'effective', $6, $6, $7, $8)
         ON CONFLICT (sop_id) DO UPDATE SET unit = $3, nomor = $4, nama = $5, status = 'effective',
           latest_version = GREATEST(sop_registry.latest_version, $6), effective_version = $6, effective_from = $7, updated_at = $8`,
        [d.sopId, d.tenant, d.unit, d.nomor, d.nama, d.version, d.effectiveFrom, time],
      );
      await m.query(
        `INSERT INTO sop_registry_versions (sop_id, version, effective_from, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sop_id, version) DO NOTHING`,
        [d.sopId, d.version, d.effectiveFrom, JSON.stringify(d.content)],
      );
      return;
    }
    case SopRetired.type: {
      const d = payload as SopRetiredV1;
      await m.query(`UPDATE sop_registry SET status = 'retired', retired_from = $2, updated_at = $3 WHERE sop_id = $1`, [d.sopId, d.retiredFrom, time]);
      return;
    }
    default:
      return;
  }
}

export const SOP_FACT_TYPES = [SopDrafted.type, SopApproved.type, SopVersionEffective.type, SopRetired.type];
