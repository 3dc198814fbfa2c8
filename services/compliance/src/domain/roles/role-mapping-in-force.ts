import type { IsoDate } from '../time';
import type { RoleMappingVersion } from './dinas-role-mapping.state';
import type { RoleMapping } from './role-mapping';
import { DEFAULT_ROLE_MAPPING } from './role-mapping.defaults';

/** The mapping a dinas runs on at a local date: its latest version in force then, or the defaults. */
export interface RoleMappingInForce {
  mapping: RoleMapping;
  /** effectiveFrom of the version in force; null when the defaults apply. */
  effectiveFrom: IsoDate | null;
  isDefault: boolean;
}

/** `versions` in any order; a version is in force from its effectiveFrom (inclusive) until the next one. */
export function roleMappingInForce(versions: readonly RoleMappingVersion[], localDate: IsoDate): RoleMappingInForce {
  let found: RoleMappingVersion | null = null;
  for (const v of versions) if (v.effectiveFrom <= localDate && (found === null || v.effectiveFrom > found.effectiveFrom)) found = v;
  return found ? { mapping: { rules: found.rules }, effectiveFrom: found.effectiveFrom, isDefault: false } : { mapping: DEFAULT_ROLE_MAPPING, effectiveFrom: null, isDefault: true };
}
