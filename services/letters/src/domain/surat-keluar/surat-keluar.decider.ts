import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { suratKeluarStream } from '../letters.streams';
import { validateLettersConfig } from '../letters-config.validator';
import type { LettersDeps } from '../letters.deps';
import type { SuratKeluarCommand } from './surat-keluar.commands';
import { decideSuratKeluar } from './surat-keluar.decide';
import { suratKeluarEventTypes, type SuratKeluarEvent } from './surat-keluar.events';
import { evolveSuratKeluar } from './surat-keluar.evolve';
import { initialSuratKeluarState, type SuratKeluarState } from './surat-keluar.state';

export type SuratKeluarDecider = Decider<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;
export type SuratKeluarAggregateType = AggregateType<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;

/** The surat keluar (or nota dinas) as the command pipeline sees it, in one dinas's configuration. */
export const suratKeluarAggregate = (deps: LettersDeps): SuratKeluarAggregateType => ({
  name: 'surat keluar',
  stream: suratKeluarStream,
  decider: suratKeluarDecider(deps),
  events: suratKeluarEventTypes,
});

/**
 * A surat keluar or nota dinas, one stream per letter:
 * none → draft ⇄ (in_review → awaiting_signature | returned → revised draft) → signed → dispatched.
 */
export function suratKeluarDecider(deps: LettersDeps): SuratKeluarDecider {
  validateLettersConfig(deps.config);
  return {
    initialState: initialSuratKeluarState,
    evolve: evolveSuratKeluar,
    decide: (command, state) => decideSuratKeluar(deps, command, state),
  };
}
