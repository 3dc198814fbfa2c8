import { assertNever } from '@jejak/domain-kit';
import type { DinasRoleMappingEvent } from './dinas-role-mapping.events';
import type { DinasRoleMappingState, RoleMappingVersion } from './dinas-role-mapping.state';

export function evolveDinasRoleMapping(state: DinasRoleMappingState, event: DinasRoleMappingEvent): DinasRoleMappingState {
  switch (event.type) {
    case 'RoleMappingVersionDefined': {
      const d = event.data;
      const version: RoleMappingVersion = { effectiveFrom: d.effectiveFrom, rules: d.rules, note: d.note, definedBy: d.definedBy, definedAt: d.definedAt };
      const others = state.stage === 'defined' ? state.versions.filter((v) => v.effectiveFrom !== d.effectiveFrom) : [];
      const versions = [...others, version].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      return { stage: 'defined', tenant: d.tenant, versions };
    }
    default:
      return assertNever(event.type, 'role mapping event');
  }
}
