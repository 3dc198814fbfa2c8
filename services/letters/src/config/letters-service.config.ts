import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../domain';
import type { LetterFlow } from '../flow/letter-flow.config';
import { PENERIMAAN_PENELITIAN_JATIM } from '../flow/penerimaan-penelitian.flow';

/**
 * The service's configuration as data: the letters rules of each dinas (hierarchy, instructions,
 * numbering templates, paraf chains...) and the letter flows that map letters to SOP steps.
 */
export interface LettersServiceConfig {
  /** Used for every dinas without its own entry. */
  defaults: LettersConfig;
  /** Per dinas (Kemendagri code), replacing the defaults for that dinas. */
  dinas: Readonly<Record<string, LettersConfig>>;
  flows: readonly LetterFlow[];
}

export const LETTERS_SERVICE_CONFIG = Symbol('LettersServiceConfig');

export const DEFAULT_LETTERS_SERVICE_CONFIG: LettersServiceConfig = {
  defaults: DEFAULT_LETTERS_CONFIG,
  dinas: {},
  flows: [PENERIMAAN_PENELITIAN_JATIM],
};
