import type { SopStep } from '@jejak/contracts';
import { normaliseRoleText, type RoleMapping, type RoleMappingRule } from '../roles/role-mapping';

/** A person assigned to a team lane of one case, as the SK (or the starter) names them. */
export interface TeamMember {
  userId: string;
  name: string;
  jabatan: string;
}

/** A team lane of one case (e.g. "Anggota Tim Kerja", the working team of an SK) and who is in it. */
export interface CaseTeam {
  lane: string;
  members: TeamMember[];
}

/** What a case knows about its lanes beyond the role mapping: its teams, and lanes it treats as outside parties. */
export interface CaseLanes {
  teams: CaseTeam[];
  /** Lanes the starter declared external (until the dinas's mapping marks them). */
  externalLanes: string[];
}

/** A case without teams or declared external lanes (and cases started before them). */
export const NO_CASE_LANES: CaseLanes = { teams: [], externalLanes: [] };

/**
 * A lane's kind, from the first mapping rule that matches it: the dinas's mapping may mark a rule `external`
 * (Pemohon, Bank Pelaksana, Kementerian, OSS...) or `team` (Ketua / Anggota Tim Kerja).
 */
type MarkedRule = RoleMappingRule & { external?: boolean; team?: boolean };

const matches = (text: string, alias: string): boolean => text === alias || text.startsWith(`${alias} `);

function ruleOf(mapping: RoleMapping, lane: string): MarkedRule | null {
  const text = normaliseRoleText(lane);
  if (text === '') return null;
  for (const rule of mapping.rules) {
    if (rule.sopRoles.some((alias) => matches(text, normaliseRoleText(alias)))) return rule as MarkedRule;
  }
  return null;
}

const sameLane = (a: string, b: string) => normaliseRoleText(a) === normaliseRoleText(b);

/** The case's team for a lane, if the case assigned one. */
export const teamOf = (lanes: CaseLanes, lane: string): CaseTeam | undefined => lanes.teams.find((t) => sameLane(t.lane, lane));

/** Whether a lane is an outside party: declared so by the case, or marked so by the dinas's mapping. */
export const isExternalLane = (mapping: RoleMapping, lanes: CaseLanes, lane: string): boolean =>
  lanes.externalLanes.some((l) => sameLane(l, lane)) || ruleOf(mapping, lane)?.external === true;

/** Whether the mapping marks the lane as a team lane (its members come from the case's assignment). */
export const isTeamLaneInMapping = (mapping: RoleMapping, lane: string): boolean => ruleOf(mapping, lane)?.team === true;

/**
 * How a step's pelaksana are executed:
 * - `team`: at least one of its lanes has a team assigned in this case: only those members act (besides the
 *   mapped roles of the step's other, internal lanes);
 * - `external`: every lane is an outside party: a dinas user records the step on its behalf, with evidence;
 * - `internal`: the role mapping decides, as before.
 */
export type StepLanes =
  | { kind: 'team'; teams: CaseTeam[]; others: string[] }
  | { kind: 'external'; lanes: string[] }
  | { kind: 'internal' };

export function stepLanesOf(mapping: RoleMapping, lanes: CaseLanes, step: Pick<SopStep, 'pelaksana'>): StepLanes {
  const named = step.pelaksana.filter((p) => normaliseRoleText(p) !== '');
  const teams = named.map((lane) => teamOf(lanes, lane)).filter((t): t is CaseTeam => t !== undefined);
  if (teams.length > 0) {
    const others = named.filter((lane) => teamOf(lanes, lane) === undefined && !isExternalLane(mapping, lanes, lane));
    return { kind: 'team', teams, others };
  }
  if (named.length > 0 && named.every((lane) => isExternalLane(mapping, lanes, lane))) return { kind: 'external', lanes: named };
  return { kind: 'internal' };
}
