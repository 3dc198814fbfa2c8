import { assertNever, type Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import { suratKeluarStream } from '../letters.streams';
import { validateLettersConfig } from '../letters-config.validator';
import type { LettersDeps } from '../letters.deps';
import { decideReviseDraft, decideSubmitForParaf, decideWriteDraft } from './drafting.rules';
import { decideGiveParaf, decideReturnDraft } from './paraf.rules';
import { decideDispatch, decideSign } from './signing.rules';
import type { SuratKeluarCommand } from './surat-keluar.commands';
import type { SuratKeluarEvent } from './surat-keluar.events';
import { evolveSuratKeluar, initialSuratKeluarState, type SuratKeluarState } from './surat-keluar.state';

export type SuratKeluarDecider = Decider<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;
export type SuratKeluarAggregateType = AggregateType<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;

/** The surat keluar (or nota dinas) as the command pipeline sees it, in one dinas's configuration. */
export const suratKeluarAggregate = (deps: LettersDeps): SuratKeluarAggregateType => ({
  name: 'surat keluar',
  stream: suratKeluarStream,
  decider: suratKeluarDecider(deps),
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
    decide(command, state) {
      switch (command.type) {
        case 'WriteDraft':
          return decideWriteDraft(deps, state, command.by, command.data, command.at);
        case 'ReviseDraft':
          return decideReviseDraft(deps, state, command.by, command.data, command.at);
        case 'SubmitDraftForParaf':
          return decideSubmitForParaf(deps, state, command.by, command.data, command.at);
        case 'GiveParaf':
          return decideGiveParaf(state, command.by, command.data, command.at);
        case 'ReturnDraft':
          return decideReturnDraft(state, command.by, command.data, command.at);
        case 'SignLetter':
          return decideSign(deps, state, command.by, command.data, command.at);
        case 'DispatchLetter':
          return decideDispatch(deps, state, command.by, command.data, command.at);
        default:
          return assertNever(command, 'command');
      }
    },
  };
}
