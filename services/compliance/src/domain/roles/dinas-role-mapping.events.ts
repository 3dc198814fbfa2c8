import { EventTypeRegistry } from '@jejak/domain-kit';
import type { IsoDate, IsoInstant } from '../time';
import type { RoleMappingRule } from './role-mapping';

/** A version of the dinas's role mapping was defined; `replaced` when a version with the same effectiveFrom existed. */
export interface RoleMappingVersionDefined {
  type: 'RoleMappingVersionDefined';
  data: {
    tenant: string;
    effectiveFrom: IsoDate;
    rules: RoleMappingRule[];
    note: string | null;
    replaced: boolean;
    definedBy: string;
    definedAt: IsoInstant;
  };
}

export type DinasRoleMappingEvent = RoleMappingVersionDefined;
export const DINAS_ROLE_MAPPING_EVENT_TYPES: readonly string[] = ['RoleMappingVersionDefined'];

/** The role-mapping event types with their schema versions (read and written through it). */
export const dinasRoleMappingEventTypes = new EventTypeRegistry<DinasRoleMappingEvent>('pemetaan jabatan').register('RoleMappingVersionDefined', { version: 1 });
