import type { SopContent } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import type { RecordedEvent } from '@jejak/event-store';
import type { ProjectionDefinition } from '@jejak/projections';
import type { EntityManager } from 'typeorm';
import { SOP_EVENT_TYPES, sopEventTypes, sopIdOfStream } from '../../domain';
import { CreateSopCatalogueReadModel1763800000000 } from './migrations/1763800000000-create-sop-catalogue-read-model';
import { IndexSopListForPaging1764900000000 } from './migrations/1764900000000-index-sop-list-for-paging';

export const SOP_READ_SCHEMA = 'sop_catalogue_rm';

async function setVersion(m: EntityManager, sopId: string, version: number, fields: Record<string, unknown>, at: string): Promise<void> {
  const keys = Object.keys(fields);
  const sets = keys.map((k, i) => `${k} = $${i + 4}`).join(', ');
  await m.query(`UPDATE sop_versions SET ${sets}${sets ? ', ' : ''}updated_at = $3 WHERE sop_id = $1 AND version = $2`, [sopId, version, at, ...keys.map((k) => fields[k])]);
}

async function touchList(m: EntityManager, sopId: string, revision: number, at: string, fields: Record<string, unknown> = {}): Promise<void> {
  const keys = Object.keys(fields);
  const sets = keys.map((k, i) => `${k} = $${i + 4}`).join(', ');
  await m.query(`UPDATE sop_list SET ${sets}${sets ? ', ' : ''}stream_revision = $2, updated_at = $3 WHERE sop_id = $1`, [sopId, revision, at, ...keys.map((k) => fields[k])]);
}

async function insertVersion(m: EntityManager, sopId: string, version: number, content: SopContent, at: string): Promise<void> {
  await m.query(
    `INSERT INTO sop_versions (sop_id, version, stage, nomor, nama, content, updated_at) VALUES ($1, $2, 'draft', $3, $4, $5, $6)`,
    [sopId, version, content.identity.nomor, content.identity.nama, JSON.stringify(content), at],
  );
}

/** Applies one SOP event to the catalogue read model. */
async function apply(m: EntityManager, recorded: RecordedEvent): Promise<void> {
  const event = sopEventTypes.read(recorded);
  const sopId = sopIdOfStream(recorded.stream);
  const at = event.data.at;
  const rev = recorded.revision;
  switch (event.type) {
    case 'SopDrafted': {
      const { issuer, content, origin } = event.data;
      await m.query(
        `INSERT INTO sop_list (sop_id, tenant, unit, nomor, nama, origin, latest_version, latest_stage, stream_revision, drafted_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 1, 'draft', $7, $8, $8)`,
        [sopId, issuer.tenant, issuer.unit, content.identity.nomor, content.identity.nama, origin.kind, rev, at],
      );
      await insertVersion(m, sopId, 1, content, at);
      return;
    }
    case 'SopDraftEdited': {
      const { version, content } = event.data;
      await setVersion(m, sopId, version, { content: JSON.stringify(content), nomor: content.identity.nomor, nama: content.identity.nama }, at);
      await touchList(m, sopId, rev, at, { nomor: content.identity.nomor, nama: content.identity.nama });
      return;
    }
    case 'SopProposalsRecorded':
    case 'SopProposalRejected':
      // Proposals are read from the stream (GET /sops/{id}/gaps); the catalogue's rows do not change.
      await touchList(m, sopId, rev, at);
      return;
    case 'SopProposalConfirmed': {
      // The confirmed value is written into the step, as in the stream's state: field `procedures[0].steps[3].pelaksana` → {procedures,0,steps,3,pelaksana}.
      const path = event.data.field.replace(/\[(\d+)\]/g, '.$1').split('.');
      await m.query(`UPDATE sop_versions SET content = jsonb_set(content, $3::text[], $4::jsonb, false), updated_at = $5 WHERE sop_id = $1 AND version = $2`, [
        sopId, event.data.version, path, JSON.stringify(event.data.value), at,
      ]);
      await touchList(m, sopId, rev, at);
      return;
    }
    case 'SopSubmittedForApproval':
      await setVersion(m, sopId, event.data.version, { stage: 'submitted' }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'submitted' });
      return;
    case 'SopApprovalRejected':
      await setVersion(m, sopId, event.data.version, { stage: 'draft' }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'draft' });
      return;
    case 'SopApproved':
      await setVersion(m, sopId, event.data.version, { stage: 'approved', approved_by: JSON.stringify(event.data.approvedBy) }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'approved' });
      return;
    case 'SopApprovedOnPaper': {
      const { version, signedBy, approvedOn, original } = event.data;
      await setVersion(m, sopId, version, { stage: 'approved', approved_by: JSON.stringify({ onPaper: { signedBy, approvedOn, original } }) }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'approved' });
      return;
    }
    case 'SopMadeEffective': {
      const { version, effectiveFrom, supersededVersion } = event.data;
      if (supersededVersion !== null) await setVersion(m, sopId, supersededVersion, { stage: 'superseded', effective_until: effectiveFrom }, at);
      await setVersion(m, sopId, version, { stage: 'effective', effective_from: effectiveFrom }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'effective', effective_version: version, effective_from: effectiveFrom });
      return;
    }
    case 'SopRevised': {
      const { version, content } = event.data;
      await insertVersion(m, sopId, version, content, at);
      await touchList(m, sopId, rev, at, { latest_version: version, latest_stage: 'draft', nomor: content.identity.nomor, nama: content.identity.nama });
      return;
    }
    case 'SopRetired': {
      const { retiredFrom, abandonedDraftVersion } = event.data;
      await m.query(`UPDATE sop_versions SET stage = 'retired', effective_until = $2, updated_at = $3 WHERE sop_id = $1 AND stage = 'effective'`, [sopId, retiredFrom, at]);
      if (abandonedDraftVersion !== null) await setVersion(m, sopId, abandonedDraftVersion, { stage: 'abandoned' }, at);
      await touchList(m, sopId, rev, at, { latest_stage: 'retired', retired_from: retiredFrom });
      return;
    }
    default:
      assertNever(event, 'SOP event');
  }
}

export const sopCatalogueProjection: ProjectionDefinition = {
  name: 'sop-catalogue',
  readSchema: SOP_READ_SCHEMA,
  migrations: [CreateSopCatalogueReadModel1763800000000, IndexSopListForPaging1764900000000],
  eventTypes: [...SOP_EVENT_TYPES],
  async handle(events, manager) {
    for (const event of events) await apply(manager, event);
  },
};
