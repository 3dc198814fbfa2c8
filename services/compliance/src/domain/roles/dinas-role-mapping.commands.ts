import type { IsoDate, IsoInstant } from '../time';
import type { RoleMappingRule } from './role-mapping';

/**
 * Defines (or replaces) the version of a dinas's role mapping that is in force from `effectiveFrom` (the dinas's
 * local date) until the next version. The same `effectiveFrom` again replaces that version's rules.
 */
export interface DefineRoleMappingVersion {
  type: 'DefineRoleMappingVersion';
  tenant: string;
  effectiveFrom: IsoDate;
  rules: RoleMappingRule[];
  /** Why this version (the SK or letter it follows), if given. */
  note: string | null;
  definedBy: string;
  at: IsoInstant;
}

export type DinasRoleMappingCommand = DefineRoleMappingVersion;
