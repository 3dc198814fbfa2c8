import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { DinasRoleMappingCommand } from './dinas-role-mapping.commands';
import { decideDinasRoleMapping } from './dinas-role-mapping.decide';
import { dinasRoleMappingEventTypes, type DinasRoleMappingEvent } from './dinas-role-mapping.events';
import { evolveDinasRoleMapping } from './dinas-role-mapping.evolve';
import { initialDinasRoleMappingState, type DinasRoleMappingState } from './dinas-role-mapping.state';

/** The role mapping of one dinas: versions of SOP lane → platform roles, each in force from its effectiveFrom. */
export const dinasRoleMappingDecider: Decider<DinasRoleMappingCommand, DinasRoleMappingEvent, DinasRoleMappingState> = {
  decide: decideDinasRoleMapping,
  evolve: evolveDinasRoleMapping,
  initialState: initialDinasRoleMappingState,
};

/** One stream per dinas: `role-mapping-<tenant>` (never change it: existing streams would be lost). */
export const dinasRoleMappingStream = (tenant: string): string => `role-mapping-${tenant}`;

export const DinasRoleMappingAggregate: AggregateType<DinasRoleMappingCommand, DinasRoleMappingEvent, DinasRoleMappingState> = {
  name: 'pemetaan jabatan',
  stream: dinasRoleMappingStream,
  decider: dinasRoleMappingDecider,
  events: dinasRoleMappingEventTypes,
};
