import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { suratMasukStream } from '../letters.streams';
import { validateLettersConfig } from '../letters-config.validator';
import type { LettersDeps } from '../letters.deps';
import type { SuratMasukCommand } from './surat-masuk.commands';
import { decideSuratMasuk } from './surat-masuk.decide';
import { suratMasukEventTypes, type SuratMasukEvent } from './surat-masuk.events';
import { evolveSuratMasuk } from './surat-masuk.evolve';
import { initialSuratMasukState, type SuratMasukState } from './surat-masuk.state';

export type SuratMasukDecider = Decider<SuratMasukCommand, SuratMasukEvent, SuratMasukState>;
export type SuratMasukAggregateType = AggregateType<SuratMasukCommand, SuratMasukEvent, SuratMasukState>;

/** The surat masuk as the command pipeline sees it, in one dinas's configuration. */
export const suratMasukAggregate = (deps: LettersDeps): SuratMasukAggregateType => ({
  name: 'surat masuk',
  stream: suratMasukStream,
  decider: suratMasukDecider(deps),
  events: suratMasukEventTypes,
});

/**
 * The incoming letter and its dispositions, one stream per letter.
 * Lifecycle: unregistered → open (held by the Kepala Dinas, disposed down the hierarchy) → closed.
 * The letter is closed by its holder only; "selesai" for the letter means the holder decided no
 * more work is needed, and any disposisi still open is closed with it (reason `surat_ditutup`).
 */
export function suratMasukDecider(deps: LettersDeps): SuratMasukDecider {
  validateLettersConfig(deps.config);
  return {
    initialState: initialSuratMasukState,
    evolve: evolveSuratMasuk,
    decide: (command, state) => decideSuratMasuk(deps, command, state),
  };
}
