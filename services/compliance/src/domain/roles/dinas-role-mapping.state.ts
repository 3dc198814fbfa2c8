import type { IsoDate, IsoInstant } from '../time';
import type { RoleMappingRule } from './role-mapping';

export interface RoleMappingVersion {
  effectiveFrom: IsoDate;
  rules: RoleMappingRule[];
  note: string | null;
  definedBy: string;
  definedAt: IsoInstant;
}

/** No version yet (the dinas runs on the default mapping), or its versions ordered by effectiveFrom. */
export type DinasRoleMappingState = { stage: 'default' } | { stage: 'defined'; tenant: string; versions: RoleMappingVersion[] };

export const initialDinasRoleMappingState = (): DinasRoleMappingState => ({ stage: 'default' });
