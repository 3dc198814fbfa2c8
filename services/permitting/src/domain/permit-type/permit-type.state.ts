import type { PermitTypeContent } from './permit-type.content';
import type { IsoDate, IsoInstant } from './permit-type.events';

export interface PermitTypeVersion {
  version: number;
  effectiveFrom: IsoDate;
  content: PermitTypeContent;
  recordedAt: IsoInstant;
}

export interface NoPermitType {
  stage: 'none';
}

export interface DefinedPermitType {
  stage: 'defined';
  tenant: string;
  code: string;
  /** Oldest first; effectiveFrom never decreases. */
  versions: PermitTypeVersion[];
}

export type PermitTypeState = NoPermitType | DefinedPermitType;

export const initialPermitTypeState = (): PermitTypeState => ({ stage: 'none' });

/** The version in force on a date (the latest whose effectiveFrom is on or before it), or null. */
export function versionInForce(versions: readonly PermitTypeVersion[], date: IsoDate): PermitTypeVersion | null {
  let found: PermitTypeVersion | null = null;
  for (const v of versions) if (v.effectiveFrom <= date) found = v;
  return found;
}
