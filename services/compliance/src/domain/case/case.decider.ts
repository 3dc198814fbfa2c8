import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { DEFAULT_ROLE_MAPPING } from '../roles/role-mapping.defaults';
import type { RoleMapping } from '../roles/role-mapping';
import type { CaseCommand } from './case.commands';
import { decideCase } from './case.decide';
import { caseEventTypes, type CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import { initialCaseState, type CaseState } from './case.state';

/**
 * The case aggregate as a decider: one stream per case, a run of one SOP version pinned at start.
 *
 * ready(step) --StartStep--> in_progress --CompleteStep--> ready(next) | awaiting_decision | completed
 * awaiting_decision --TakeDecision--> ready(branch) (+ CaseLoopedBack when the branch goes back) | completed
 * any open stage --CancelCase--> cancelled
 * ready | completed --RecordHistoricalStep--> (moves on from the recorded step when ready)
 *
 * Live commands enforce order (only the expected step may start) and pelaksana (the user must hold one of the
 * step's mapped roles; a step without pelaksana may be executed by any staff role). Missing kelengkapan or
 * output are recorded, not refused: compliance reports them. History imported from paper is accepted out of role
 * and out of order so compliance can flag it.
 */
export function createCaseDecider(roleMapping: RoleMapping = DEFAULT_ROLE_MAPPING): Decider<CaseCommand, CaseEvent, CaseState> {
  return {
    decide: (command, state) => decideCase(command, state, roleMapping),
    evolve: evolveCase,
    initialState: initialCaseState,
  };
}

/** Prefix of the case streams: `case-<caseId>` (never change it: existing streams would be lost). */
export const CASE_STREAM_PREFIX = 'case-';

/** The case aggregate as the command pipeline runs it (default role mapping). */
export const CaseAggregate: AggregateType<CaseCommand, CaseEvent, CaseState> = {
  name: 'kasus',
  stream: (caseId) => `${CASE_STREAM_PREFIX}${caseId}`,
  decider: createCaseDecider(),
  events: caseEventTypes,
};
