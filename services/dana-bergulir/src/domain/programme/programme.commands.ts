import type { CalendarDate, IsoInstant } from '../loan-product/loan-product.events';
import type { ProgrammeTerms } from './programme.events';

/** Commands to a programme. The time (`at`) and the new id arrive on the command. */
export interface DefineProgramme {
  type: 'DefineProgramme';
  id: string;
  tenant: string;
  code: string;
  name: string;
  effectiveFrom: CalendarDate;
  terms: ProgrammeTerms;
  at: IsoInstant;
}

/** New terms (another source, a changed ceiling) from a date; earlier versions stay readable. */
export interface AddProgrammeVersion {
  type: 'AddProgrammeVersion';
  effectiveFrom: CalendarDate;
  terms: ProgrammeTerms;
  at: IsoInstant;
}

export type ProgrammeCommand = DefineProgramme | AddProgrammeVersion;
