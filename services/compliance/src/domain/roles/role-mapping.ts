import type { SopStep } from '@jejak/contracts';
import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { isPlatformRole, PLATFORM_ROLES, STAFF_ROLES, type PlatformRole } from './platform-role';

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
  /**
   * The lane is outside the dinas (Pemohon, Bank Pelaksana, Kementerian, OSS): a dinas user holding one of
   * `platformRoles` records the outside party's step on its behalf.
   */
  external?: boolean;
  /**
   * The lane is a working team (Ketua Tim Kerja, Anggota Tim Kerja, a team named in an SK): `platformRoles` are
   * who may be in it; the team a case assigns narrows it to its members.
   */
  team?: boolean;
}

/** What kind of lane a pelaksana text is: the dinas's own staff, a working team, or a party outside the dinas. */
export type LaneKind = 'internal' | 'team' | 'external';

export interface RoleMapping {
  rules: RoleMappingRule[];
}

export const normaliseRoleText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const matches = (text: string, alias: string): boolean => text === alias || text.startsWith(`${alias} `);

/** The first rule that matches one SOP role text (lane); null when none does. */
export function ruleFor(mapping: RoleMapping, sopRole: string): RoleMappingRule | null {
  const text = normaliseRoleText(sopRole);
  if (text === '') return null;
  return mapping.rules.find((rule) => rule.sopRoles.some((alias) => matches(text, normaliseRoleText(alias)))) ?? null;
}

/** Platform roles for one SOP role text; empty when no rule matches. */
export function platformRolesFor(mapping: RoleMapping, sopRole: string): PlatformRole[] {
  return [...(ruleFor(mapping, sopRole)?.platformRoles ?? [])];
}

/** The kind of a lane under the mapping; null when no rule maps it. */
export function laneKindOf(mapping: RoleMapping, sopRole: string): LaneKind | null {
  const rule = ruleFor(mapping, sopRole);
  if (!rule) return null;
  return rule.external === true ? 'external' : rule.team === true ? 'team' : 'internal';
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
    return [{ field: 'rules', message: 'pemetaan jabatan harus berupa objek dengan daftar aturan (rules)' }];
  }
  (input as { rules: unknown[] }).rules.forEach((rule, i) => {
    const field = `rules[${i}]`;
    const r = rule as Partial<RoleMappingRule> | null;
    if (typeof r !== 'object' || r === null) {
      out.push({ field, message: `${field} harus berupa objek { sopRoles, platformRoles }` });
      return;
    }
    if (!Array.isArray(r.sopRoles) || r.sopRoles.length === 0) out.push({ field: `${field}.sopRoles`, message: `${field}.sopRoles harus memuat minimal satu nama pelaksana (lajur) SOP` });
    else
      r.sopRoles.forEach((alias, j) => {
        if (typeof alias !== 'string' || normaliseRoleText(alias) === '') out.push({ field: `${field}.sopRoles[${j}]`, message: `${field}.sopRoles[${j}] harus berupa teks yang tidak kosong` });
      });
    if (!Array.isArray(r.platformRoles) || r.platformRoles.length === 0) out.push({ field: `${field}.platformRoles`, message: `${field}.platformRoles harus memuat minimal satu peran: ${PLATFORM_ROLES.join(', ')}` });
    else
      r.platformRoles.forEach((role, j) => {
        if (!isPlatformRole(role)) out.push({ field: `${field}.platformRoles[${j}]`, message: `${field}.platformRoles[${j}] ${JSON.stringify(role)} bukan peran Jejak (pilih: ${PLATFORM_ROLES.join(', ')})` });
      });
    if (r.note !== undefined && typeof r.note !== 'string') out.push({ field: `${field}.note`, message: `${field}.note harus berupa teks` });
    for (const flag of ['external', 'team'] as const) {
      if (r[flag] !== undefined && typeof r[flag] !== 'boolean') out.push({ field: `${field}.${flag}`, message: `${field}.${flag} harus true atau false` });
    }
    if (r.external === true && r.team === true) out.push({ field: `${field}.team`, message: `${field} tidak dapat sekaligus lajur pihak luar (external) dan tim (team)` });
  });
  return out;
}

export function assertValidRoleMapping(input: unknown): asserts input is RoleMapping {
  const problems = validateRoleMapping(input);
  if (problems.length > 0) throw validationError('ROLE_MAPPING_INVALID', `Pemetaan jabatan tidak valid: ${problems.map((p) => p.message).join('; ')}`, problems);
}
