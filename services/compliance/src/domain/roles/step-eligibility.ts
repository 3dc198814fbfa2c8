import type { SopStep } from '@jejak/contracts';
import { stepLanesOf, type CaseLanes, type TeamMember } from '../case/case-lanes';
import { STAFF_ROLES, type PlatformRole } from './platform-role';
import { pelaksanaOf, type RoleMapping } from './role-mapping';

/**
 * Who can act on a step of a case under the dinas's mapping (the same rules the case decider applies):
 * - `any_staff`: the SOP names no pelaksana;
 * - `roles`: holders of the mapped roles of its lanes (`unmapped` lists lanes no rule maps);
 * - `team`: the members the case assigned to its team lanes, or holders of `roles` (its other, internal lanes);
 * - `external`: an outside party's step, recorded on its behalf by holders of `roles`;
 * - `unmapped`: no lane maps: nobody can act until an administrator maps one.
 */
export type StepEligibility =
  | { kind: 'any_staff'; roles: PlatformRole[] }
  | { kind: 'roles'; roles: PlatformRole[]; unmapped: string[] }
  | { kind: 'team'; members: TeamMember[]; roles: PlatformRole[] }
  | { kind: 'external'; onBehalfOf: string[]; roles: PlatformRole[] }
  | { kind: 'unmapped'; unmapped: string[] };

export function stepEligibility(mapping: RoleMapping, lanes: CaseLanes, step: Pick<SopStep, 'pelaksana'>): StepEligibility {
  const kind = stepLanesOf(mapping, lanes, step);
  const mapped = pelaksanaOf(mapping, step);
  switch (kind.kind) {
    case 'team': {
      const others = kind.others.length > 0 ? pelaksanaOf(mapping, { pelaksana: kind.others }) : null;
      const members = kind.teams.flatMap((team) => team.members).filter((m, i, all) => all.findIndex((o) => o.userId === m.userId) === i);
      return { kind: 'team', members, roles: others && others.kind === 'roles' ? others.roles : [] };
    }
    case 'external':
      return { kind: 'external', onBehalfOf: kind.lanes, roles: mapped.kind === 'roles' ? mapped.roles : [...STAFF_ROLES] };
    case 'internal':
      if (mapped.kind === 'any_staff') return { kind: 'any_staff', roles: [...mapped.roles] };
      return mapped.kind === 'roles' ? { kind: 'roles', roles: mapped.roles, unmapped: mapped.unmapped } : { kind: 'unmapped', unmapped: mapped.unmapped };
  }
}
