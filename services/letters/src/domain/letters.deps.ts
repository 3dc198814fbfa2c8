import type { LettersConfig } from './letters.config';

/** What a letters decider is built with: the dinas's configuration (time and new ids arrive on each command). */
export interface LettersDeps {
  config: LettersConfig;
}
