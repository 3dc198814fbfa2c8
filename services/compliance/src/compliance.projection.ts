import type { ProjectionDefinition } from '@jejak/projections';
import { CreateSopRegistry1763800000001 } from './sop-registry/read-model/migrations/1763800000001-create-sop-registry';
import { applySopFact, SOP_FACT_TYPES } from './sop-registry/read-model/sop-registry.projection';

export const COMPLIANCE_READ_SCHEMA = 'compliance_rm';

/**
 * The compliance read models, fed only by integration events recorded in compliance's own log.
 * One projection (one checkpoint), so a rebuild reproduces every table from position 0.
 */
export const complianceProjection: ProjectionDefinition = {
  name: 'compliance',
  readSchema: COMPLIANCE_READ_SCHEMA,
  migrations: [CreateSopRegistry1763800000001],
  eventTypes: [...SOP_FACT_TYPES],
  async handle(events, manager) {
    for (const event of events) {
      if (SOP_FACT_TYPES.includes(event.type)) await applySopFact(manager, event);
    }
  },
};
