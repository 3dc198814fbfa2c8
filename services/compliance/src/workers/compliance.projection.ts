import type { ProjectionDefinition } from '@jejak/projections';
import { DINAS_CALENDAR_EVENT_TYPES } from '../domain/dinas-calendar/dinas-calendar.events';
import { applyDinasCalendarChanged } from '../calendars/read-model/dinas-calendar.projection';
import { CreateDinasCalendars1763800000002 } from '../calendars/read-model/migrations/1763800000002-create-dinas-calendars';
import { CASE_PROJECTED_TYPES, CaseProjectionBatch } from '../cases/read-model/case.projection';
import { CreateCases1763800000003 } from '../cases/read-model/migrations/1763800000003-create-cases';
import { IndexCaseList1763800000005 } from '../cases/read-model/migrations/1763800000005-index-case-list';
import { EVALUATION_EVENT_TYPES } from '../domain/sop-evaluation/sop-evaluation.events';
import { applySopEvaluationAnswered } from '../evaluations/read-model/sop-evaluation.projection';
import { CreateSopEvaluations1763800000004 } from '../evaluations/read-model/migrations/1763800000004-create-sop-evaluations';
import { CreateSopRegistry1763800000001 } from '../sop-registry/read-model/migrations/1763800000001-create-sop-registry';
import { applySopFact, SOP_FACT_TYPES } from '../sop-registry/read-model/sop-registry.projection';
import { CreatePeople1763800000022 } from '../people/read-model/migrations/1763800000022-create-people';
import { applyPersonClaimsObserved, PEOPLE_PROJECTED_TYPES } from '../people/read-model/people.projection';
import { CreateRoleMappingVersions1763800000021 } from '../role-mappings/read-model/migrations/1763800000021-create-role-mapping-versions';
import { applyRoleMappingVersionDefined, ROLE_MAPPING_PROJECTED_TYPES } from '../role-mappings/read-model/role-mapping.projection';

export const COMPLIANCE_READ_SCHEMA = 'compliance_rm';

/**
 * The compliance read models, fed only by events in compliance's own log: the catalogue's SOP facts (registry),
 * the dinas calendars, the cases (measured against their pinned SOP version and their dinas's calendar) and the
 * evaluators' answers. One projection (one checkpoint), so a rebuild reproduces every table from position 0.
 */
export const complianceProjection: ProjectionDefinition = {
  name: 'compliance',
  readSchema: COMPLIANCE_READ_SCHEMA,
  migrations: [CreateSopRegistry1763800000001, CreateDinasCalendars1763800000002, CreateCases1763800000003, CreateSopEvaluations1763800000004, IndexCaseList1763800000005, CreateRoleMappingVersions1763800000021, CreatePeople1763800000022],
  eventTypes: [...SOP_FACT_TYPES, ...DINAS_CALENDAR_EVENT_TYPES, ...CASE_PROJECTED_TYPES, ...EVALUATION_EVENT_TYPES, ...ROLE_MAPPING_PROJECTED_TYPES, ...PEOPLE_PROJECTED_TYPES],
  async handle(events, manager) {
    const cases = new CaseProjectionBatch(manager);
    for (const event of events) {
      if (SOP_FACT_TYPES.includes(event.type)) await applySopFact(manager, event);
      else if (CASE_PROJECTED_TYPES.includes(event.type)) await cases.add(event);
      else if (DINAS_CALENDAR_EVENT_TYPES.includes(event.type)) {
        await cases.flush();
        await cases.remeasureTenant(await applyDinasCalendarChanged(manager, event));
      } else if (EVALUATION_EVENT_TYPES.includes(event.type)) await applySopEvaluationAnswered(manager, event);
      else if (ROLE_MAPPING_PROJECTED_TYPES.includes(event.type)) await applyRoleMappingVersionDefined(manager, event);
      else if (PEOPLE_PROJECTED_TYPES.includes(event.type)) await applyPersonClaimsObserved(manager, event);
    }
    await cases.flush();
  },
};
