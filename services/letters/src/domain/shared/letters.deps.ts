import type { Clock, IdGenerator } from '@jejak/domain-kit';
import type { LettersConfig } from './letters.config';

/** What a letters decider is built with: the injected clock and ids, and the dinas's configuration. */
export interface LettersDeps {
  clock: Clock;
  ids: IdGenerator;
  config: LettersConfig;
}
