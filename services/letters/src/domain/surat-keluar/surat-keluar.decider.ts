import { assertNever, type Decider } from '@jejak/domain-kit';
import { validateLettersConfig } from '../shared/letters-config.validator';
import type { LettersDeps } from '../shared/letters.deps';
import { decideReviseDraft, decideSubmitForParaf, decideWriteDraft } from './drafting.rules';
import { decideGiveParaf, decideReturnDraft } from './paraf.rules';
import { decideDispatch, decideSign } from './signing.rules';
import type { SuratKeluarCommand } from './surat-keluar.commands';
import type { SuratKeluarEvent } from './surat-keluar.events';
import { evolveSuratKeluar, initialSuratKeluarState, type SuratKeluarState } from './surat-keluar.state';

export type SuratKeluarDecider = Decider<SuratKeluarCommand, SuratKeluarEvent, SuratKeluarState>;

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
          return decideWriteDraft(deps, state, command.by, command.data);
        case 'ReviseDraft':
          return decideReviseDraft(deps, state, command.by, command.data);
        case 'SubmitDraftForParaf':
          return decideSubmitForParaf(deps, state, command.by, command.data);
        case 'GiveParaf':
          return decideGiveParaf(deps, state, command.by, command.data);
        case 'ReturnDraft':
          return decideReturnDraft(deps, state, command.by, command.data);
        case 'SignLetter':
          return decideSign(deps, state, command.by, command.data);
        case 'DispatchLetter':
          return decideDispatch(deps, state, command.by, command.data);
        default:
          return assertNever(command, 'command');
      }
    },
  };
}
