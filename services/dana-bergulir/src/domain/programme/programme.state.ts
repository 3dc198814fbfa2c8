import type { IsoInstant } from '../loan-product/loan-product.events';
import type { ProgrammeVersion } from './programme.events';

export interface NoProgramme {
  stage: 'none';
}

export interface DefinedProgramme {
  stage: 'defined';
  id: string;
  tenant: string;
  code: string;
  name: string;
  definedAt: IsoInstant;
  /** Ascending by version and by effectiveFrom. */
  versions: ProgrammeVersion[];
}

/** The stages of a programme: none → defined (versions are added while defined). */
export type ProgrammeState = NoProgramme | DefinedProgramme;

export const initialProgrammeState = (): ProgrammeState => ({ stage: 'none' });
