import type { PermitTypeContent } from './permit-type.content';
import type { IsoDate, IsoInstant } from './permit-type.events';

export interface DefinePermitType {
  type: 'DefinePermitType';
  tenant: string;
  code: string;
  effectiveFrom: IsoDate;
  content: PermitTypeContent;
  at: IsoInstant;
}

/** A new version from a date; earlier versions stay as they were. */
export interface RevisePermitType {
  type: 'RevisePermitType';
  effectiveFrom: IsoDate;
  content: PermitTypeContent;
  at: IsoInstant;
}

export type PermitTypeCommand = DefinePermitType | RevisePermitType;
