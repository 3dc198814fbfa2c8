import type { SopStep } from '@jejak/contracts';
import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { isPlatformRole, STAFF_ROLES, type PlatformRole } from './platform-role';

/**
 * Maps the pelaksana texts SOPs use ("Kepala Bidang", "KASUBID", "Pendamping PLUT", ...) to platform roles.
 * Configuration DATA per dinas; `DEFAULT_ROLE_MAPPING` holds the defaults.
 *
 * Matching: a text is normalised (lower case, punctuation to spaces, spaces collapsed). A rule matches when
 * one of its `sopRoles` (normalised the same way) equals the text or is followed in it by a space, so
 * "kepala bidang" matches "Kepala Bidang Koperasi" but not "Kepala Bidangan". Rules are tried in order and
 * the FIRST match wins, so put specific rules ("kepala sub bidang") before general ones ("kepala bidang").
 */
export interface RoleMappingRule {
  sopRoles: string[];
  platformRoles: PlatformRole[];
  /** Why the rule is what it is (shown to administrators). */
  note?: string;
}

export interface RoleMapping {
  rules: RoleMappingRule[];
}

export const normaliseRoleText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const matches = (text: string, alias: string): boolean => text === alias || text.startsWith(`${alias} `);

/** Platform roles for one SOP role text; empty when no rule matches. */
export function platformRolesFor(mapping: RoleMapping, sopRole: string): PlatformRole[] {
  const text = normaliseRoleText(sopRole);
  if (text === '') return [];
  for (const rule of mapping.rules) {
    if (rule.sopRoles.some((alias) => matches(text, normaliseRoleText(alias)))) return [...rule.platformRoles];
  }
  return [];
}

/**
 * Who may execute a step:
 * - `any_staff`: the SOP names no pelaksana for the step, so any staff role may execute it;
 * - `roles`: the union of the mapped roles of its pelaksana (`unmapped` lists texts no rule matched);
 * - `unmapped`: the step names pelaksana but none maps to a platform role; an administrator must add a rule.
 */
export type StepPelaksana =
  | { kind: 'any_staff'; roles: readonly PlatformRole[] }
  | { kind: 'roles'; roles: PlatformRole[]; unmapped: string[] }
  | { kind: 'unmapped'; unmapped: string[] };

export function pelaksanaOf(mapping: RoleMapping, step: Pick<SopStep, 'pelaksana'>): StepPelaksana {
  const named = step.pelaksana.filter((p) => normaliseRoleText(p) !== '');
  if (named.length === 0) return { kind: 'any_staff', roles: STAFF_ROLES };
  const roles: PlatformRole[] = [];
  const unmapped: string[] = [];
  for (const text of named) {
    const mapped = platformRolesFor(mapping, text);
    if (mapped.length === 0) unmapped.push(text);
    for (const role of mapped) if (!roles.includes(role)) roles.push(role);
  }
  return roles.length === 0 ? { kind: 'unmapped', unmapped } : { kind: 'roles', roles, unmapped };
}

/** Whether a role may execute the step; null when it cannot be told (the step's pelaksana are unmapped). */
export function isPelaksana(pelaksana: StepPelaksana, role: PlatformRole): boolean | null {
  switch (pelaksana.kind) {
    case 'any_staff':
    case 'roles':
      return pelaksana.roles.includes(role);
    case 'unmapped':
      return null;
  }
}

/** SOP role texts (from any step) that no rule maps, so administrators can complete the mapping before cases run. */
export function unmappedSopRoles(mapping: RoleMapping, sopRoles: readonly string[]): string[] {
  return [...new Set(sopRoles.filter((text) => normaliseRoleText(text) !== '' && platformRolesFor(mapping, text).length === 0))];
}

/** Checks a mapping configuration; every problem names its field (`rules[2].platformRoles[0]`). */
export function validateRoleMapping(input: unknown): DomainErrorDetail[] {
  const out: DomainErrorDetail[] = [];
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { rules?: unknown }).rules)) {
    return [{ field: 'rules', message: 'the role mapping must be an object with a list of rules' }];
  }
  (input as { rules: unknown[] }).rules.forEach((rule, i) => {
    const field = `rules[${i}]`;
    const r = rule as Partial<RoleMappingRule> | null;
    if (typeof r !== 'object' || r === null) {
      out.push({ field, message: `${field} must be an object { sopRoles, platformRoles }` });
      return;
    }
    if (!Array.isArray(r.sopRoles) || r.sopRoles.length === 0) out.push({ field: `${field}.sopRoles`, message: `${field}.sopRoles must list at least one SOP role text` });
    else
      r.sopRoles.forEach((alias, j) => {
        if (typeof alias !== 'string' || normaliseRoleText(alias) === '') out.push({ field: `${field}.sopRoles[${j}]`, message: `${field}.sopRoles[${j}] must be a non-empty text` });
      });
    if (!Array.isArray(r.platformRoles) || r.platformRoles.length === 0) out.push({ field: `${field}.platformRoles`, message: `${field}.platformRoles must list at least one platform role` });
    else
      r.platformRoles.forEach((role, j) => {
        if (!isPlatformRole(role)) out.push({ field: `${field}.platformRoles[${j}]`, message: `${field}.platformRoles[${j}] ${JSON.stringify(role)} is not a platform role` });
      });
  });
  return out;
}

export function assertValidRoleMapping(input: unknown): asserts input is RoleMapping {
  const problems = validateRoleMapping(input);
  if (problems.length > 0) throw validationError('ROLE_MAPPING_INVALID', `the role mapping is invalid: ${problems.map((p) => p.message).join('; ')}`, problems);
}
